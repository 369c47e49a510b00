"""Koop sociaal! in a real browser, with and without JavaScript: a buyer ticks two
offerings in the catalogue and sends one need; the companies and the desk get it;
a company answers through its link; after the follow-up delay the buyer answers
"yes"; the desk sees all of it in the admin, and the figures count it."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from companies.models import Company, QuoteDelivery, QuoteRequest

pytestmark = pytest.mark.django_db(transaction=True)


def _path(url):
    return "/" + url.split("/", 3)[3]


@pytest.mark.parametrize("javascript", [False, True])
def test_one_need_from_the_catalogue_to_a_purchase(site, browser, settings, javascript):
    settings.SOCIAL_ECONOMY_DESK_EMAIL = "desk@example.gent"
    Company.objects.filter(slug="compaan").update(quote_email="offerte@compaan.test")
    bikes = Company.objects.filter(offerings__slug="fietsverhuur").first()
    Company.objects.filter(pk=bikes.pk).update(quote_email="fiets@example.test")
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    try:
        page.goto(site.url + "/nl/koop-sociaal/")
        page.locator("label[for=need-renovatiewerken]").click()
        page.locator("label[for=need-fietsverhuur]").click()
        page.locator(".catalogue-need button[type=submit]").first.click()
        assert page.locator("input[name=offerings]:checked").count() == 2
        page.fill("#id_message", "Een fietsenstalling bouwen en 20 fietsen huren.")
        page.fill("#id_name", "An Peeters")
        page.fill("#id_organisation", "Dienst Feestelijkheden")
        page.fill("#id_email", "an@example.be")
        page.locator("label[for=id_consent]").click()
        page.locator(".quote-form button[type=submit]").click()
        page.wait_for_url(re.compile("/koop-sociaal/aanvraag/verzonden/"))
        named = page.locator("main .messages li a").all_inner_texts()
        assert sorted(named) == sorted(["Compaan", bikes.name])
        recipients = sorted(m.to[0] for m in mail.outbox)
        assert recipients == sorted(
            [
                "offerte@compaan.test",
                "fiets@example.test",
                "desk@example.gent",
                "an@example.be",
            ]
        )

        # Compaan says it answered the buyer, through the link in its mail.
        compaan_mail = next(m for m in mail.outbox if m.to == ["offerte@compaan.test"])
        answered = re.findall(r"https?://\S+/antwoord/\S+/", compaan_mail.body)[0]
        page.goto(site.url + _path(answered))
        page.locator("main form button[type=submit]").click()
        assert "genoteerd" in page.locator("main .messages").inner_text()
        assert QuoteDelivery.objects.get(company__slug="compaan").answer == "answered"

        # Two weeks later the buyer is asked once, and answers "yes".
        later = timezone.now() + datetime.timedelta(days=15)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("send_quote_mails", verbosity=0)
        follow_up = mail.outbox[-1]
        assert follow_up.to == ["an@example.be"]
        bought = re.findall(r"https?://\S+/antwoord/\S+/", follow_up.body)[0]
        page.goto(site.url + _path(bought))
        page.locator("main form button[type=submit]").click()
        quote = QuoteRequest.objects.get()
        assert quote.outcome == "bought"
    finally:
        context.close()

    # The desk sees the request, its mails and answers, and the figures.
    from django.contrib.auth.models import User

    User.objects.create_superuser("desk", "desk@example.gent", "een-lang-wachtwoord-9")
    admin = browser.new_context()
    page = admin.new_page()
    try:
        page.goto(site.url + "/beheer/login/")
        page.fill("#id_username", "desk")
        page.fill("#id_password", "een-lang-wachtwoord-9")
        page.locator("input[type=submit]").click()
        page.goto(f"{site.url}/beheer/companies/quoterequest/{quote.pk}/change/")
        text = page.locator("#content").inner_text()
        assert "offerte@compaan.test" in text and "fiets@example.test" in text
        page.goto(site.url + "/beheer/companies/quoterequest/figures/")
        first_month = (
            page.locator("#content-main tbody tr").first.locator("td").all_inner_texts()
        )
        assert first_month == ["1", "2", "1", "1"]
    finally:
        admin.close()
