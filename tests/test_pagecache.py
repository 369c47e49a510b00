"""The page cache (core.pagecache): anonymous public pages are served from the
shared cache, every content change makes them stale at once, publication windows open
and close on time, conditional requests get 304, and the admin, previews, forms and
logged-in editors are never served or stored from it."""

import datetime
import gzip
from unittest import mock

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone, translation

from pages.models import Page
from tests.factories import make_company, make_page, make_sector
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_second_visit_is_served_from_the_cache_with_the_same_page(client):
    make_page(title_nl="Mensen", slug="mensen")
    first = client.get("/nl/mensen/")
    second = client.get("/nl/mensen/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert first.content == second.content
    assert "Mensen" in second.content.decode()
    for header in ("Content-Type", "Content-Language", "X-Frame-Options"):
        assert second[header] == first[header]
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"].startswith("public, max-age=0, no-cache")
    assert "Accept-Encoding" in second["Vary"]
    assert not second.cookies


def test_compressed_for_clients_that_accept_it(client):
    make_page(title_nl="Mensen", slug="mensen")
    plain = client.get("/nl/mensen/")
    for _ in range(2):  # a miss and a hit
        packed = client.get("/nl/mensen/", HTTP_ACCEPT_ENCODING="gzip, br")
        assert packed["Content-Encoding"] == "gzip"
        assert int(packed["Content-Length"]) == len(packed.content)
        assert gzip.decompress(packed.content) == plain.content
        assert len(packed.content) < len(plain.content) / 2


def test_conditional_get_answers_304_until_the_content_changes(client):
    page = make_page(title_nl="Mensen", slug="mensen")
    etag = client.get("/nl/mensen/")["ETag"]
    not_modified = client.get("/nl/mensen/", HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    page.title_nl = "Mensen aan het werk"
    page.save()
    changed = client.get("/nl/mensen/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert "Mensen aan het werk" in changed.content.decode()
    assert changed["ETag"] != etag


def test_head_is_served_without_a_body(client):
    make_page(title_nl="Mensen", slug="mensen")
    client.get("/nl/mensen/")
    response = client.head("/nl/mensen/")
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"
    assert response.content == b""


def test_every_kind_of_content_change_shows_at_once(client):
    sector = make_sector("fietsen", name_nl="Fietsen")
    company = make_company("ryhove", name="Ryhove")
    url = "/nl/bedrijven/?sector=fietsen"
    assert "Ryhove" not in client.get(url).content.decode()
    assert client.get(url)["X-Cache"] == "hit"
    company.sectors.add(sector)  # many-to-many
    assert "Ryhove" in client.get(url).content.decode()
    company.name = "Ryhove vzw"  # a save
    company.save()
    assert "Ryhove vzw" in client.get(url).content.decode()
    company.delete()  # a delete
    assert "Ryhove" not in client.get(url).content.decode()


def test_a_quote_request_does_not_empty_the_cache(client):
    from companies.models import QuoteRequest

    make_page(title_nl="Mensen", slug="mensen")
    client.get("/nl/mensen/")
    QuoteRequest.objects.create(
        company=make_company(),
        name="A",
        organisation="O",
        email="a@example.org",
        message="Vraag",
        consent=True,
    )
    # The company made above changed the content; a quote request alone does not.
    client.get("/nl/mensen/")
    QuoteRequest.objects.create(
        company=QuoteRequest.objects.first().company,
        name="B",
        organisation="O",
        email="b@example.org",
        message="Vraag",
        consent=True,
    )
    assert client.get("/nl/mensen/")["X-Cache"] == "hit"


def test_a_scheduled_page_appears_and_disappears_on_time(client):
    now = timezone.now()
    make_page(
        title_nl="Binnenkort",
        slug="binnenkort",
        publish_from=now + datetime.timedelta(hours=1),
        publish_until=now + datetime.timedelta(hours=2),
    )
    # The sitemap lists every visible page and is cached like a page.
    assert "binnenkort" not in client.get("/sitemap.xml").content.decode()
    assert client.get("/sitemap.xml")["X-Cache"] == "hit"

    def at(moment):
        return mock.patch("django.utils.timezone.now", return_value=moment)

    soon = at(now + datetime.timedelta(minutes=61))
    later = at(now + datetime.timedelta(minutes=121))
    with soon:
        assert "binnenkort" in client.get("/sitemap.xml").content.decode()
        assert client.get("/nl/binnenkort/").status_code == 200
    with later:
        assert "binnenkort" not in client.get("/sitemap.xml").content.decode()
        assert client.get("/nl/binnenkort/").status_code == 404


def test_logged_in_editors_always_get_a_fresh_private_page(client, admin_user):
    make_page(title_nl="Mensen", slug="mensen")
    client.get("/nl/mensen/")
    client.force_login(admin_user)
    response = client.get("/nl/mensen/")
    assert "X-Cache" not in response
    assert response["Cache-Control"].startswith("private")


@pytest.mark.parametrize("path", ["/beheer/", "/beheer/login/"])
def test_the_admin_is_never_cached(client, path):
    for _ in range(2):
        response = client.get(path, follow=True)
        assert "X-Cache" not in response
        assert (
            "no-store" in response["Cache-Control"]
            or "private" in (response["Cache-Control"])
        )


def test_previews_are_never_cached(client, admin_user):
    page = make_page(title_nl="Concept", slug="concept", status=Page.Status.DRAFT)
    client.force_login(admin_user)
    with translation.override("nl"):
        url = reverse("pages:page_preview", kwargs={"pk": page.pk})
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    client.logout()
    assert client.get(url).status_code in (302, 403, 404)


def test_a_form_with_a_csrf_token_is_never_shared(client):
    with translation.override("nl"):
        url = reverse("companies:need")
    first = client.get(url)
    assert first.status_code == 200
    assert "X-Cache" not in first
    assert "private" in first["Cache-Control"]
    # A visitor who already has a CSRF cookie gets a form with a token for that
    # cookie: it must not be stored and given to someone else either.
    again = client.get(url)
    assert "X-Cache" not in again
    assert "private" in again["Cache-Control"]


def test_a_cache_outage_only_makes_pages_slower(client):
    make_page(title_nl="Mensen", slug="mensen")
    cache = caches["pages"]
    with (
        mock.patch.object(cache, "get_many", side_effect=ConnectionError("down")),
        mock.patch.object(cache, "get", side_effect=ConnectionError("down")),
        mock.patch.object(cache, "set", side_effect=ConnectionError("down")),
    ):
        response = client.get("/nl/mensen/")
    assert response.status_code == 200
    assert "Mensen" in response.content.decode()


def test_the_page_cache_can_be_switched_off(client, settings):
    settings.PAGE_CACHE = False
    make_page(title_nl="Mensen", slug="mensen")
    for _ in range(2):
        response = client.get("/nl/mensen/")
        assert "X-Cache" not in response
        assert response.status_code == 200


def test_a_proxy_may_keep_pages_when_allowed(client, settings):
    settings.PROXY_CACHE_SECONDS = 30
    make_page(title_nl="Mensen", slug="mensen")
    response = client.get("/nl/mensen/")
    assert response["Cache-Control"] == (
        "public, max-age=0, s-maxage=30, stale-if-error=86400"
    )


def test_a_new_release_never_serves_pages_of_the_old_one(client, settings):
    make_page(title_nl="Mensen", slug="mensen")
    client.get("/nl/mensen/")
    assert client.get("/nl/mensen/")["X-Cache"] == "hit"
    # Deployment sets DJANGO_RELEASE: new templates or static files.
    settings.RELEASE = "next-release"
    assert client.get("/nl/mensen/")["X-Cache"] == "miss"
    assert client.get("/nl/mensen/")["X-Cache"] == "hit"


# What an attack on the earlier cache found, each with its test.


def test_another_allowed_host_never_gets_a_page_stored_for_the_first(client):
    """Poisoning: canonical, og:url and hreflang are absolute. A page rendered for
    one allowed host, port or scheme is never served for another."""
    make_page(title_nl="Mensen", slug="mensen")
    client.get("/nl/mensen/", HTTP_HOST="localhost")
    for variant in ({}, {"HTTP_HOST": "testserver:8080"}, {"secure": True}):
        response = client.get("/nl/mensen/", **variant)
        assert response["X-Cache"] == "miss"
        canonical = soup(response).select_one("link[rel=canonical]")["href"]
        assert "localhost" not in canonical


def test_a_host_that_is_not_allowed_is_refused_even_when_the_page_is_cached(client):
    make_page(title_nl="Mensen", slug="mensen")
    client.get("/nl/mensen/")
    assert client.get("/nl/mensen/")["X-Cache"] == "hit"
    assert client.get("/nl/mensen/", HTTP_HOST="evil.example").status_code == 400


def test_unknown_query_parameters_make_no_entries(client):
    make_page(title_nl="Mensen", slug="mensen")
    pages = caches["pages"]
    # A page not yet cached, asked with a parameter no view reads: rendered, not kept.
    for number in range(3):
        response = client.get("/nl/mensen/", {"utm_source": number})
        assert response.status_code == 200 and "X-Cache" not in response
    assert client.get("/nl/mensen/")["X-Cache"] == "miss"
    # Once the page is cached, such a request is served the page without it.
    assert client.get("/nl/mensen/", {"utm_source": "x"})["X-Cache"] == "hit"
    # A parameter a view reads does make its own page.
    make_company("ryhove", name="Ryhove")
    assert client.get("/nl/bedrijven/", {"q": "ryh"})["X-Cache"] == "miss"
    assert client.get("/nl/bedrijven/", {"q": "ryh"})["X-Cache"] == "hit"
    assert pages is not caches["default"]


def test_pages_live_apart_from_counters_and_sessions(settings):
    """Culling the page cache can never drop a login or rate-limit counter."""
    pages, default = settings.CACHES["pages"], settings.CACHES["default"]
    assert (pages["LOCATION"], pages.get("KEY_PREFIX")) != (
        default["LOCATION"],
        default.get("KEY_PREFIX"),
    )
