"""The admin index's "Wat vraagt aandacht?": lines that apps register, each a count
with a link to the filtered list (templates/admin/index.html).

An app registers a function at import time (from its admin module), like models with
admin.site: ``@dashboard.register`` on ``def lines(request) -> list[Attention]``.
A provider checks the user's permissions itself (no line for what the user may not
open) and counts with one query per line. The index shows the label as the link and
the count beside it, so the label does not repeat the count.
"""

from dataclasses import dataclass

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext

from core.models import WorkingCopy
from core.permissions import PUBLISH_PERMISSION

_providers = []


@dataclass(frozen=True)
class Attention:
    label: str  # translated, without the count, e.g. "Pages: French outdated"
    count: int
    url: str  # the filtered admin list
    kind: str = ""  # a short machine name, e.g. "translation-outdated"


def register(provider):
    _providers.append(provider)
    return provider


def unregister(provider):
    """Remove a registered provider (tests that register one of their own)."""
    _providers.remove(provider)


def attention(request):
    """Every registered line with a count above zero, in registration order."""
    return [line for provider in _providers for line in provider(request) if line.count]


@register
def working_copies_waiting(request):
    """Working copies submitted for review, for those who publish them (core.drafts):
    the index lists them under "Waiting for your review"."""
    if not request.user.has_perm(PUBLISH_PERMISSION):
        return []
    count = WorkingCopy.objects.filter(state=WorkingCopy.State.SUBMITTED).count()
    url = reverse("admin:index") + "#review-heading"
    return [Attention(gettext("Changes waiting for your review"), count, url, "review")]


@register
def quote_requests_waiting(request):
    """Quote requests ("Koop sociaal!") that the desk has not handled yet."""
    if not request.user.has_perm("companies.view_quoterequest"):
        return []
    QuoteRequest = apps.get_model("companies", "QuoteRequest")
    status = QuoteRequest.Status.NEW
    count = QuoteRequest.objects.filter(status=status).count()
    url = (
        reverse("admin:companies_quoterequest_changelist") + f"?status__exact={status}"
    )
    return [Attention(gettext("Quote requests waiting"), count, url, "quote-requests")]
