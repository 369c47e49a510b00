"""The admin pages an editor uses, in a real browser, as the Redacteurs account:
axe finds no WCAG 2.1 A/AA violation, and the widgets speak Dutch."""

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth.models import User

from companies.models import Company, QuoteRequest
from jobcount.models import Edition
from pages.models import Page
from tests.browser.axe import axe_violations


def editor_urls():
    content_page = Page.objects.filter(parent__isnull=False).first()
    company = Company.objects.order_by("pk").first()
    edition = Edition.objects.order_by("pk").first()
    return [
        "/beheer/",
        "/beheer/pages/page/",
        f"/beheer/pages/page/{content_page.pk}/change/",
        f"/beheer/pages/page/{content_page.pk}/history/",
        "/beheer/pages/page/add/",
        "/beheer/companies/company/",
        f"/beheer/companies/company/{company.pk}/change/",
        f"/beheer/companies/company/{company.pk}/history/",
        "/beheer/companies/sector/",
        "/beheer/jobcount/edition/",
        f"/beheer/jobcount/edition/{edition.pk}/change/",
        "/beheer/core/changerecord/",  # the site-wide change history
    ]


def test_the_admin_pages_an_editor_uses_have_no_axe_violations(site, editor_page):
    # Something in the change history and on the dashboard's "What needs attention?".
    editor = User.objects.get(username="redacteur")
    changed = [{"changed": {"fields": ["Title"]}}]
    for obj, flag in (
        (Page.objects.first(), CHANGE),
        (Company.objects.first(), ADDITION),
    ):
        LogEntry.objects.log_actions(editor.pk, [obj], flag, change_message=changed)
    QuoteRequest.objects.create(
        name="An",
        organisation="O",
        email="an@example.org",
        message="Vraag",
        consent=True,
    )
    found = {}
    for url in editor_urls():
        response = editor_page.goto(site.url + url)
        assert response.status == 200, url
        editor_page.wait_for_load_state("networkidle")
        violations = axe_violations(editor_page)
        if violations:
            found[url] = violations
    assert found == {}


def test_the_language_switch_has_a_visible_label_outside_the_heading(site, editor_page):
    company = Company.objects.order_by("pk").first()
    editor_page.goto(f"{site.url}/beheer/companies/company/{company.pk}/change/")
    switch = editor_page.locator("#modeltranslation-main-switch")
    switch.wait_for()
    assert editor_page.locator("h1 select").count() == 0
    label = editor_page.locator("label[for=modeltranslation-main-switch]")
    assert label.is_visible()
    assert "Taal van alle tekstvelden" in label.inner_text()
    switch.select_option("1")  # English in every tab
    assert editor_page.locator("#id_name").is_visible()  # not translated
    assert editor_page.locator("#id_short_description_en").is_visible()


def test_the_sector_picker_speaks_dutch(site, editor_page):
    company = Company.objects.order_by("pk").first()
    editor_page.goto(f"{site.url}/beheer/companies/company/{company.pk}/change/")
    picker = editor_page.locator(".field-sectors .selector")
    picker.wait_for()
    text = picker.inner_text()
    for english in ("Available", "Chosen", "Choose", "Remove", "arrow"):
        assert english not in text, english
    assert "Alle sectoren kiezen" in text
    titles = picker.locator("[title]").evaluate_all("es => es.map(e => e.title)")
    assert not [t for t in titles if "Choose" in t or "Remove" in t]


def test_a_language_tab_still_opens_by_mouse_and_keyboard(site, editor_page):
    content_page = Page.objects.filter(parent__isnull=False).first()
    editor_page.goto(f"{site.url}/beheer/pages/page/{content_page.pk}/change/")
    english_tab = editor_page.locator('li[aria-controls="tab_id_title_en"]')
    english_tab.click()
    assert editor_page.locator("#id_title_en").is_visible()
    english_tab.focus()
    editor_page.keyboard.press("ArrowRight")
    editor_page.locator("#id_title_fr").wait_for(state="visible")


def test_an_editor_drags_a_sub_page_to_the_top(site, editor_page):
    parent = Page.objects.filter(children__isnull=False).distinct().first()
    editor_page.goto(f"{site.url}/beheer/pages/page/?parent__id__exact={parent.pk}")
    handles = editor_page.locator("#result_list .drag.handle")
    last = handles.last.get_attribute("pk")
    # Wait for the answer, not the request: while the server still writes the new
    # order, SQLite's shared in-memory test database refuses this thread's read
    # ("database table is locked") instead of making it wait.
    with editor_page.expect_response(
        lambda r: "adminsortable2_update" in r.url
    ) as answer:
        handles.last.drag_to(handles.first)
    assert answer.value.ok
    first = parent.children.order_by("menu_order", "title").first()
    assert str(first.pk) == last
