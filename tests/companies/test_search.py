import pytest

from tests.factories import make_company, make_page
from tests.html import soup

pytestmark = pytest.mark.django_db


def titles(response):
    return [
        a.get_text(strip=True) for a in soup(response).select(".search-results h3 a")
    ]


@pytest.fixture
def content():
    make_company(
        "fietsatelier",
        name="Fietsatelier",
        short_description_nl="Wij herstellen je fiets.",
    )
    make_company(
        "bouwers",
        name="Bouwers",
        short_description_nl="Rénovatie van oude huizen.",
        short_description_en="Renovation of old houses.",
    )
    make_page(
        title_nl="Over de jobs",
        slug="jobs",
        summary_nl="Werken in de sociale economie.",
    )


def test_search_finds_fietsen_for_fiets(client, content):
    assert titles(client.get("/nl/zoeken/", {"q": "fietsen"})) == ["Fietsatelier"]


@pytest.mark.parametrize("query", ["renovatie", "rénovatie", "RENOVATIE"])
def test_search_ignores_accents_and_case(client, content, query):
    assert titles(client.get("/nl/zoeken/", {"q": query})) == ["Bouwers"]


def test_english_query_on_the_english_site(client, content):
    assert titles(client.get("/en/search/", {"q": "houses"})) == ["Bouwers"]


def test_results_carry_a_highlighted_snippet_and_title_ranks_first(client, content):
    make_company("jobhuis", name="Jobhuis", short_description_nl="Over jobs.")
    response = client.get("/nl/zoeken/", {"q": "fiets"})
    mark = soup(response).select_one(".search-result__snippet mark")
    assert mark is not None and mark.get_text().lower().startswith("fiets")


def test_snippet_escapes_editor_text(client):
    make_company(
        "x", name="Xbedrijf", short_description_nl="<script>alert(1)</script> fiets"
    )
    html = client.get("/nl/zoeken/", {"q": "fiets"}).content.decode()
    assert "<script>alert(1)" not in html


def test_long_queries_are_cut_not_refused(client, content):
    response = client.get("/nl/zoeken/", {"q": "fiets " + "x" * 500})
    assert response.status_code == 200
    assert "eerste 200 tekens" in response.content.decode()


def test_empty_and_no_result_states_help_on(client, content):
    empty = soup(client.get("/nl/zoeken/"))
    assert empty.select_one("#search-q") is not None
    none = soup(client.get("/nl/zoeken/", {"q": "zzzzqqq"}))
    assert "We vonden niets" in none.get_text()
    assert none.select_one(".empty-state a[href='/nl/bedrijven/']")


def test_header_has_a_search_field_on_every_page(client, content):
    page = soup(client.get("/nl/jobs/"))
    form = page.select_one("header form.search")
    assert form["action"] == "/nl/zoeken/"
    assert page.select_one("label[for=header-search]")
