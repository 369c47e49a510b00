"""Password reset by e-mail from the admin's login page (core.password_reset)."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from tests.html import soup

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-voor-tests"
NEW_PASSWORD = "een-heel-ander-wachtwoord-2026"
RESET_URL = "/beheer/password_reset/"


def request_reset(client, email):
    return client.post(RESET_URL, {"email": email})


def link_in(message):
    return re.search(r"http://testserver(/beheer/reset/\S+/)", message.body).group(1)


def set_password(client, link, password=NEW_PASSWORD):
    """Follow the mail's link and choose a password; the page it ends on."""
    form_page = client.get(link, follow=True)
    if not soup(form_page).select_one("input[name=new_password1]"):
        return form_page
    return client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
        follow=True,
    )


def test_login_page_links_to_the_reset_form(client):
    page = soup(client.get("/beheer/login/"))
    assert page.select_one(f"a[href='{RESET_URL}']")
    form = client.get(RESET_URL)
    assert form.status_code == 200
    assert soup(form).select_one("label[for=id_email]")


def test_reset_mail_has_a_link_that_works_once(editor, settings):
    client = Client()
    response = request_reset(client, "R@example.org")  # any case
    assert response.status_code == 302
    assert response["Location"] == "/beheer/password_reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["r@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    minutes = settings.PASSWORD_RESET_TIMEOUT // 60
    assert str(minutes) in message.body
    link = link_in(message)
    done = set_password(client, link)
    assert done.redirect_chain[-1][0] == "/beheer/reset/done/"
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)
    # The reset did not log in.
    assert "_auth_user_id" not in client.session
    # The same link again: refused, the password stays.
    again = set_password(Client(), link, "nog-een-ander-wachtwoord-99")
    assert not soup(again).select_one("input[name=new_password1]")
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)


def test_expired_link_is_refused(editor, settings):
    request_reset(Client(), "r@example.org")
    link = link_in(mail.outbox[0])
    settings.PASSWORD_RESET_TIMEOUT = -1
    page = set_password(Client(), link)
    assert not soup(page).select_one("input[name=new_password1]")
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)


def test_unknown_address_gets_the_same_answer_and_no_mail(editor):
    known = request_reset(Client(), "r@example.org")
    unknown = request_reset(Client(), "niemand@example.org")
    assert (unknown.status_code, unknown["Location"]) == (
        known.status_code,
        known["Location"],
    )
    assert [m.to for m in mail.outbox] == [["r@example.org"]]


def test_requests_are_rate_limited_without_telling_anything(editor):
    client = Client(REMOTE_ADDR="203.0.113.20")
    for _ in range(3):
        assert request_reset(client, "r@example.org").status_code == 302
    # Per address: the usual answer, but no more mail.
    assert request_reset(client, "r@example.org").status_code == 302
    assert len(mail.outbox) == 3
    # Per client address: a page that says so, for known and unknown alike.
    answers = [request_reset(client, "x@example.org").status_code for _ in range(10)]
    assert answers[-1] == 429
    assert len(mail.outbox) == 3


def test_a_reset_does_not_lift_the_lockout(editor):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(5):
        attacker.post(
            "/beheer/login/?next=/beheer/",
            {"username": "redacteur", "password": "fout"},
        )
    locked = attacker.post(
        "/beheer/login/?next=/beheer/", {"username": "redacteur", "password": PASSWORD}
    )
    assert locked.status_code == 429
    assert soup(locked).select_one(f"a[href='{RESET_URL}']")
    # The locked-out pair can still ask for a new password and set it ...
    assert request_reset(attacker, "r@example.org").status_code == 302
    set_password(attacker, link_in(mail.outbox[0]))
    assert User.objects.get(username="redacteur").check_password(NEW_PASSWORD)
    # ... but that neither logs in nor unlocks.
    assert "_auth_user_id" not in attacker.session
    still = attacker.post(
        "/beheer/login/?next=/beheer/",
        {"username": "redacteur", "password": NEW_PASSWORD},
    )
    assert still.status_code == 429
