"""The four-eyes publish in a real browser: a Redacteur changes a live page,
visitors keep the old text until an Eindredacteur has previewed and published it."""

from django.apps import apps
from django.contrib.auth.models import Group, User

from core.permissions import EDITOR_GROUP, PUBLISHER_GROUP, sync_editor_group
from pages.models import Page

PASSWORD = "een-lang-wachtwoord-voor-tests"
NEW = "Een nieuwe samenvatting, nagelezen door de eindredactie."


def _account(username, group):
    user = User.objects.create_user(
        username, f"{username}@example.org", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))


def _logged_in(browser, site, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url + "/beheer/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(site.url + "/beheer/")
    return context, page


def _visitor_text(browser, url):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        return page.locator("main").inner_text()
    finally:
        context.close()


def test_a_change_waits_for_the_final_editor(site, browser):
    sync_editor_group(apps)  # the live server's database was flushed
    _account("redacteur", EDITOR_GROUP)
    _account("eindredacteur", PUBLISHER_GROUP)
    item = Page.objects.get(key="people")
    old = item.summary_nl
    public_url = site.url + item.get_absolute_url()
    change_url = f"{site.url}/beheer/pages/page/{item.pk}/change/"
    assert old and old in _visitor_text(browser, public_url)

    # The Redacteur changes the live page and saves: a working copy.
    editor, page = _logged_in(browser, site, "redacteur")
    page.goto(change_url)
    assert page.locator("#id_status").is_disabled()
    page.fill("#id_summary_nl", NEW)
    page.locator("input[name=_save]").click()
    page.wait_for_url("**/pages/page/")
    text = _visitor_text(browser, public_url)
    assert old in text and NEW not in text

    # … opens it again (the copy is in the form) and submits it for review.
    page.goto(change_url)
    assert page.locator("#id_summary_nl").input_value() == NEW
    page.locator("input[name=_submit_for_review]").click()
    page.wait_for_url("**/pages/page/")
    assert NEW not in _visitor_text(browser, public_url)
    editor.close()

    # The Eindredacteur finds it on the dashboard, previews it in every
    # language, and publishes it.
    publisher, page = _logged_in(browser, site, "eindredacteur")
    page.locator(f".working-copies a[href$='/pages/page/{item.pk}/change/']").click()
    page.wait_for_url(change_url)
    assert page.locator("#id_summary_nl").input_value() == NEW
    for code in ("nl", "en", "fr"):
        button = page.locator(f"button[name=_preview][value={code}]")
        if not button.count():  # no preview (core.preview) in this tree
            break
        with page.expect_popup() as popup_info:
            button.click()
        preview = popup_info.value
        preview.wait_for_load_state()
        assert preview.locator("html").get_attribute("lang") == code
        if code == "nl":
            assert NEW in preview.locator("main").inner_text()
        preview.close()
    page.locator("input[name=_publish]").click()
    page.wait_for_url("**/pages/page/")
    publisher.close()

    text = _visitor_text(browser, public_url)
    assert NEW in text and old not in text
