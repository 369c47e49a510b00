"""Site-wide template context: navigation and contact facts only."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from gentse_se.memo import shared
from pages.selectors import navigation

SITE_NAME = _("Social economy in Ghent")


@shared
def _link_lists():
    found = navigation()
    nav = [
        {"title": page.title, "summary": page.summary, "url": page.get_absolute_url()}
        for page in found["nav"]
    ]
    legal = [
        {"title": page.title, "url": page.get_absolute_url()} for page in found["legal"]
    ]
    return nav, legal


def nav_links(path):
    """The main navigation, the item whose section holds path marked active."""
    nav, _legal = _link_lists()
    return [{**link, "active": path.startswith(link["url"])} for link in nav]


def legal_links():
    return _link_lists()[1]


def _links(request):
    return {"nav": nav_links(request.path), "legal": legal_links()}


def site(request):
    # Lazy: the error pages that need no database never touch it.
    links = SimpleLazyObject(lambda: _links(request))
    return {
        "SITE_NAME": SITE_NAME,
        "site_links": links,
    }
