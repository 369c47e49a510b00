import json

import pytest

from tests.factories import make_company, make_offering, make_project, make_sector
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    bouw = make_sector("bouw-en-renovatie", name_nl="Bouw en renovatie")
    horeca = make_sector("horeca-en-voeding", name_nl="Horeca en voeding")
    renovatie = make_offering("renovatie", name_nl="Renovatie")
    catering = make_offering("catering", category_slug="eten", name_nl="Catering")
    make_company(
        "bouwers",
        name="Bouwers",
        sectors=[bouw],
        offerings=[renovatie],
        organisation_type="custom_work",
        short_description_nl="Wij doen renovatie van woningen.",
    )
    make_company(
        "koks",
        name="Koks",
        sectors=[horeca],
        offerings=[catering],
        organisation_type="local_services",
        short_description_nl="Catering voor vergaderingen.",
        short_description_en="Catering for meetings.",
    )
    make_company("verborgen", name="Verborgen", published=False, sectors=[bouw])
    return {"bouw": bouw, "horeca": horeca}


def names(response):
    return [h.get_text(strip=True) for h in soup(response).select(".company-list h3")]


def test_directory_lists_published_companies_alphabetically(client, directory):
    response = client.get("/nl/bedrijven/")
    assert response.status_code == 200
    assert names(response) == ["Bouwers", "Koks"]
    assert "2 bedrijven" in soup(response).select_one("#results").get_text()


def test_filters_combine_and_each_can_be_removed(client, directory):
    response = client.get(
        "/nl/bedrijven/",
        {"sector": ["bouw-en-renovatie", "horeca-en-voeding"], "type": "custom_work"},
    )
    assert names(response) == ["Bouwers"]
    links = soup(response).select(".active-filters a")
    assert len(links) == 3
    removed = [a for a in links if "Bouw en renovatie" in a.get_text()][0]["href"]
    assert "bouw-en-renovatie" not in removed and "horeca-en-voeding" in removed
    assert "type=custom_work" in removed


def test_offering_filter_and_text_search(client, directory):
    assert names(client.get("/nl/bedrijven/", {"offering": "catering"})) == ["Koks"]
    assert names(client.get("/nl/bedrijven/", {"q": "renovatie"})) == ["Bouwers"]
    # English text on the English site, Dutch fallback for untranslated companies.
    assert names(client.get("/en/companies/", {"q": "meetings"})) == ["Koks"]
    assert names(client.get("/en/companies/", {"q": "woningen"})) == ["Bouwers"]


def test_empty_state_helps_the_visitor_on(client, directory):
    response = client.get("/nl/bedrijven/", {"q": "bestaat-niet"})
    page = soup(response)
    assert "Geen enkel bedrijf past bij uw keuze" in page.get_text()
    assert page.select_one(".empty-state a[href='/nl/bedrijven/']")


def test_unknown_filters_are_dropped_with_a_message(client, directory):
    response = client.get(
        "/nl/bedrijven/", {"sector": "onbestaand", "type": "<script>"}
    )
    assert response.status_code == 200
    assert "onbekend en werden weggelaten" in response.content.decode()
    assert names(response) == ["Bouwers", "Koks"]


def test_pagination_keeps_the_filters(client, directory):
    for number in range(30):
        make_company(f"bouw-{number:02}", sectors=[directory["bouw"]])
    response = client.get(
        "/nl/bedrijven/", {"sector": "bouw-en-renovatie", "q": "bedrijf"}
    )
    page = soup(response)
    next_link = page.select_one(".pager li.next a")["href"]
    assert "sector=bouw-en-renovatie" in next_link and "q=bedrijf" in next_link
    second = client.get("/nl/bedrijven/" + next_link)
    assert second.status_code == 200
    assert len(names(second)) == 12
    assert client.get("/nl/bedrijven/", {"page": "999"}).status_code == 200
    assert client.get("/nl/bedrijven/", {"page": "-1"}).status_code == 200
    assert client.get("/nl/bedrijven/", {"page": "x"}).status_code == 200


def test_company_page_in_every_language_with_contact_details_and_json_ld(client):
    make_company(
        "ryhove",
        name="Ryhove",
        street="Koningsdal 24",
        postcode="9000",
        municipality="Gent",
        website="https://www.ryhove.be/",
        kbo_number="0407.215.007",
    )
    for url in (
        "/nl/bedrijven/ryhove/",
        "/en/companies/ryhove/",
        "/fr/entreprises/ryhove/",
    ):
        assert client.get(url).status_code == 200
    page = soup(client.get("/nl/bedrijven/ryhove/"))
    contact = page.select_one(".contact-details")
    assert "Koningsdal 24" in contact.get_text()
    assert contact.select_one("a[href='https://www.ryhove.be/']")
    assert "openstreetmap.org" in contact.select_one("a[href*=openstreetmap]")["href"]
    data = json.loads(page.select_one("script[type='application/ld+json']").string)
    assert data["@type"] == "Organization"
    assert data["address"]["postalCode"] == "9000"
    assert data["identifier"]["value"] == "0407.215.007"
    assert data["url"] == "https://www.ryhove.be/"
    assert page.select_one("meta[property='og:title']")["content"] == "Ryhove"
    # No address for quote requests (the demo invents none): no button, but the way
    # to describe a need.
    assert not page.select_one("a[href='/nl/bedrijven/ryhove/offerte/']")
    assert page.select_one("a[href='/nl/koop-sociaal/aanvraag/']")


def test_unknown_facts_are_left_out_never_shown_as_unknown(client):
    make_company("mirto", name="Mirto")
    page = soup(client.get("/nl/bedrijven/mirto/"))
    assert page.select_one(".contact-details") is None
    text = page.get_text().lower()
    assert "onbekend" not in text and "unknown" not in text and "none" not in text


def test_company_lists_its_projects(client):
    company = make_company("labeur", name="Labeur")
    project = make_project(title_nl="Sociaal Gemaakt", slug_nl="sociaal-gemaakt")
    project.companies.add(company)
    page = soup(client.get("/nl/bedrijven/labeur/"))
    assert page.select_one("a[href='/nl/projecten/sociaal-gemaakt/']")


def test_catalogue_groups_offerings_by_category_with_filters(client, directory):
    page = soup(client.get("/nl/koop-sociaal/"))
    headings = [h.get_text(strip=True) for h in page.select(".catalogue-category h2")]
    assert headings == ["Bouw", "Eten"]
    assert page.select_one(".catalogue-companies a[href='/nl/bedrijven/koks/']")
    filtered = soup(client.get("/nl/koop-sociaal/", {"sector": "bouw-en-renovatie"}))
    assert [
        h.get_text(strip=True) for h in filtered.select(".catalogue-category h2")
    ] == ["Bouw"]


def test_jobs_page_lists_companies_with_a_vacancies_page(client, demo_content):
    make_company(
        "met-vacatures", name="Met Vacatures", vacancies_url="https://example.org/jobs"
    )
    page = soup(client.get("/nl/jobs/"))
    links = [a["href"] for a in page.select(".vacancies a")]
    assert "https://example.org/jobs" in links
    assert "https://jobs.gent.be/" in links


def test_draft_company_gives_404(client, directory):
    assert client.get("/nl/bedrijven/verborgen/").status_code == 404


def test_companies_are_in_the_sitemap_with_their_languages(client):
    make_company("koks", short_description_en="Catering.")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/nl/bedrijven/koks/" in sitemap
    assert "http://testserver/en/companies/koks/" in sitemap
    assert "http://testserver/fr/entreprises/koks/" not in sitemap


def test_catalogue_keeps_long_lists_short_and_links_to_the_directory(client):
    offering = make_offering("catering", category_slug="eten", name_nl="Catering")
    for number in range(12):
        make_company(f"kok-{number:02}", offerings=[offering])
    page = soup(client.get("/nl/koop-sociaal/"))
    assert len(page.select(".catalogue-companies li")) == 8
    more = page.select_one("a[href='/nl/bedrijven/?offering=catering']")
    assert "12" in more.get_text()
