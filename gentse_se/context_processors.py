"""Site-wide template context: navigation and contact facts only."""

from django.utils.translation import gettext_lazy as _

SITE_NAME = _("Social economy in Ghent")


def site(request):
    return {
        "SITE_NAME": SITE_NAME,
        "nav_items": [],
        "legal_links": [],
    }
