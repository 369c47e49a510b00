"""The site search, through its page and through search.engine.site_search: the same
tests, and the same results, on SQLite (FTS5) and on PostgreSQL (search vectors)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from companies.models import Company
from search.engine import site_search
from tests.factories import make_company, make_page, make_project
from tests.html import soup

pytestmark = pytest.mark.django_db


def titles(response):
    return [
        a.get_text(strip=True) for a in soup(response).select(".search-results h3 a")
    ]


def found(query, language="nl"):
    _page, hits = site_search(query, 1, language)
    return [hit.title for hit in hits]


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
        short_description_fr="Rénovation de maisons anciennes.",
    )
    make_company(
        "velowerf",
        name="Velowerf",
        short_description_nl="Tweedehands fietsen voor iedereen.",
    )
    make_page(
        title_nl="Over de jobs",
        slug="jobs",
        summary_nl="Werken in de sociale economie.",
    )


# -- words -----------------------------------------------------------------------


def test_a_plural_finds_the_singular_and_the_other_way_round(client, content):
    for query in ("fietsen", "fiets"):
        shown = titles(client.get("/nl/zoeken/", {"q": query}))
        assert sorted(shown) == ["Fietsatelier", "Velowerf"], query


@pytest.mark.parametrize("query", ["renovatie", "rénovatie", "RENOVATIE", "Renovatie"])
def test_search_ignores_accents_and_case(client, content, query):
    assert titles(client.get("/nl/zoeken/", {"q": query})) == ["Bouwers"]


def test_english_query_on_the_english_site(client, content):
    assert titles(client.get("/en/search/", {"q": "houses"})) == ["Bouwers"]
    assert titles(client.get("/en/search/", {"q": "house"})) == ["Bouwers"]
    # The English site searches the English text, not the Dutch one it replaces.
    assert titles(client.get("/en/search/", {"q": "huizen"})) == []


def test_french_query_on_the_french_site(client, content):
    assert titles(client.get("/fr/recherche/", {"q": "maison"})) == ["Bouwers"]
    assert titles(client.get("/fr/recherche/", {"q": "renovations"})) == ["Bouwers"]


def test_text_without_a_translation_is_found_in_dutch(client, content):
    assert "Fietsatelier" in titles(client.get("/en/search/", {"q": "fiets"}))


def test_every_word_must_match_and_stop_words_are_left_out(content):
    assert found("oude huizen") == ["Bouwers"]
    assert found("oude fietsen") == []
    assert found("de renovatie van huizen") == ["Bouwers"]
    assert found("de van het") == []  # only stop words: nothing to look for


def test_the_hit_is_shown_in_the_search_language(client):
    make_page(
        title_nl="Fietsherstel",
        title_en="Bike repairs",
        slug="fietsherstel",
        slug_en="bike-repairs",
        summary_nl="Herstel.",
        summary_en="Repairs of bikes.",
    )
    page, hits = site_search("bikes", 1, "en")
    assert [(hit.title, hit.url) for hit in hits] == [
        ("Bike repairs", "/en/bike-repairs/")
    ]
    assert page.paginator.count == 1


def test_projects_pages_and_companies_are_all_found(client):
    make_project(title_nl="Fietsproject", summary_nl="Een project rond fietsen.")
    make_page(title_nl="Pagina", slug="pagina", summary_nl="Over fietsen.")
    make_company("winkel", name="Winkel", short_description_nl="Wij verkopen fietsen.")
    kinds = [
        p.get_text(strip=True)
        for p in soup(client.get("/nl/zoeken/", {"q": "fietsen"})).select(
            ".search-result__kind"
        )
    ]
    assert sorted(kinds) == ["Bedrijf", "Pagina", "Project"]


# -- ranking and snippets --------------------------------------------------------


def test_a_title_match_ranks_first(client):
    make_company(
        "herstelplaats",
        name="Herstelplaats",
        short_description_nl="Wij herstellen fietsen en nog veel meer.",
        long_description_nl="<p>Fietsen, fietsen en nog eens fietsen.</p>",
    )
    make_page(title_nl="Fietsen", slug="fietsen", summary_nl="Een overzicht.")
    make_company("bakker", name="Bakker", short_description_nl="Brood en fietsen.")
    shown = titles(client.get("/nl/zoeken/", {"q": "fietsen"}))
    assert shown[0] == "Fietsen" and sorted(shown) == [
        "Bakker",
        "Fietsen",
        "Herstelplaats",
    ]
    _page, hits = site_search("fietsen", 1, "nl")
    assert [hit.rank for hit in hits] == sorted(
        (hit.rank for hit in hits), reverse=True
    )


def test_results_carry_a_highlighted_snippet(client, content):
    response = client.get("/nl/zoeken/", {"q": "fiets"})
    marks = soup(response).select(".search-result__snippet mark")
    assert marks and all(m.get_text().lower().startswith("fiets") for m in marks)
    _page, hits = site_search("herstellen", 1, "nl")
    assert "<mark>herstellen</mark>" in hits[0].snippet


def test_snippet_escapes_editor_text(client):
    make_company(
        "x",
        name="Xbedrijf",
        short_description_nl="<script>alert(1)</script> fiets",
        long_description_nl="<p>Fietsen &amp; <strong>meer</strong> &lt;b&gt;</p>",
    )
    html = client.get("/nl/zoeken/", {"q": "fiets"}).content.decode()
    assert "<script>alert(1)" not in html
    _page, hits = site_search("fiets", 1, "nl")
    snippet = hits[0].snippet
    assert {tag.name for tag in BeautifulSoup(snippet, "html.parser").find_all()} == {
        "mark"
    }
    assert "&amp; meer" in snippet  # the body's text, not its tags or entities
    assert "&amp;amp;" not in snippet and "&amp;lt;" not in snippet


# -- what visitors may see -------------------------------------------------------


def test_only_what_visitors_may_see_is_found(client):
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    draft = make_page(title_nl="Concept", slug="concept", status="draft")
    make_page(title_nl="Fietsen onder concept", slug="onder", parent=draft)
    make_page(title_nl="Fietsen straks", slug="straks", publish_from=now + hour)
    make_page(title_nl="Fietsen voorbij", slug="voorbij", publish_until=now - hour)
    make_page(title_nl="Fietsen concept", slug="fconcept", status="draft")
    make_page(title_nl="Fietsen nu", slug="nu", publish_from=now - hour)
    make_project(title_nl="Fietsen project", status="draft")
    make_company("verborgen", name="Fietsen verborgen", published=False)
    assert titles(client.get("/nl/zoeken/", {"q": "fietsen"})) == ["Fietsen nu"]


def test_a_page_disappears_with_its_parent_and_comes_back(client):
    parent = make_page(title_nl="Ouder", slug="ouder")
    make_page(title_nl="Fietsen hieronder", slug="hieronder", parent=parent)
    assert found("fietsen") == ["Fietsen hieronder"]
    parent.status = "draft"
    parent.save()
    assert found("fietsen") == []
    parent.status = "published"
    parent.publish_until = timezone.now() - datetime.timedelta(minutes=1)
    parent.save()
    assert found("fietsen") == []
    parent.publish_until = None
    parent.save()
    assert found("fietsen") == ["Fietsen hieronder"]


# -- keeping up with the content -------------------------------------------------


def test_a_saved_change_is_found_at_once(client, content):
    company = Company.objects.get(slug="fietsatelier")
    company.short_description_nl = "Wij bakken taarten."
    company.save()
    assert found("taart") == ["Fietsatelier"]
    assert found("taarten", "en") == ["Fietsatelier"]  # no English: the Dutch text
    assert found("fiets") == ["Velowerf"]
    company.name = "Taartenatelier"
    company.save()
    assert found("taartenatelier") == ["Taartenatelier"]
    company.delete()
    assert found("taart") == []


def test_reindex_picks_up_writes_that_send_no_signal(client):
    Company.objects.bulk_create(
        [
            Company(
                slug="stil",
                name="Stil bedrijf",
                short_description_nl="Wij maken meubels.",
                published=True,
            )
        ]
    )
    call_command("search_reindex", verbosity=0)
    assert found("meubels") == ["Stil bedrijf"]


# -- queries and pages of results ------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "!!!", "?!.,;:-–…", "*", '"', "'"])
def test_a_query_without_words_finds_nothing_without_error(client, content, query):
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200
    assert titles(response) == []
    assert site_search(query, 1, "nl") == (None, [])


@pytest.mark.parametrize(
    "query", ['fiets"', "fiets*", "(fiets", "fiets & | !", "fiets:", "-fiets", "^fiets"]
)
def test_query_syntax_is_plain_text(client, content, query):
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Fietsatelier", "Velowerf"]


@pytest.mark.parametrize("query", ["fiets OR", "NOT fiets", "fiets AND NEAR"])
def test_query_operators_are_words(client, content, query):
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200
    assert titles(response) == []  # no text has the word "or", "not" or "near"


def test_long_queries_are_cut_not_refused(client, content):
    response = client.get("/nl/zoeken/", {"q": "fiets " + "x" * 500})
    assert response.status_code == 200
    assert "eerste 200 tekens" in response.content.decode()


def test_empty_and_no_result_states_help_on(client, content):
    empty = soup(client.get("/nl/zoeken/"))
    assert empty.select_one("#search-q") is not None
    assert empty.select_one("#results") is None
    none = soup(client.get("/nl/zoeken/", {"q": "zzzzqqq"}))
    assert "0 resultaten" in none.select_one("#results").get_text()
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
    assert not first.select_one(".search-results").has_attr("start")
    next_link = first.select_one(".pager li.next a")["href"]
    assert "q=fietsen" in next_link and "page=2" in next_link
    second = soup(client.get("/nl/zoeken/" + next_link))
    assert len(second.select(".search-results > li")) == 3
    assert second.select_one(".search-results")["start"] == "11"
    shown = {a.get_text() for page in (first, second) for a in page.select("h3 a")}
    assert len(shown) == 13  # every match once, none lost between the pages
    past_the_end = client.get("/nl/zoeken/", {"q": "fietsen", "page": "99"})
    assert len(soup(past_the_end).select(".search-results > li")) == 3
    for odd in ("0", "-1", "x", ""):
        odd_page = client.get("/nl/zoeken/", {"q": "fietsen", "page": odd})
        assert len(soup(odd_page).select(".search-results > li")) == 10


def test_site_search_gives_a_paginator_page_and_hits(content):
    page, hits = site_search("fietsen", 1, "nl")
    assert page.paginator.count == 2 and page.number == 1
    assert page.paginator.num_pages == 1 and not page.has_next()
    assert {hit.kind for hit in hits} == {"Bedrijf"}
    assert {hit.url for hit in hits} == {
        "/nl/bedrijven/fietsatelier/",
        "/nl/bedrijven/velowerf/",
    }
    assert all(hit.rank > 0 for hit in hits)
