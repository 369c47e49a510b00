"""Abuse of the quote form behind the documented nginx: the visitor's real address
(not a forged or empty one), a rate limit that keeps its window and counts every
attempt once, and mail that no field can forge."""

import datetime
import threading
from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import timezone

from companies.models import QuoteRequest
from core import ratelimit
from tests.factories import make_company, make_offering

URL = "/nl/bedrijven/koks/offerte/"
VALID = {
    "name": "An Peeters",
    "organisation": "Stad Gent",
    "email": "an@example.be",
    "phone": "",
    "message": "Catering voor 40 mensen.",
    "consent": "on",
    "website": "",
}
NGINX = "127.0.0.1"  # REMOTE_ADDR as gunicorn sees it behind nginx


@pytest.fixture
def company(db, settings):
    settings.SOCIAL_ECONOMY_DESK_EMAIL = "desk@example.gent"
    settings.TRUSTED_PROXY_COUNT = 1
    company = make_company("koks", name="Koks", quote_email="offerte@koks.example")
    company.offerings.add(make_offering("catering", category_slug="eten"))
    return company


def behind_nginx(real, forged=None):
    """A client as nginx passes it on: $proxy_add_x_forwarded_for appends the address
    nginx saw to whatever the visitor sent."""
    sent = f"{forged}, {real}" if forged else real
    return Client(REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=sent)


def test_a_forged_address_does_not_escape_the_rate_limit(company):
    for number in range(5):
        assert (
            behind_nginx("203.0.113.5", f"10.0.0.{number}").post(URL, VALID).status_code
            == 302
        )
    assert behind_nginx("203.0.113.5", "10.9.9.9").post(URL, VALID).status_code == 429
    # Another real visitor is not blocked by the first one.
    assert behind_nginx("203.0.113.6").post(URL, VALID).status_code == 302
    assert QuoteRequest.objects.count() == 6


def test_visitors_behind_the_proxy_do_not_share_one_bucket(company):
    for number in range(7):
        assert behind_nginx(f"198.51.100.{number}").post(URL, VALID).status_code == 302


def test_login_lockout_is_per_real_address(company, django_user_model, settings):
    django_user_model.objects.create_user(
        "redacteur", password="juist-wachtwoord-1", is_staff=True
    )
    for number in range(5):
        behind_nginx("203.0.113.7", f"10.1.1.{number}").post(
            "/beheer/login/", {"username": "redacteur", "password": "fout"}
        )
    locked = behind_nginx("203.0.113.7", "10.2.2.2").post(
        "/beheer/login/", {"username": "redacteur", "password": "juist-wachtwoord-1"}
    )
    assert locked.status_code == 429
    # The real editor, from elsewhere, still logs in.
    fine = behind_nginx("192.0.2.44").post(
        "/beheer/login/", {"username": "redacteur", "password": "juist-wachtwoord-1"}
    )
    assert fine.status_code == 302


def test_the_window_is_not_stretched_by_each_attempt(company):
    start = timezone.now().replace(minute=0, second=1, microsecond=0)
    for minutes in (0, 12, 24, 36, 48):
        with mock.patch(
            "django.utils.timezone.now",
            return_value=start + datetime.timedelta(minutes=minutes),
        ):
            assert behind_nginx("203.0.113.8").post(URL, VALID).status_code == 302
    with mock.patch(
        "django.utils.timezone.now", return_value=start + datetime.timedelta(minutes=58)
    ):
        assert behind_nginx("203.0.113.8").post(URL, VALID).status_code == 429
    with mock.patch(
        "django.utils.timezone.now", return_value=start + datetime.timedelta(minutes=61)
    ):
        assert behind_nginx("203.0.113.8").post(URL, VALID).status_code == 302


def test_the_rate_limit_keeps_no_address(company):
    behind_nginx("203.0.113.9").post(URL, VALID)
    from core.models import RateLimit

    assert all("203.0.113.9" not in row.key for row in RateLimit.objects.all())


@pytest.mark.django_db(transaction=True)
def test_simultaneous_attempts_are_each_counted_once():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database is not shared by threads")
    results = []

    def attempt():
        results.append(ratelimit.hit("test", "203.0.113.10", limit=5, seconds=3600))
        connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 5 + [True] * 3


def test_the_mail_is_plain_text_with_reply_to_the_requester(client, company):
    data = {**VALID, "name": "Jan O'Brien", "organisation": "O'Brien & Zonen"}
    assert client.post(URL, data).status_code == 302
    message = mail.outbox[0]
    assert "O'Brien & Zonen" in message.body and "&amp;" not in message.body
    assert "&#x27;" not in message.body
    assert message.reply_to == ["an@example.be"]


@pytest.mark.parametrize("field", ["name", "organisation", "phone"])
def test_line_breaks_in_one_line_fields_are_refused(client, company, field):
    data = {**VALID, field: "09\r\nE-mail: x@example.org"}
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "op één regel" in response.content.decode()
    assert QuoteRequest.objects.count() == 0 and mail.outbox == []
