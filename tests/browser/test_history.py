"""The readable history in a real browser: the compare view shows the change on
screen, passes axe, and a field is restored by keyboard."""

import reversion
from django.contrib.auth.models import User
from reversion.models import Version

from pages.models import Page
from tests.browser.axe import axe_violations

PASSWORD = "een-lang-wachtwoord-voor-tests"


def _log_in(page, site):
    # A superuser: the live server's database has no groups (flushed).
    User.objects.create_superuser("eindredacteur", "e@example.org", PASSWORD)
    page.goto(site.url + "/beheer/login/")
    page.fill("#id_username", "eindredacteur")
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(site.url + "/beheer/")


def _two_versions(item):
    with reversion.create_revision():
        item.save()
    item.title_fr = "Un nouveau titre"
    item.body_nl = (item.body_nl or "") + "<p>Een zin die er later bij kwam.</p>"
    with reversion.create_revision():
        item.save()
    return Version.objects.get_for_object(item)[1].pk


def test_compare_shows_the_change_on_screen_and_restores_by_keyboard(site, page):
    people = Page.objects.get(key="people")
    old_title = people.title_fr
    _two_versions(people)
    _log_in(page, site)
    page.goto(f"{site.url}/beheer/pages/page/{people.pk}/history/")
    assert axe_violations(page) == []
    page.locator("#content-main form button[type=submit]").click()
    page.wait_for_selector(".history-diff")

    inserted = page.locator(".history-diff ins").first
    box = inserted.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 1280
    assert "Een zin die er later bij kwam." in inserted.inner_text()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280

    button = page.locator(
        "form:has(input[name=field][value=title_fr]) button[type=submit]"
    )
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/beheer/pages/page/{people.pk}/change/")
    people.refresh_from_db()
    assert people.title_fr == old_title
    assert "Een zin die er later bij kwam." in people.body_nl
