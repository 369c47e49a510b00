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


def test_results_come_ten_a_page_with_the_total_and_numbered_on(client):
    for number in range(13):
        make_company(
            f"fietsen-{number:02}",
            name=f"Fietsen {number:02}",
            short_description_nl="Wij herstellen fietsen.",
        )
    first = soup(client.get("/nl/zoeken/", {"q": "fietsen"}))
    assert "13 resultaten" in first.select_one("#results").get_text()
    assert len(first.select(".search-results > li")) == 10
    next_link = first.select_one(".pager li.next a")["href"]
    assert "q=fietsen" in next_link and "page=2" in next_link
    second = soup(client.get("/nl/zoeken/" + next_link))
    assert len(second.select(".search-results > li")) == 3
    assert second.select_one(".search-results")["start"] == "11"
    shown = {a.get_text() for page in (first, second) for a in page.select("h3 a")}
    assert len(shown) == 13  # every match once, none lost between the pages
    past_the_end = client.get("/nl/zoeken/", {"q": "fietsen", "page": "99"})
    assert len(soup(past_the_end).select(".search-results > li")) == 3


def test_only_what_visitors_may_see_is_found(client):
    import datetime

    from django.utils import timezone

    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    draft = make_page(title_nl="Concept", slug="concept", status="draft")
    make_page(title_nl="Fietsen onder concept", slug="onder", parent=draft)
    make_page(title_nl="Fietsen straks", slug="straks", publish_from=now + hour)
    make_page(title_nl="Fietsen voorbij", slug="voorbij", publish_until=now - hour)
    make_page(title_nl="Fietsen nu", slug="nu", publish_from=now - hour)
    make_company("verborgen", name="Fietsen verborgen", published=False)
    assert titles(client.get("/nl/zoeken/", {"q": "fietsen"})) == ["Fietsen nu"]
