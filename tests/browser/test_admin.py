"""The back office in a real browser."""

from django.contrib.auth.models import User

from pages.models import Page
from tests.browser.axe import axe_violations

PASSWORD = "een-lang-wachtwoord-voor-tests"


def _log_in(page, site):
    user = User.objects.create_user(
        "redacteur", "r@example.org", PASSWORD, is_staff=True
    )
    user.is_superuser = True  # the live server's database has no groups (flushed)
    user.save()
    page.goto(site.url + "/beheer/login/")
    page.fill("#id_username", "redacteur")
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(site.url + "/beheer/")


def test_the_language_switch_of_every_tab_has_a_label(site, page):
    _log_in(page, site)
    people = Page.objects.get(key="people")
    page.goto(f"{site.url}/beheer/pages/page/{people.pk}/change/")
    page.wait_for_selector("#modeltranslation-main-switch[aria-label]")
    switch = page.locator("#modeltranslation-main-switch")
    assert switch.get_attribute("aria-label") == (
        "Taal van alle tekstvelden op deze pagina"
    )
    labels = {v["id"] for v in axe_violations(page)}
    assert "select-name" not in labels
