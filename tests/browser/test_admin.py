"""The back office in a real browser."""

from pages.models import Page
from tests.browser.axe import axe_violations


def test_the_language_switch_of_every_tab_has_a_label(site, superuser_page):
    page = superuser_page
    people = Page.objects.get(key="people")
    page.goto(f"{site.url}/beheer/pages/page/{people.pk}/change/")
    page.wait_for_selector("#modeltranslation-main-switch[aria-label]")
    switch = page.locator("#modeltranslation-main-switch")
    assert switch.get_attribute("aria-label") == (
        "Taal van alle tekstvelden op deze pagina"
    )
    labels = {v["id"] for v in axe_violations(page)}
    assert "select-name" not in labels
