"""Writes that the public site makes: quote requests, their mails and the answers.

A request is stored first, with one QuoteDelivery per mail it needs (each company,
the desk, the buyer's confirmation). Then the mails are tried at once; whatever fails
waits for `send_quote_mails` (every few minutes from the timer of docs/deploy.md),
which tries again with a growing pause and also sends the buyer's follow-up. Links in
the mails are signed (django.core.signing), expire, and record an answer only once.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from companies.models import Company, QuoteDelivery, QuoteRequest
from core import ratelimit

logger = logging.getLogger(__name__)

RATE_LIMIT = 5  # requests
RATE_WINDOW = 60 * 60  # seconds
MAX_TRIES = 10
ANSWER_DAYS = 60  # how long a company's or a buyer's link works
ANSWER_SALT = "companies.quote-answer"
SENT_SALT = "companies.quote-sent"
Kind, State = QuoteDelivery.Kind, QuoteDelivery.State


def quote_rate_limited(address: str) -> bool:
    """True once an address sent RATE_LIMIT requests within the hour (core.ratelimit:
    counted in the database, across workers and servers)."""
    return ratelimit.hit("quote", address, limit=RATE_LIMIT, seconds=RATE_WINDOW)


def quote_suppliers(offerings):
    """The published companies that offer one of these and can receive a request
    (not those whose offerings were not confirmed within CONFIRMATION_MONTHS)."""
    return (
        Company.objects.visible()
        .offerings_confirmed()
        .filter(offerings__in=offerings)
        .exclude(quote_email="")
        .distinct()
        .order_by("name")
    )


def quote_request_create(*, form, language: str, company=None) -> QuoteRequest:
    """Store the request and the mails it needs in one transaction, then send."""
    with transaction.atomic():
        quote = form.save(commit=False)
        quote.company = company
        quote.language = language
        quote.full_clean()
        quote.save()
        form.save_m2m()
        if company is not None:
            suppliers = [company] if company.quote_email else []
        else:
            suppliers = list(quote_suppliers(quote.offerings.all()))
        deliveries = [
            QuoteDelivery(
                request=quote,
                kind=Kind.COMPANY,
                company=supplier,
                email=supplier.quote_email,
            )
            for supplier in suppliers
        ]
        if settings.SOCIAL_ECONOMY_DESK_EMAIL:
            deliveries.append(
                QuoteDelivery(
                    request=quote,
                    kind=Kind.DESK,
                    email=settings.SOCIAL_ECONOMY_DESK_EMAIL,
                )
            )
        deliveries.append(
            QuoteDelivery(request=quote, kind=Kind.CONFIRMATION, email=quote.email)
        )
        QuoteDelivery.objects.bulk_create(deliveries)
    send_waiting(QuoteDelivery.objects.filter(request=quote))
    return quote


# -- sending --------------------------------------------------------------------


def _pause(tries: int) -> datetime.timedelta:
    """2, 4, 8 … minutes after each failure, at most a day."""
    return datetime.timedelta(minutes=min(2**tries, 24 * 60))


def send_waiting(deliveries=None, now=None) -> tuple[int, int]:
    """Send every mail that is due (waiting, or failed and its pause over); returns
    (sent, failed). Each mail is claimed with one conditional UPDATE first, so two
    senders at once never send it twice."""
    now = now or timezone.now()
    deliveries = QuoteDelivery.objects.all() if deliveries is None else deliveries
    due = deliveries.filter(
        Q(state=State.WAITING) | Q(state=State.FAILED, next_try_at__lte=now),
        tries__lt=MAX_TRIES,
    ).select_related("request", "company")
    sent = failed = 0
    for delivery in due:
        claimed = QuoteDelivery.objects.filter(
            pk=delivery.pk, state=delivery.state, tries=delivery.tries
        ).update(tries=F("tries") + 1, next_try_at=now + _pause(delivery.tries + 1))
        if not claimed:
            continue
        try:
            _message(delivery).send(fail_silently=False)
        except Exception as error:  # any mail failure: kept, tried again later
            logger.warning("Mail %s could not be sent: %s", delivery.pk, error)
            QuoteDelivery.objects.filter(pk=delivery.pk).update(
                state=State.FAILED, last_error=str(error)[:300]
            )
            failed += 1
        else:
            QuoteDelivery.objects.filter(pk=delivery.pk).update(
                state=State.SENT, sent_at=timezone.now(), last_error=""
            )
            sent += 1
    return sent, failed


def follow_ups_create(now=None) -> int:
    """One follow-up mail to each buyer whose request is QUOTE_FOLLOW_UP_DAYS old."""
    now = now or timezone.now()
    due = QuoteRequest.objects.filter(
        created_at__lte=now - datetime.timedelta(days=settings.QUOTE_FOLLOW_UP_DAYS),
        outcome="",
    ).exclude(deliveries__kind=Kind.FOLLOW_UP)
    made = [
        QuoteDelivery(request=quote, kind=Kind.FOLLOW_UP, email=quote.email)
        for quote in due
    ]
    QuoteDelivery.objects.bulk_create(made)
    return len(made)


def _site_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def answer_url(delivery, answer: str, language: str) -> str:
    token = signing.dumps({"d": delivery.pk, "a": answer}, salt=ANSWER_SALT)
    with translation.override(language):
        return _site_url(reverse("companies:quote_answer", kwargs={"token": token}))


def _message(delivery) -> EmailMessage:
    quote = delivery.request
    suppliers = [
        d.company
        for d in quote.deliveries.filter(kind=Kind.COMPANY).select_related("company")
        if d.company
    ]
    language = "nl" if delivery.kind in (Kind.COMPANY, Kind.DESK) else quote.language
    with translation.override(language):
        context = {
            "quote": quote,
            "offerings": list(quote.offerings.all()),
            "suppliers": suppliers,
            "delivery": delivery,
        }
        if delivery.kind == Kind.COMPANY:
            context["links"] = {
                answer: answer_url(delivery, answer, language)
                for answer in (
                    QuoteDelivery.Answer.ANSWERED,
                    QuoteDelivery.Answer.DECLINED,
                )
            }
        elif delivery.kind == Kind.FOLLOW_UP:
            context["links"] = {
                outcome: answer_url(delivery, outcome, language)
                for outcome in (
                    QuoteRequest.Outcome.BOUGHT,
                    QuoteRequest.Outcome.NOT_BOUGHT,
                    QuoteRequest.Outcome.RUNNING,
                )
            }
        subject, body = render_to_string(
            f"companies/email/quote_{delivery.kind}.txt", context
        ).split("\n", 1)
    reply_to = [quote.email] if delivery.kind in (Kind.COMPANY, Kind.DESK) else []
    return EmailMessage(
        subject.strip(),
        body.lstrip("\n"),
        settings.DEFAULT_FROM_EMAIL,
        [delivery.email],
        reply_to=reply_to,
    )


# -- answers through signed links ------------------------------------------------


class LinkError(Exception):
    """A link that is expired, altered or not for this purpose."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "expired" or "invalid"


def answer_from_token(token: str):
    """(delivery, answer) for a signed link, or LinkError."""
    try:
        data = signing.loads(
            token, salt=ANSWER_SALT, max_age=datetime.timedelta(days=ANSWER_DAYS)
        )
    except signing.SignatureExpired:
        raise LinkError("expired") from None
    except signing.BadSignature:
        raise LinkError("invalid") from None
    delivery = (
        QuoteDelivery.objects.select_related("request", "company")
        .filter(pk=data.get("d"))
        .first()
    )
    answers = {
        Kind.COMPANY: set(QuoteDelivery.Answer.values) - {""},
        Kind.FOLLOW_UP: set(QuoteRequest.Outcome.values) - {""},
    }
    if delivery is None or data.get("a") not in answers.get(delivery.kind, ()):
        raise LinkError("invalid")
    return delivery, data["a"]


def answer_record(delivery, answer: str) -> bool:
    """Record the answer once; False when one was recorded before (nothing
    changes then)."""
    now = timezone.now()
    if delivery.kind == Kind.COMPANY:
        return bool(
            QuoteDelivery.objects.filter(pk=delivery.pk, answer="").update(
                answer=answer, answered_at=now
            )
        )
    return bool(
        QuoteRequest.objects.filter(pk=delivery.request_id, outcome="").update(
            outcome=answer, outcome_at=now
        )
    )


def sent_token(quote) -> str:
    """For the confirmation page's address; None (a spam robot) gives a token of no
    request, so the page shows a plain thank-you."""
    return signing.dumps(quote.pk if quote else 0, salt=SENT_SALT)


def quote_from_sent_token(token: str):
    """The request a confirmation page is about (its link works for a day)."""
    try:
        pk = signing.loads(token, salt=SENT_SALT, max_age=datetime.timedelta(days=1))
    except signing.BadSignature:
        return None
    return QuoteRequest.objects.filter(pk=pk).first()
