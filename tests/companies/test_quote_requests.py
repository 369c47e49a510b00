import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from companies.models import QuoteRequest
from tests.factories import make_company, make_offering
from tests.html import soup

pytestmark = pytest.mark.django_db

URL = "/nl/bedrijven/koks/offerte/"
VALID = {
    "name": "An Peeters",
    "organisation": "Stad Gent, Dienst Feestelijkheden",
    "email": "an@example.be",
    "phone": "",
    "message": "Catering voor 40 mensen op 12 maart.",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def company(settings):
    settings.SOCIAL_ECONOMY_DESK_EMAIL = "sociale.economie@example.gent"
    company = make_company(
        "koks",
        name="Koks",
        email="info@koks.example",
        quote_email="offerte@koks.example",
    )
    company.offerings.add(make_offering("catering", category_slug="eten"))
    return company


def test_company_page_sets_no_cookie_but_the_quote_page_does(client, company, settings):
    assert client.get("/nl/bedrijven/koks/").cookies == {}
    response = client.get(URL)
    assert response.status_code == 200
    assert list(response.cookies) == [settings.CSRF_COOKIE_NAME]
    assert (
        "no-cache" in response["Cache-Control"]
        or "max-age=0" in response["Cache-Control"]
    )


def test_valid_request_is_saved_then_mailed_to_company_desk_and_buyer(client, company):
    response = client.post(URL, VALID)
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/koop-sociaal/aanvraag/verzonden/")
    quote = QuoteRequest.objects.get()
    assert quote.organisation == VALID["organisation"] and quote.company == company
    assert {tuple(m.to) for m in mail.outbox} == {
        ("offerte@koks.example",),
        ("sociale.economie@example.gent",),
        ("an@example.be",),
    }
    assert set(quote.deliveries.values_list("state", flat=True)) == {"sent"}
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "Koks" in soup(confirmation).select_one("main .messages").get_text()


def test_request_survives_a_failing_mail_server(client, company, settings):
    settings.EMAIL_BACKEND = "tests.helpers.FailingEmailBackend"
    response = client.post(URL, VALID)
    assert response.status_code == 302
    quote = QuoteRequest.objects.get()
    assert quote.message == VALID["message"]
    assert set(quote.deliveries.values_list("state", flat=True)) == {"failed"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "geen-adres"}, "Vul een geldig e-mailadres in"),
        ({"name": ""}, "Vul uw naam in"),
        ({"consent": ""}, "alleen versturen met uw toestemming"),
        ({"message": "x" * 5001}, "5000"),
        ({"message": "nul\x00byte"}, 'id="form-errors"'),
    ],
)
def test_bad_input_gives_clear_messages_and_saves_nothing(
    client, company, changes, message
):
    response = client.post(URL, {**VALID, **changes})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert QuoteRequest.objects.count() == 0
    # What the visitor typed is kept in the form.
    assert (
        soup(response).select_one("#id_organisation")["value"] == VALID["organisation"]
    )


def test_messages_come_in_the_visitors_language(client, company):
    response = client.post("/fr/entreprises/koks/devis/", {**VALID, "email": "x"})
    assert "Indiquez une adresse e-mail valide" in response.content.decode()


def test_honeypot_stops_spam_silently(client, company):
    response = client.post(URL, {**VALID, "website": "https://spam.example"})
    assert response.status_code == 302
    assert QuoteRequest.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_per_address_holds(company):
    visitor = Client(REMOTE_ADDR="192.0.2.10")
    for _ in range(5):
        assert visitor.post(URL, VALID).status_code == 302
    blocked = visitor.post(URL, VALID)
    assert blocked.status_code == 429
    assert "wacht een uur" in blocked.content.decode().lower()
    assert QuoteRequest.objects.count() == 5
    other = Client(REMOTE_ADDR="192.0.2.11")
    assert other.post(URL, VALID).status_code == 302


def test_purge_deletes_requests_older_than_12_months(company):
    old = QuoteRequest.objects.create(
        company=company,
        name="a",
        organisation="b",
        email="a@b.be",
        message="m",
        consent=True,
    )
    QuoteRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=366)
    )
    recent = QuoteRequest.objects.create(
        company=company,
        name="c",
        organisation="d",
        email="c@d.be",
        message="m",
        consent=True,
    )
    call_command("purge_quote_requests", verbosity=0)
    assert list(QuoteRequest.objects.all()) == [recent]


def test_admin_marks_requests_handled(admin_client, company):
    quote = QuoteRequest.objects.create(
        company=company,
        name="a",
        organisation="b",
        email="a@b.be",
        message="m",
        consent=True,
    )
    response = admin_client.post(
        "/beheer/companies/quoterequest/",
        {"action": "mark_handled", "_selected_action": [quote.pk]},
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.status == "handled"
