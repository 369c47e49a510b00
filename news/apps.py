from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and events")

    def ready(self):
        from core.redirects import follow_moves
        from news.models import Event, NewsItem

        # A changed address keeps working: the old one redirects to the new one.
        follow_moves(NewsItem, NewsItem.objects.all)
        follow_moves(Event, Event.objects.all)
