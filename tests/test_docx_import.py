"""A Word file (.docx) read into a page's text from the admin form (core.docx)."""

import io
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from pages.models import Page
from tests.factories import make_page

pytestmark = pytest.mark.django_db

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_bytes(body: str) -> bytes:
    """A minimal .docx as Word writes it: the package, its relationships, the styles
    (Dutch Word's style IDs with the built-in names), a bullet list's numbering and
    the document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type='
            f'"{REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type='
            f'"{REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type='
            f'"{REL}/numbering" Target="numbering.xml"/></Relationships>',
        )
        archive.writestr(
            "word/styles.xml",
            f'<?xml version="1.0"?><w:styles {W}>'
            '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/>'
            '</w:style><w:style w:type="paragraph" w:styleId="Kop2"><w:name '
            'w:val="heading 2"/></w:style><w:style w:type="paragraph" '
            'w:styleId="Fancy"><w:name w:val="Fancy"/></w:style></w:styles>',
        )
        archive.writestr(
            "word/numbering.xml",
            f'<?xml version="1.0"?><w:numbering {W}><w:abstractNum '
            'w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
            '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
            "</w:num></w:numbering>",
        )
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body>'
            "</w:document>",
        )
    return buffer.getvalue()


def paragraph(text, style=None, bullet=False):
    properties = ""
    if style:
        properties += f'<w:pStyle w:val="{style}"/>'
    if bullet:
        properties += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    return f"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def table(rows):
    return (
        "<w:tbl>"
        + "".join(
            "<w:tr>"
            + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in row)
            + "</w:tr>"
            for row in rows
        )
        + "</w:tbl>"
    )


REPORT = docx_bytes(
    paragraph("Jaarverslag", "Kop1")
    + paragraph("Wie we zijn", "Kop2")
    + paragraph("Gewone tekst.")
    + paragraph("Eerste punt", bullet=True)
    + paragraph("Tweede punt", bullet=True)
    + table([["Jaar", "Mensen"], ["2025", "1400"]])
    + paragraph("Opvallend", "Fancy")
)


def docx_upload(content=REPORT, name="verslag.docx"):
    return SimpleUploadedFile(
        name,
        content,
        content_type=(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ),
    )


def post_page(client, **extra):
    data = {
        "title_nl": "Verslag",
        "slug_nl": "verslag",
        "status": "draft",
        "menu_order": 100,
        "body_nl": "<p>Oude tekst.</p>",
        **extra,
    }
    return client.post("/beheer/pages/page/add/", data, follow=True)


def test_the_page_form_offers_a_word_file_per_language(admin_client):
    html = admin_client.get("/beheer/pages/page/add/").content.decode()
    for code in ("nl", "en", "fr"):
        assert f'name="body_docx_{code}"' in html
    assert 'enctype="multipart/form-data"' in html


def test_project_and_company_forms_offer_it_too(admin_client):
    project = admin_client.get("/beheer/pages/project/add/").content.decode()
    company = admin_client.get("/beheer/companies/company/add/").content.decode()
    assert 'name="body_docx_nl"' in project
    assert 'name="long_description_docx_fr"' in company


def test_headings_list_and_table_come_into_the_text(admin_client):
    response = post_page(admin_client, body_docx_nl=docx_upload())
    assert response.status_code == 200
    page = Page.objects.get(slug_nl="verslag")
    body = page.body_nl
    assert "<h2>Jaarverslag</h2>" in body  # Word's Heading 1 under the page's h1
    assert "<h3>Wie we zijn</h3>" in body
    assert "<ul><li>Eerste punt</li><li>Tweede punt</li></ul>" in body
    assert "<table>" in body and "<td><p>1400</p></td>" in body
    assert "Oude tekst" not in body  # replaced, not appended
    assert page.body_en in ("", None)  # only the language of the file
    # What the editor is told: the replacement, and the style that was not known.
    shown = [str(m) for m in response.context["messages"]]
    assert any("verslag.docx" in m for m in shown)
    assert any("Fancy" in m for m in shown)


def test_the_imported_text_is_sanitised(admin_client):
    link = (
        '<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><w:r><w:t>klik</w:t></w:r></w:hyperlink>'
    )
    content = docx_bytes(f"<w:p>{link}</w:p>")
    # The link's target: javascript:, in the document's relationships.
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId9" Type="{REL}/hyperlink" '
                    'Target="javascript:alert(1)" TargetMode="External"/>'
                    "</Relationships>".encode(),
                )
            target.writestr(item, data)
    response = post_page(admin_client, body_docx_nl=docx_upload(buffer.getvalue()))
    assert response.status_code == 200
    body = Page.objects.get(slug_nl="verslag").body_nl
    assert "klik" in body and "javascript" not in body
    shown = " ".join(str(m) for m in response.context["messages"])
    assert "javascript:alert(1)" in shown  # the editor learns the link was refused


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("verslag.docx", b"PK\x03\x04 dit is geen zip"),  # broken zip
        ("verslag.docx", b"%PDF-1.4 een pdf met de verkeerde naam"),
        ("verslag.doc", REPORT),  # not .docx
        ("verslag.docx", docx_bytes("<w:p><w:r><w:t>open")),  # broken XML
        ("leeg.docx", b""),
    ],
)
def test_a_broken_word_file_is_a_form_error_and_nothing_is_saved(
    admin_client, name, content
):
    response = post_page(admin_client, body_docx_nl=docx_upload(content, name))
    assert response.status_code == 200
    assert not Page.objects.filter(slug_nl="verslag").exists()
    errors = response.context["adminform"].form.errors
    assert "body_docx_nl" in errors


def test_a_zip_bomb_is_refused(admin_client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (60 * 1024 * 1024))
    assert len(buffer.getvalue()) < 1024 * 1024
    response = post_page(admin_client, body_docx_fr=docx_upload(buffer.getvalue()))
    assert "body_docx_fr" in response.context["adminform"].form.errors


def test_a_too_large_word_file_is_refused(admin_client):
    big = docx_upload(REPORT + b"\0" * (5 * 1024 * 1024))
    response = post_page(admin_client, body_docx_nl=big)
    assert "body_docx_nl" in response.context["adminform"].form.errors
    assert not Page.objects.filter(slug_nl="verslag").exists()


def test_the_import_survives_an_error_elsewhere_in_the_form(admin_client):
    response = post_page(admin_client, body_docx_nl=docx_upload(), slug_nl="")
    form = response.context["adminform"].form
    assert "slug_nl" in form.errors
    # Shown again with the imported text, so the editor need not pick the file again.
    assert "Jaarverslag" in form["body_nl"].value()


def shown_form(client, url):
    """What a browser posts from the change form at url (files left out)."""
    form = BeautifulSoup(client.get(url).content, "html.parser").find(
        "form", id=lambda value: value and value.endswith("_form")
    )
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name, kind = field.get("name"), field.get("type")
        if not name or field.has_attr("disabled") or kind in ("submit", "file"):
            continue
        if field.name == "select":
            chosen = field.find_all("option", selected=True)
            data.setdefault(name, []).extend(o.get("value", o.text) for o in chosen)
        elif field.name == "textarea":
            data.setdefault(name, []).append(field.text.lstrip("\n"))
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data.setdefault(name, []).append(field.get("value", ""))
    return data


def test_an_editors_import_into_a_live_page_waits_in_the_working_copy(
    editor_client,
):
    page = make_page(slug="live", body_nl="<p>Wat bezoekers nu lezen.</p>")
    url = f"/beheer/pages/page/{page.pk}/change/"
    data = shown_form(editor_client, url)
    response = editor_client.post(
        url, {**data, "body_docx_nl": docx_upload()}, follow=True
    )
    assert response.status_code == 200
    shown = " ".join(str(m) for m in response.context["messages"])
    assert "verslag.docx" in shown
    visitor = Client().get(page.get_absolute_url()).content.decode()
    assert "Wat bezoekers nu lezen." in visitor and "Jaarverslag" not in visitor
    # The editor's form (the working copy) holds the imported text.
    assert "Jaarverslag" in shown_form(editor_client, url)["body_nl"][0]
