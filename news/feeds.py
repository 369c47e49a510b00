"""The Atom feeds of the news and of the upcoming events (core.feeds)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.feeds import FEED_SIZE, ContentFeed
from news import selectors


class NewsFeed(ContentFeed):
    def title(self, obj=None):
        return _("News of Ghent's social economy")

    def subtitle(self, obj=None):
        return _(
            "News about the workers, companies and projects of the social economy."
        )

    def link(self, obj=None):
        return self.absolute(reverse("news:news_list"))

    def items(self, obj=None):
        return selectors.news_list()[:FEED_SIZE]


class EventFeed(ContentFeed):
    def title(self, obj=None):
        return _("Events of Ghent's social economy")

    def subtitle(self, obj=None):
        return _("Upcoming events of the social economy in Ghent.")

    def link(self, obj=None):
        return self.absolute(reverse("news:event_list"))

    def items(self, obj=None):
        return selectors.event_upcoming_list()[:FEED_SIZE]
