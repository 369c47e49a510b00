"""An outdated translation, as an editor meets it in the form's language tabs
(core/translation_status.py and static/js/translation_status.js)."""

from playwright.sync_api import expect

from pages.models import Page
from tests.factories import make_page


def tab(page, field):
    """A language tab (the link inside is inert: admin-a11y.js)."""
    return page.locator(f'li[role=tab]:has(a[href="#tab_id_{field}"])')


def save(page):
    """Save and go on editing; the marks come once the new page has loaded."""
    with page.expect_navigation(wait_until="load"):
        page.locator("input[name=_continue]").click()


def test_outdated_french_tab_is_marked_until_fixed(editor_page, site):
    item = make_page(
        slug="vertaald",
        status=Page.Status.DRAFT,
        summary_en="A short summary.",
        summary_fr="Un court résumé.",
    )
    page = editor_page
    page.goto(f"{site.url}/beheer/pages/page/{item.pk}/change/")
    french = page.locator('a[href="#tab_id_summary_fr"]')
    expect(french).not_to_contain_text("verouderd")

    page.fill("#id_summary_nl", "Een nieuwe samenvatting in het Nederlands.")
    save(page)
    expect(french).to_contain_text("(verouderd)")
    expect(page.locator('a[href="#tab_id_summary_en"]')).to_contain_text("(verouderd)")

    item.refresh_from_db()
    assert item.summary_nl == "Een nieuwe samenvatting in het Nederlands."
    tab(page, "summary_fr").click()
    panel = page.locator("#tab_id_summary_fr")
    expect(panel.locator(".translation-source")).to_contain_text(
        "Een nieuwe samenvatting in het Nederlands."
    )
    expect(panel.locator(".translation-source p")).to_be_visible()
    panel.locator("#id_summary_fr").fill("Un nouveau résumé en français.")
    save(page)
    expect(page.locator("#id_summary_fr")).to_have_value(
        "Un nouveau résumé en français."
    )
    expect(french).not_to_contain_text("verouderd")
    expect(page.locator('a[href="#tab_id_summary_en"]')).to_contain_text("(verouderd)")


def test_tab_with_an_error_is_marked_and_opened(superuser_page, site):
    item = make_page(slug="fout", status=Page.Status.DRAFT, title_fr="Page")
    page = superuser_page
    page.goto(f"{site.url}/beheer/pages/page/{item.pk}/change/")
    # A French title longer than the field allows: the error is in the French tab.
    tab(page, "title_fr").click()
    page.locator("#id_title_fr").evaluate("el => el.removeAttribute('maxlength')")
    page.fill("#id_title_fr", "x" * 300)
    save(page)
    french = page.locator('a[href="#tab_id_title_fr"]')
    expect(french).to_contain_text("(bevat een fout)")
    expect(page.locator("#tab_id_title_fr .errorlist")).to_be_visible()
