"""The preview of an unsaved form in a real browser: the buttons post the form as it
is (the rich-text editor's text included) to a new tab, and the preview's language
links stay in the preview."""

from django.contrib.auth.models import User

from pages.models import Page
from tests.browser.axe import axe_violations

PASSWORD = "een-lang-wachtwoord-voor-tests"
TYPED = "Deze zin staat alleen in het formulier"


def test_preview_buttons_show_the_unsaved_form_in_a_new_tab(site, page):
    User.objects.create_superuser("beheerder", "b@example.org", PASSWORD)
    item = Page.objects.get(key="people")
    page.goto(site.url + "/beheer/login/")
    page.fill("#id_username", "beheerder")
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(site.url + "/beheer/")
    page.goto(f"{site.url}/beheer/pages/page/{item.pk}/change/")
    editor = page.locator(
        ".prose-editor:has(#id_body_nl) .ProseMirror[contenteditable]"
    )
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type(TYPED)
    buttons = page.locator(".preview-buttons")
    assert not [v["id"] for v in axe_violations(page) if ".preview-buttons" in str(v)]
    with page.expect_popup() as popup:
        buttons.locator("button[value=nl]").click()
    preview = popup.value
    preview.wait_for_load_state()
    assert TYPED in preview.locator("main").inner_text()
    english = preview.locator(".language-switcher a[hreflang=en]").first
    english.click()
    preview.wait_for_load_state()
    assert preview.locator("html").get_attribute("lang") == "en"
    assert "/preview/" in preview.url or "/voorbeeld/" in preview.url
    # Nothing was saved.
    item.refresh_from_db()
    assert TYPED not in item.body_nl
