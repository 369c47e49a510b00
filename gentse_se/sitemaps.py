"""sitemap.xml: every published page and project, in each language that has it."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from companies.models import Company
from pages.models import MAX_DEPTH, Page, Project


class _Multilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]

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


class StaticViewSitemap(_Multilingual):
    def items(self):
        return [
            "pages:home",
            "companies:list",
            "companies:buy_social",
            "pages:project_list",
            "jobcount:page",
            "jobcount:open_data",
        ]

    def location(self, item):
        return reverse(item)


class PageSitemap(_Multilingual):
    def items(self):
        pages = list(
            Page.objects.published().select_related("__".join(["parent"] * MAX_DEPTH))
        )
        visible = {page.pk for page in pages}
        return [
            page
            for page in pages
            if page.key not in Page.APP_SECTIONS
            and all(node.pk in visible for node in page.ancestors())
        ]

    def get_languages_for_item(self, item):
        return item.languages()

    def lastmod(self, item):
        return item.updated_at


class ProjectSitemap(_Multilingual):
    def items(self):
        return Project.objects.published()

    def get_languages_for_item(self, item):
        return item.languages()

    def lastmod(self, item):
        return item.updated_at


class CompanySitemap(_Multilingual):
    def items(self):
        return Company.objects.published().order_by("name")

    def get_languages_for_item(self, item):
        return item.languages()

    def lastmod(self, item):
        return item.updated_at


sitemaps = {
    "static": StaticViewSitemap,
    "pages": PageSitemap,
    "projects": ProjectSitemap,
    "companies": CompanySitemap,
}
