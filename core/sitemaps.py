"""sitemap.xml: what each app lists, in each language that has it."""

from functools import partial

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.urls import reverse


def sitemap(request, sitemaps):
    """Django's sitemap view, with the request's host as the canonical links have it:
    the one row of django.contrib.sites is there for the redirects only."""
    host = request.get_host()
    return sitemap_views.sitemap(
        request, {name: partial(cls, domain=host) for name, cls in sitemaps.items()}
    )


class MultilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]

    def __init__(self, domain=None):
        self.domain = domain

    def get_domain(self, site=None):
        return self.domain or super().get_domain(site)

    def _urls(self, page, protocol, domain):
        # Django writes x-default without the default language's prefix, as if Dutch
        # lived at /; here every language has its prefix, so x-default is the Dutch URL.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            alternates = url.get("alternates") or []
            dutch = next(
                (
                    a["location"]
                    for a in alternates
                    if a["lang_code"] == settings.LANGUAGE_CODE
                ),
                None,
            )
            for alternate in alternates:
                if alternate["lang_code"] == "x-default" and dutch:
                    alternate["location"] = dutch
        return urls


class ContentSitemap(MultilingualSitemap):
    """Objects in the languages that have their own text."""

    def get_languages_for_item(self, item):
        return item.languages()

    def lastmod(self, item):
        return item.updated_at


class NamedViewSitemap(MultilingualSitemap):
    """An app's own addresses, by URL name."""

    names = ()

    def items(self):
        return list(self.names)

    def location(self, item):
        return reverse(item)
