from django.urls import path
from django.utils.translation import gettext_lazy as _

from news import feeds, views

app_name = "news"

# The fixed routes (feed, archive, calendar) come before the slugs they would match.
urlpatterns = [
    path(_("news/"), views.news_list, name="news_list"),
    path(_("news/feed/"), feeds.NewsFeed(), name="news_feed"),
    path(_("news/<slug:slug>/"), views.news_detail, name="news_detail"),
    path(_("events/"), views.event_list, name="event_list"),
    path(_("events/archive/"), views.event_archive, name="event_archive"),
    path(_("events/feed/"), feeds.EventFeed(), name="event_feed"),
    path(_("events/calendar.ics"), views.event_calendar, name="event_calendar"),
    path(_("events/<slug:slug>/"), views.event_detail, name="event_detail"),
    path(_("events/<slug:slug>/event.ics"), views.event_ics, name="event_ics"),
    path(_("preview/news/<int:pk>/"), views.news_preview, name="news_preview"),
    path(_("preview/event/<int:pk>/"), views.event_preview, name="event_preview"),
]
