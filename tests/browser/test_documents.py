"""The document library and the .docx import in a real browser, as an editor: axe
finds no WCAG 2.1 A/AA violation, and the Word-file fields sit in language tabs."""

import pytest
from django.core.files.base import ContentFile

from core.models import Document
from pages.models import Page
from tests.browser.axe import axe_violations


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_document_pages_have_no_axe_violations(site, editor_page):
    document = Document(title_nl="Jaarverslag 2025")
    document.file.save("v.pdf", ContentFile(b"%PDF-1.4\n0\n%%EOF\n"), save=False)
    document.save()
    found = {}
    for url in (
        "/beheer/core/document/",
        "/beheer/core/document/add/",
        f"/beheer/core/document/{document.pk}/change/",
    ):
        assert editor_page.goto(site.url + url).status == 200, url
        editor_page.wait_for_load_state("networkidle")
        violations = axe_violations(editor_page)
        if violations:
            found[url] = violations
    assert found == {}


def test_the_word_file_fields_have_a_tab_per_language(site, editor_page):
    content_page = Page.objects.filter(parent__isnull=False).first()
    editor_page.goto(f"{site.url}/beheer/pages/page/{content_page.pk}/change/")
    assert editor_page.locator("#id_body_docx_nl").is_visible()
    assert not editor_page.locator("#id_body_docx_en").is_visible()
    editor_page.locator('li[aria-controls="tab_id_body_docx_en"]').click()
    assert editor_page.locator("#id_body_docx_en").is_visible()
