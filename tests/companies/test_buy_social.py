"""Koop sociaal!: one need reaches every company that can deliver it, mail that fails
is tried again, companies and buyers answer through signed links, the desk sees it
all and the figures count it."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from companies import services
from companies.models import QuoteDelivery, QuoteRequest
from tests.factories import make_company, make_offering
from tests.html import soup

pytestmark = pytest.mark.django_db

NEED = "/nl/koop-sociaal/aanvraag/"
CONTACT = {
    "name": "An Peeters",
    "organisation": "Dienst Feestelijkheden",
    "email": "an@example.be",
    "phone": "",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def catalogue(settings):
    settings.SOCIAL_ECONOMY_DESK_EMAIL = "desk@example.gent"
    catering = make_offering("catering", category_slug="eten")
    cleaning = make_offering("schoonmaak", category_slug="diensten")
    unused = make_offering("drukwerk", category_slug="diensten")
    koks = make_company("koks", name="Koks", quote_email="offerte@koks.example")
    koks.offerings.add(catering)
    poets = make_company("poets", name="Poets", quote_email="info@poets.example")
    poets.offerings.add(cleaning, catering)
    # Offers catering, but has nobody to receive requests: not mailed.
    silent = make_company("stil", name="Stil")
    silent.offerings.add(catering)
    hidden = make_company("weg", name="Weg", published=False, quote_email="x@weg.be")
    hidden.offerings.add(catering)
    return {"catering": catering, "cleaning": cleaning, "unused": unused}


def _need(client, *offerings, **extra):
    data = {
        **CONTACT,
        "offerings": [o.pk for o in offerings],
        "message": "Broodjes voor 40 mensen.",
        **extra,
    }
    return client.post(NEED, data)


def test_one_need_goes_to_every_company_that_can_deliver_it(client, catalogue):
    response = _need(client, catalogue["catering"], catalogue["cleaning"])
    assert response.status_code == 302
    quote = QuoteRequest.objects.get()
    recipients = {tuple(m.to) for m in mail.outbox}
    assert recipients == {
        ("offerte@koks.example",),
        ("info@poets.example",),
        ("desk@example.gent",),
        ("an@example.be",),
    }
    # The page and the buyer's mail name the companies.
    page = soup(client.get(response["Location"]))
    named = [a.get_text() for a in page.select("main .messages li a")]
    assert named == ["Koks", "Poets"]
    confirmation = next(m for m in mail.outbox if m.to == ["an@example.be"])
    assert "Koks" in confirmation.body and "Poets" in confirmation.body
    assert quote.deliveries.filter(kind="company").count() == 2


def test_a_need_no_company_delivers_still_reaches_the_desk(client, catalogue):
    assert _need(client, catalogue["unused"]).status_code == 302
    desk = next(m for m in mail.outbox if m.to == ["desk@example.gent"])
    assert "geen enkel bedrijf" in desk.subject.lower()
    sent = QuoteRequest.objects.get()
    assert not sent.deliveries.filter(kind="company").exists()


def test_the_catalogue_preselects_what_the_buyer_ticked(client, catalogue):
    response = client.get(NEED, {"offering": ["catering", "schoonmaak", "onbekend"]})
    checked = {
        i["value"] for i in soup(response).select("input[name=offerings][checked]")
    }
    assert checked == {str(catalogue["catering"].pk), str(catalogue["cleaning"].pk)}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"offerings": []}, "Vink minstens één"),
        ({"needed_by": "2001-01-01"}, "Deze datum is voorbij"),
        ({"needed_by": "morgen"}, "Vul een datum in"),
        ({"email": "geen"}, "Vul een geldig e-mailadres in"),
        ({"location": "Gent\nE-mail: x@y.z"}, "op één regel"),
    ],
)
def test_bad_input_saves_nothing_and_says_why_in_dutch(
    client, catalogue, changes, message
):
    data = {
        **CONTACT,
        "offerings": [catalogue["catering"].pk],
        "message": "Broodjes",
        **changes,
    }
    response = client.post(NEED, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert QuoteRequest.objects.count() == 0 and mail.outbox == []


def test_an_smtp_outage_is_followed_by_delivery(client, catalogue, settings):
    settings.EMAIL_BACKEND = "tests.helpers.FailingEmailBackend"
    assert _need(client, catalogue["catering"]).status_code == 302
    deliveries = QuoteDelivery.objects.all()
    assert {d.state for d in deliveries} == {"failed"}
    assert all(d.tries == 1 and "down" in d.last_error for d in deliveries)
    # The timer runs before the pause is over: nothing is tried.
    call_command("send_quote_mails", verbosity=0)
    assert {d.tries for d in QuoteDelivery.objects.all()} == {1}
    # The mail server is back, the pause is over: everything goes out once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    later = timezone.now() + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("send_quote_mails", verbosity=0)
    assert {d.state for d in QuoteDelivery.objects.all()} == {"sent"}
    assert len(mail.outbox) == QuoteDelivery.objects.count() == 4
    call_command("send_quote_mails", verbosity=0)
    assert len(mail.outbox) == 4  # sent once


def _links(message):
    return re.findall(r"https?://\S+/(?:antwoord|answer|reponse)/\S+/", message.body)


def test_a_company_answers_through_its_link_once(client, catalogue):
    _need(client, catalogue["catering"])
    koks_mail = next(m for m in mail.outbox if m.to == ["offerte@koks.example"])
    answered, declined = _links(koks_mail)
    path = "/" + answered.split("/", 3)[3]
    page = client.get(path)
    assert page.status_code == 200 and soup(page).select_one("main form button")
    delivery = QuoteDelivery.objects.get(company__slug="koks")
    assert delivery.answer == ""  # opening the link (a mail scanner) records nothing
    client.post(path)
    delivery.refresh_from_db()
    assert delivery.answer == "answered"
    # Used again, or the other link: nothing changes.
    again = client.post("/" + declined.split("/", 3)[3])
    assert "al een antwoord genoteerd" in again.content.decode()
    delivery.refresh_from_db()
    assert delivery.answer == "answered"


@pytest.mark.parametrize("how", ["altered", "expired", "other purpose"])
def test_a_bad_link_gets_a_clear_page_and_changes_nothing(client, catalogue, how):
    _need(client, catalogue["catering"])
    koks_mail = next(m for m in mail.outbox if m.to == ["offerte@koks.example"])
    path = "/" + _links(koks_mail)[0].split("/", 3)[3]
    if how == "altered":
        path = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    elif how == "other purpose":
        token = services.sent_token(QuoteRequest.objects.get())
        path = f"/nl/koop-sociaal/antwoord/{token}/"
    later = timezone.now() + datetime.timedelta(days=61)
    moment = later if how == "expired" else timezone.now()
    with mock.patch("django.core.signing.time.time", return_value=moment.timestamp()):
        response = client.post(path)
    assert response.status_code == 400
    text = response.content.decode()
    assert ("verlopen" if how == "expired" else "niet geldig") in text
    assert not QuoteDelivery.objects.exclude(answer="").exists()


def test_the_buyer_is_asked_once_after_two_weeks_and_answers(client, catalogue):
    _need(client, catalogue["catering"])
    quote = QuoteRequest.objects.get()
    mail.outbox.clear()
    call_command("send_quote_mails", verbosity=0)
    assert mail.outbox == []  # too soon
    later = timezone.now() + datetime.timedelta(days=15)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("send_quote_mails", verbosity=0)
        call_command("send_quote_mails", verbosity=0)
    assert [m.to for m in mail.outbox] == [["an@example.be"]]
    bought = _links(mail.outbox[0])[0]
    client.post("/" + bought.split("/", 3)[3])
    quote.refresh_from_db()
    assert quote.outcome == "bought"


def test_the_admin_shows_the_request_its_mails_and_the_figures(
    admin_client, client, catalogue
):
    _need(client, catalogue["catering"])
    delivery = QuoteDelivery.objects.get(company__slug="koks")
    services.answer_record(delivery, "answered")
    quote = QuoteRequest.objects.get()
    services.answer_record(quote.deliveries.get(kind="confirmation"), "answered")
    QuoteRequest.objects.update(outcome="bought")
    page = admin_client.get(f"/beheer/companies/quoterequest/{quote.pk}/change/")
    text = page.content.decode()
    assert "offerte@koks.example" in text and "info@poets.example" in text
    listing = admin_client.get(
        "/beheer/companies/quoterequest/",
        {"offerings__id__exact": catalogue["catering"].pk},
    )
    assert "Dienst Feestelijkheden" in listing.content.decode()
    figures = admin_client.get("/beheer/companies/quoterequest/figures/")
    cells = [td.get_text() for td in soup(figures).select("tbody tr")[0].select("td")]
    assert cells == ["1", "2", "1", "1"]
    open_data = client.get("/open-data/quote-requests.csv").content.decode()
    assert "an@example.be" not in open_data and "Peeters" not in open_data
    assert ",1,2,1,1" in open_data


def test_no_button_without_an_offering_or_someone_to_receive_it(client, catalogue):
    make_company("leeg", name="Leeg", quote_email="x@leeg.be")  # no offering
    for slug in ("leeg", "stil"):
        page = soup(client.get(f"/nl/bedrijven/{slug}/"))
        assert not page.select(f"a[href='/nl/bedrijven/{slug}/offerte/']")
        assert page.select("a[href='/nl/koop-sociaal/aanvraag/']")
        assert client.get(f"/nl/bedrijven/{slug}/offerte/").status_code == 404
    koks = soup(client.get("/nl/bedrijven/koks/"))
    assert koks.select("a[href='/nl/bedrijven/koks/offerte/']")


def test_purge_removes_requests_and_their_mails_after_12_months(client, catalogue):
    _need(client, catalogue["catering"])
    QuoteRequest.objects.update(
        created_at=timezone.now() - datetime.timedelta(days=366)
    )
    call_command("purge_quote_requests", verbosity=0)
    assert not QuoteRequest.objects.exists()
    assert not QuoteDelivery.objects.exists()
