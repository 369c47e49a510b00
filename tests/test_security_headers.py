"""Security headers and cookie flags on a public page, the admin and the quote form."""

import pytest

pytestmark = pytest.mark.django_db


def csp(response):
    return dict(
        (part.split(" ", 1) + [""])[:2]
        for part in (p.strip() for p in response["Content-Security-Policy"].split(";"))
    )


def assert_common_headers(response, admin=False):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    policy = csp(response)
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    # The admin alone allows inline styles (its widgets set them from script).
    for directive in ("script-src",) if admin else ("script-src", "style-src"):
        assert "unsafe-inline" not in policy.get(directive, "")
        assert "unsafe-eval" not in policy.get(directive, "")
    return policy


def test_public_page_headers(client, demo_content):
    response = client.get("/nl/", secure=True)
    policy = assert_common_headers(response)
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert response.cookies == {}


def test_admin_headers_allow_only_the_import_map_by_hash(admin_client, demo_content):
    response = admin_client.get("/beheer/pages/page/add/", secure=True)
    policy = assert_common_headers(response, admin=True)
    sources = policy["script-src"].split()
    assert sources[0] == "'self'"
    assert all(source.startswith("'sha256-") for source in sources[1:])
    assert len(sources) == 2


def test_quote_form_cookie_is_secure_httponly_samesite_host_prefixed(client, settings):
    response = client.get("/nl/koop-sociaal/aanvraag/", secure=True)
    assert_common_headers(response)
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert settings.CSRF_COOKIE_NAME.startswith("__Host-")
    assert cookie["secure"] and cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert not cookie["domain"]


def test_session_cookie_is_host_prefixed_and_locked_down(admin_client, settings):
    assert settings.SESSION_COOKIE_NAME == "__Host-sessionid"
    assert settings.SESSION_COOKIE_SECURE and settings.SESSION_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"


def test_media_are_never_sniffed_and_documents_download(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "rapport.pdf").write_bytes(b"%PDF-1.4 test")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    pdf = client.get("/media/rapport.pdf")
    assert pdf.status_code == 200
    assert pdf["X-Content-Type-Options"] == "nosniff"
    assert pdf["Content-Disposition"] == "attachment"
    assert "sandbox" in pdf["Content-Security-Policy"]
    image = client.get("/media/foto.png")
    assert not image.get("Content-Disposition", "").startswith("attachment")
    assert client.get("/media/../settings.py").status_code in (400, 404)


@pytest.mark.django_db
def test_the_site_policy_built_once_is_django_csps_policy(client):
    import csp.utils

    from tests.factories import make_page

    make_page(title_nl="Mensen", slug="mensen")
    for _ in range(2):  # rendered, then from the page cache
        response = client.get("/nl/mensen/")
        assert response["Content-Security-Policy"] == csp.utils.build_policy()
