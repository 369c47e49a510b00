import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pages.models import Page
from tests.factories import make_page, make_project
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_page_is_served_at_its_translated_path_with_breadcrumbs(client):
    parent = make_page(title_nl="Rol", slug="rol", slug_en="role", title_en="Role")
    make_page(
        parent=parent,
        title_nl="Loopbaan",
        slug="loopbaan",
        slug_en="career",
        title_en="Career",
    )
    page = soup(client.get("/en/role/career/"))
    assert page.h1.get_text(strip=True) == "Career"
    crumbs = [li.get_text(strip=True) for li in page.select("nav.breadcrumb li")]
    assert crumbs == ["Home", "Role", "Career"]
    assert page.select_one("nav.breadcrumb a[href='/en/role/']")


def test_untranslated_page_falls_back_to_dutch_slug_and_text_marked_nl(client):
    make_page(title_nl="Mensen", slug="mensen", summary_nl="Over de mensen.")
    response = client.get("/fr/mensen/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "fr"
    assert page.h1["lang"] == "nl"
    assert page.select_one(".summary-text")["lang"] == "nl"
    # hreflang lists only the real translation; the switcher still offers all.
    hreflangs = {link["hreflang"] for link in page.select("link[hreflang]")}
    assert hreflangs == {"nl", "x-default"}


def test_dutch_slug_under_another_language_redirects_to_its_own_slug(client):
    make_page(title_nl="Mensen", slug="mensen", slug_en="people", title_en="People")
    response = client.get("/en/mensen/")
    assert response.status_code == 301
    assert response["Location"] == "/en/people/"


def test_switcher_leads_to_the_same_page_in_the_other_language(client):
    make_page(title_nl="Mensen", slug="mensen", slug_fr="personnes", title_fr="Gens")
    page = soup(client.get("/nl/mensen/"))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links["fr"] == "/fr/personnes/"
    assert links["en"] == "/en/mensen/"


def test_last_changed_date_is_shown(client):
    make_page()
    page = soup(client.get("/nl/testpagina/"))
    assert "Laatst gewijzigd" in page.select_one(".changed-date").get_text()


@pytest.mark.parametrize(
    "window",
    [
        {"status": Page.Status.DRAFT},
        {"publish_from": timezone.now() + datetime.timedelta(hours=1)},
        {"publish_until": timezone.now() - datetime.timedelta(minutes=1)},
    ],
    ids=["draft", "scheduled", "expired"],
)
def test_invisible_pages_give_404_and_stay_out_of_the_sitemap(client, window):
    make_page(slug="verborgen", **window)
    make_page(slug="zichtbaar")
    assert client.get("/nl/verborgen/").status_code == 404
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/nl/zichtbaar/" in sitemap
    assert "verborgen" not in sitemap


def test_scheduled_page_appears_on_time_without_cron(client, monkeypatch):
    start = timezone.now() + datetime.timedelta(hours=1)
    make_page(slug="straks", publish_from=start)
    assert client.get("/nl/straks/").status_code == 404
    later = start + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get("/nl/straks/").status_code == 200


def test_child_of_a_draft_page_is_not_reachable(client):
    parent = make_page(slug="ouder", status=Page.Status.DRAFT)
    make_page(slug="kind", parent=parent)
    assert client.get("/nl/ouder/kind/").status_code == 404
    assert "kind" not in client.get("/sitemap.xml").content.decode()


def test_sitemap_lists_translations_with_hreflang_alternates(client):
    make_page(slug="mensen", slug_en="people", title_en="People")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/people/" in sitemap
    assert 'hreflang="en"' in sitemap
    assert 'hreflang="x-default" href="http://testserver/nl/mensen/"' in sitemap
    assert "http://testserver/fr/mensen/" not in sitemap  # no French text


def test_slug_that_collides_with_an_app_route_is_refused():
    with pytest.raises(ValidationError) as error:
        make_page(title_nl="Projecten", slug="projecten")
    assert "slug_nl" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        make_page(title_nl="X", slug="iets", slug_en="projects")
    assert "slug_en" in error.value.message_dict


def test_sibling_pages_cannot_share_an_address():
    make_page(slug="dubbel")
    with pytest.raises(ValidationError):
        make_page(slug="dubbel")


def test_image_requires_alt_text():
    page = Page(title_nl="Met beeld", slug_nl="met-beeld", image="pages/x.png")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "image_alt_nl" in error.value.message_dict


def test_navigation_shows_published_main_sections_in_order(client):
    make_page(title_nl="Tweede", slug="tweede", show_in_navigation=True, menu_order=20)
    make_page(title_nl="Eerste", slug="eerste", show_in_navigation=True, menu_order=10)
    make_page(
        title_nl="Ontwerp",
        slug="ontwerp",
        show_in_navigation=True,
        status=Page.Status.DRAFT,
    )
    page = soup(client.get("/nl/"))
    items = [a.get_text(strip=True) for a in page.select("nav.menu > ul a")]
    assert items == ["Eerste", "Tweede"]
    cards = [h.get_text(strip=True) for h in page.select(".section-cards h3")]
    assert cards == ["Eerste", "Tweede"]


def test_projects_list_newest_first_with_year_filter(client):
    make_project(
        title_nl="Oud",
        slug_nl="oud",
        start_date=datetime.date(2014, 3, 1),
        end_date=datetime.date(2014, 12, 31),
    )
    make_project(
        title_nl="Nieuw", slug_nl="nieuw", start_date=datetime.date(2019, 7, 1)
    )
    page = soup(client.get("/nl/projecten/"))
    titles = [h.get_text(strip=True) for h in page.select(".teaser h3")]
    assert titles == ["Nieuw", "Oud"]
    page = soup(client.get("/nl/projecten/?year=2014"))
    assert [h.get_text(strip=True) for h in page.select(".teaser h3")] == ["Oud"]


@pytest.mark.parametrize(
    "year", ["abc", "-1", "99999999999999999999", "1900", "2014\x00"]
)
def test_bad_year_gives_a_clear_message_not_an_error(client, year):
    make_project(start_date=datetime.date(2014, 3, 1))
    response = client.get("/nl/projecten/", {"year": year})
    assert response.status_code == 200
    assert "Kies een jaar uit de lijst" in response.content.decode()


def test_project_detail_and_draft_project_404(client):
    make_project(slug_nl="zichtbaar-project", external_url="https://example.org/bron")
    make_project(title_nl="Verborgen", slug_nl="verborgen-project", status="draft")
    response = client.get("/nl/projecten/zichtbaar-project/")
    assert response.status_code == 200
    assert soup(response).select_one("a[href='https://example.org/bron']")
    assert client.get("/nl/projecten/verborgen-project/").status_code == 404


def test_preview_is_for_staff_only_never_cached_and_noindex(client, admin_client):
    page = make_page(slug="ontwerp", status=Page.Status.DRAFT)
    url = f"/nl/voorbeeld/pagina/{page.pk}/"
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert "/beheer/login/" in anonymous["Location"]
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")
    assert (
        soup(response).select_one("meta[name=robots]")["content"].startswith("noindex")
    )
