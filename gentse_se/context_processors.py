"""Site-wide template context: navigation and contact facts only."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from pages.selectors import navigation

SITE_NAME = _("Social economy in Ghent")


def _links(request):
    found = navigation()
    nav = []
    for page in found["nav"]:
        url = page.get_absolute_url()
        nav.append(
            {
                "title": page.title,
                "summary": page.summary,
                "url": url,
                "active": request.path.startswith(url),
            }
        )
    legal = [
        {"title": page.title, "url": page.get_absolute_url()} for page in found["legal"]
    ]
    return {"nav": nav, "legal": legal}


def site(request):
    # Lazy: the error pages that need no database never touch it.
    links = SimpleLazyObject(lambda: _links(request))
    return {
        "SITE_NAME": SITE_NAME,
        "site_links": links,
    }
