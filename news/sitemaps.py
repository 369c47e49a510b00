from core.sitemaps import ContentSitemap, NamedViewSitemap
from news import selectors
from news.models import Event


class NewsViewSitemap(NamedViewSitemap):
    names = ("news:news_list", "news:event_list", "news:event_archive")


class NewsItemSitemap(ContentSitemap):
    def items(self):
        return selectors.news_list()


class EventSitemap(ContentSitemap):
    def items(self):
        return Event.objects.visible().order_by("starts_at", "pk")


sitemaps = {
    "news-static": NewsViewSitemap,
    "news": NewsItemSitemap,
    "events": EventSitemap,
}
