"""The document library: uploaded PDFs with a title per language, their address,
and their links in rich text with type and size (core.documents)."""

import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from core.backup import backup_create
from core.models import Document
from tests.factories import make_page

pytestmark = pytest.mark.django_db

MB_1_2 = 1_258_291  # 1.2 MiB, as filesizeformat counts


def pdf_bytes(size=2000) -> bytes:
    head, tail = b"%PDF-1.4\n", b"\n%%EOF\n"
    return head + b"0" * (size - len(head) - len(tail)) + tail


def make_document(title="Jaarverslag 2025", size=MB_1_2, **titles) -> Document:
    document = Document(title_nl=title, **titles)
    document.file.save("verslag.pdf", ContentFile(pdf_bytes(size)), save=False)
    document.full_clean()
    document.save()
    return document


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def upload(content, name="Mijn verslag.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_an_editor_uploads_a_pdf_under_a_random_name(editor_client):
    response = editor_client.post(
        "/beheer/core/document/add/",
        {"title_nl": "Jaarverslag 2025", "file": upload(pdf_bytes(5000))},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get()
    assert document.size == 5000
    assert document.file.name.startswith("documents/")
    assert document.file.name.endswith(".pdf") and "verslag" not in document.file.name
    assert document.get_absolute_url() == (
        f"/documenten/{document.pk}/jaarverslag-2025.pdf"
    )


@pytest.mark.parametrize(
    "content",
    [
        b"<html><script>alert(1)</script></html>",  # not a PDF, named .pdf
        b"%PDF-1.4 but never ends",
        pdf_bytes(20 * 1024 * 1024 + 1),  # larger than 20 MB
    ],
)
def test_what_is_not_a_pdf_or_too_large_is_refused(editor_client, content):
    response = editor_client.post(
        "/beheer/core/document/add/", {"title_nl": "Verslag", "file": upload(content)}
    )
    assert response.status_code == 200
    assert "file" in response.context["adminform"].form.errors
    assert not Document.objects.exists()


def test_a_dutch_title_is_required(editor_client):
    response = editor_client.post(
        "/beheer/core/document/add/",
        {"title_en": "Annual report", "file": upload(pdf_bytes())},
    )
    assert "title_nl" in response.context["adminform"].form.errors


def test_the_list_shows_type_size_and_the_address_and_searches(editor_client):
    report = make_document()
    make_document("Folder sociale economie", size=3000)
    html = editor_client.get("/beheer/core/document/?q=jaarverslag").content.decode()
    assert "Jaarverslag 2025" in html and "Folder sociale economie" not in html
    assert "PDF" in html
    assert "1,2\xa0MB" in html  # the admin speaks Dutch
    assert f"/documenten/{report.pk}/jaarverslag-2025.pdf" in html
    change = editor_client.get(f"/beheer/core/document/{report.pk}/change/")
    assert f"/documenten/{report.pk}/jaarverslag-2025.pdf" in change.content.decode()


@pytest.mark.parametrize("language", ["nl", "en", "fr"])
def test_the_address_answers_with_the_pdf_inline(client, language):
    document = make_document()
    response = client.get(document.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == document.file.open("rb").read()
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="jaarverslag-2025.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    # Not the media folder's sandbox, which stops Chrome's PDF viewer.
    assert "sandbox" not in response.get("Content-Security-Policy", "")
    assert "Last-Modified" in response


def test_the_address_keeps_working_after_a_new_title_and_file(client):
    document = make_document()
    old_address = document.get_absolute_url()
    document.title_nl = "Jaarverslag 2025 (herziene versie)"
    document.file.save("nieuw.pdf", ContentFile(pdf_bytes(4000)), save=False)
    document.save()
    response = client.get(old_address)
    assert response.status_code == 200
    assert len(b"".join(response.streaming_content)) == 4000
    assert "herziene-versie.pdf" in response["Content-Disposition"]


def test_a_deleted_document_answers_410_with_a_clear_page(client):
    document = make_document()
    address = document.get_absolute_url()
    document.delete()
    response = client.get(address, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 410
    assert response["Content-Type"].startswith("text/html")
    assert response.content.decode().count("<h1") == 1


def rendered_body(client, page, language):
    with translation.override(language):
        url = page.get_absolute_url()
    html = client.get(url).content.decode()
    return html[html.index('class="rich-text"') :]


@pytest.mark.parametrize(
    ("language", "details"),
    [
        ("nl", "(PDF, 1,2\xa0MB)"),
        ("en", "(PDF, 1.2\xa0MB)"),
        ("fr", "(PDF, 1,2\xa0Mio)"),
    ],
)
def test_a_link_in_rich_text_shows_type_and_size(client, language, details):
    document = make_document()
    link = f'<a href="{document.get_absolute_url()}">jaarverslag</a>'
    page = make_page(body_nl=f"<p>Lees het {link}.</p>")
    html = rendered_body(client, page, language)
    assert f"jaarverslag {details}</a>" in html


def test_an_absolute_link_to_this_site_counts_and_another_site_does_not(client):
    document = make_document()
    path = document.get_absolute_url()
    page = make_page(
        body_nl=f'<p><a href="http://testserver{path}">hier</a> en '
        f'<a href="https://example.org{path}">daar</a></p>'
    )
    html = rendered_body(client, page, "nl")
    assert "hier (PDF, 1,2\xa0MB)</a>" in html
    assert "daar</a>" in html


def test_a_link_to_a_deleted_document_becomes_plain_text(client):
    document = make_document()
    page = make_page(
        body_nl=f'<p>Lees het <a href="{document.get_absolute_url()}">verslag</a>.</p>'
    )
    assert "verslag (PDF" in rendered_body(client, page, "nl")  # now in the cache
    document.delete()
    html = rendered_body(client, page, "nl")
    assert "Lees het verslag." in html
    assert "/documenten/" not in html


@pytest.mark.django_db(transaction=True)  # as a backup of a running site
def test_backups_hold_the_documents_files(tmp_path):
    document = make_document()
    folder = backup_create(tmp_path / "backup")
    with tarfile.open(folder / "media.tar") as archive:
        assert f"media/{document.file.name}" in archive.getnames()


def test_an_editor_changes_the_title_without_a_new_file(editor_client):
    document = make_document()
    response = editor_client.post(
        f"/beheer/core/document/{document.pk}/change/",
        {"title_nl": "Jaarverslag", "title_fr": "Rapport annuel"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    assert (document.title_nl, document.title_fr) == ("Jaarverslag", "Rapport annuel")
    assert document.size == MB_1_2
