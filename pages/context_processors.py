"""Site-wide template context: the site's name, the main navigation, the footer's
legal links and the job seekers' path (read only when a template uses them)."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from pages.selectors import navigation

SITE_NAME = _("Social economy in Ghent")


def _links(path):
    found = navigation()
    return {
        "nav": [
            {
                "title": page.title,
                "summary": page.summary,
                "url": page.get_absolute_url(),
                "active": path.startswith(page.get_absolute_url()),
            }
            for page in found["nav"]
        ],
        "legal": [
            {"title": page.title, "url": page.get_absolute_url()}
            for page in found["legal"]
        ],
        "work": found["work"],
    }


def site(request):
    # Lazy: the error pages that need no database never touch it.
    return {
        "SITE_NAME": SITE_NAME,
        "site_links": SimpleLazyObject(lambda: _links(request.path)),
    }
