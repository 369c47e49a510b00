"""Nothing an editor types or uploads can run in a visitor's browser."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.html import sanitize_html
from pages.models import Page
from tests.factories import make_page
from tests.html import soup

pytestmark = pytest.mark.django_db

PAYLOADS = {
    "script tag": "<p>Hallo</p><script>alert(1)</script>",
    "event handler": '<p onclick="alert(1)">Hallo</p><img src=x onerror="alert(1)">',
    "javascript link": '<p><a href="javascript:alert(1)">Hallo</a></p>',
    "style attribute": '<p style="background:url(javascript:alert(1))">Hallo</p>',
    "svg": "<svg><script>alert(1)</script></svg><p>Hallo</p>",
    "iframe": '<iframe src="https://evil.example"></iframe><p>Hallo</p>',
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_payload_never_reaches_a_visitor(client, payload):
    make_page(slug="xss", body_nl=payload)
    html = client.get("/nl/xss/").content.decode()
    body = soup(client.get("/nl/xss/")).select_one(".rich-text")
    assert "Hallo" in body.get_text()
    assert "alert(1)" not in str(body)
    assert "<script>alert" not in html
    for element in body.find_all(True):
        assert not any(name.startswith("on") for name in element.attrs)
        assert "style" not in element.attrs


def test_payload_is_stripped_when_saved_not_only_when_shown():
    page = make_page(slug="xss", body_en="<p>Hi</p><script>alert(1)</script>")
    page.refresh_from_db()
    assert page.body_en == "<p>Hi</p>"


def test_allowed_markup_survives():
    html = (
        "<h2>Kop</h2><p><strong>vet</strong> <em>schuin</em> "
        '<a href="https://jobs.gent.be/">jobs</a> <a href="mailto:a@b.be">mail</a></p>'
        "<ul><li>een</li></ul>"
    )
    cleaned = sanitize_html(html)
    assert "<h2>Kop</h2>" in cleaned
    assert 'href="https://jobs.gent.be/"' in cleaned
    assert 'href="mailto:a@b.be"' in cleaned
    assert "<li>een</li>" in cleaned


def _png_bytes(size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def _post_page(admin_client, upload, alt="Een groene rechthoek"):
    data = {
        "title_nl": "Beeld",
        "slug_nl": "beeld",
        "status": "published",
        "menu_order": 100,
        "image": upload,
        "image_alt_nl": alt,
    }
    return admin_client.post("/beheer/pages/page/add/", data)


def test_image_upload_is_re_encoded_under_a_random_name(
    admin_client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("mijn foto.png", _png_bytes(), content_type="image/png")
    response = _post_page(admin_client, upload)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = Page.objects.get(slug_nl="beeld")
    assert "mijn" not in page.image.name
    assert page.image.name.startswith("pages/") and page.image.name.endswith(".png")
    with Image.open(page.image.path) as image:
        assert image.size == (40, 30)


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        (
            "x.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
        ),
        ("x.png", b"<html><script>alert(1)</script></html>", "image/png"),
        ("x.gif", b"GIF89a" + b"\x00" * 20, "image/gif"),
    ],
    ids=["svg", "html disguised as png", "broken gif"],
)
def test_non_images_and_svg_are_refused(
    admin_client, settings, tmp_path, name, content, content_type
):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    response = _post_page(admin_client, upload)
    assert response.status_code == 200
    assert "geen JPEG-, PNG- of WebP-afbeelding" in response.content.decode()
    assert not Page.objects.filter(slug_nl="beeld").exists()
    assert list(tmp_path.rglob("*.*")) == []


def test_image_over_5_mb_is_refused(admin_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    big = SimpleUploadedFile("big.png", _png_bytes() + b"\x00" * (5 * 1024 * 1024))
    response = _post_page(admin_client, big)
    assert "groter dan 5 MB" in response.content.decode()
    assert not Page.objects.filter(slug_nl="beeld").exists()
