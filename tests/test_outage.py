"""With the database unreachable: friendly 503 pages, /readyz 503, /healthz 200, no
traceback; when it returns, everything recovers without a restart. On PostgreSQL (CI)
the connection points at a dead port; on SQLite at a file that cannot be opened."""

import contextlib
from unittest import mock

import pytest
from django.db import OperationalError, connection

from pages.models import Page
from tests.factories import make_page

pytestmark = pytest.mark.django_db(transaction=True)


@contextlib.contextmanager
def database_down():
    if connection.vendor != "postgresql":
        # The SQLite test database lives in memory and would vanish if closed: make
        # every new cursor fail the way an unreachable server does instead.
        def refuse(*args, **kwargs):
            raise OperationalError("unable to open database file")

        with mock.patch.object(connection, "create_cursor", refuse):
            yield
        return
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict["HOST"] = "127.0.0.1"
    connection.settings_dict["PORT"] = "1"  # nothing listens there
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


@pytest.mark.parametrize(
    ("url", "language", "text"),
    [
        ("/nl/mensen/", "nl", "Tijdelijk niet beschikbaar"),
        ("/en/companies/", "en", "Temporarily unavailable"),
        ("/fr/", "fr", "Temporairement indisponible"),
    ],
)
def test_public_pages_answer_503_in_the_visitors_language(client, url, language, text):
    make_page(title_nl="Mensen", slug="mensen")
    with database_down():
        response = client.get(url)
        assert response.status_code == 503
        assert response["Retry-After"]
        html = response.content.decode()
        assert f'lang="{language}"' in html
        assert text in html
        assert "Traceback" not in html
        assert client.get("/readyz").status_code == 503
        assert client.get("/healthz").status_code == 200
    # Back without a restart.
    assert client.get("/nl/mensen/").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_an_editor_saving_during_the_outage_gets_a_clear_error_and_nothing_half_written(
    admin_client,
):
    page = make_page(title_nl="Voor", slug="voor")
    data = {
        "title_nl": "Na",
        "slug_nl": "voor",
        "status": "published",
        "menu_order": 100,
    }
    with database_down():
        response = admin_client.post(f"/beheer/pages/page/{page.pk}/change/", data)
        assert response.status_code == 503
        assert "Tijdelijk niet beschikbaar" in response.content.decode()
    page.refresh_from_db()
    assert page.title_nl == "Voor"
    assert Page.objects.count() == 1


def test_an_unknown_address_during_an_outage_gets_the_friendly_503(client):
    # The view answers 404 without the database; the 404 page's menu and the
    # redirects looked up after it need the database.
    with database_down():
        response = client.get("/nl/%25%25/")
        assert response.status_code == 503
        assert "Tijdelijk niet beschikbaar" in response.content.decode()
