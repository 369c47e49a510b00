"""Writes that the public site makes: quote requests."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import override

from companies.models import QuoteRequest

logger = logging.getLogger(__name__)

RATE_LIMIT = 5  # requests
RATE_WINDOW = 60 * 60  # seconds


def quote_rate_limited(address: str) -> bool:
    """True once an address sent RATE_LIMIT requests within the window.

    The counter lives in the shared cache, so it holds across workers and servers."""
    key = f"quote-rate:{address}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    return count > RATE_LIMIT


def quote_request_create(*, form, company, language: str) -> QuoteRequest:
    """Save the request first (nothing is lost when mail fails), then mail it."""
    with transaction.atomic():
        request = form.save(commit=False)
        request.company = company
        request.language = language
        request.full_clean()
        request.save()
    request.mailed = quote_request_mail(request)
    if request.mailed:
        QuoteRequest.objects.filter(pk=request.pk).update(mailed=True)
    return request


def quote_request_mail(request: QuoteRequest) -> bool:
    recipients = [
        address
        for address in (request.company.email, settings.SOCIAL_ECONOMY_DESK_EMAIL)
        if address
    ]
    if not recipients:
        return False
    with override("nl"):
        subject = f"Offerteaanvraag voor {request.company.name} via de website"
        body = render_to_string("companies/email/quote_request.txt", {"quote": request})
    try:
        send_mail(
            subject,
            body,
            settings.DEFAULT_FROM_EMAIL,
            recipients,
            fail_silently=False,
        )
    except Exception:  # any mail failure: the request is saved, the desk sees it
        logger.exception("Quote request %s could not be mailed", request.pk)
        return False
    return True
