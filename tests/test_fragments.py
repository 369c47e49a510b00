"""Fragments that many addresses share (a company's card, the header, the footer) are
rendered once per language while the content stays the same, and never outlive a
change (gentse_se.templatetags.site_tags, gentse_se.memo)."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gentse_se import memo
from gentse_se.templatetags.site_tags import fragment_key
from tests.factories import make_company, make_page, make_sector
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rendering(settings):
    settings.PAGE_CACHE = False  # the fragments work without the page cache
    memo._memory.clear()


def card_names(response):
    return [h.get_text(strip=True) for h in soup(response).select(".company-list h3")]


def test_a_card_follows_an_edit_of_its_company_and_of_its_sector():
    from django.test import Client

    client = Client()
    sector = make_sector("groen", name_nl="Groen")
    company = make_company("tuiniers", name="Tuiniers", sectors=[sector])
    assert card_names(client.get("/nl/bedrijven/")) == ["Tuiniers"]
    company.name = "De Tuiniers"
    company.save()
    assert card_names(client.get("/nl/bedrijven/")) == ["De Tuiniers"]
    sector.name_nl = "Groenonderhoud"
    sector.save()
    tags = soup(client.get("/nl/bedrijven/")).select(".company-list .tag")
    assert [tag.get_text() for tag in tags] == ["Groenonderhoud"]


def test_cards_made_once_are_not_read_again(client):
    for number in range(3):
        make_company(f"bedrijf-{number}")
    client.get("/nl/bedrijven/")
    with CaptureQueriesContext(connection) as cold:
        memo._memory.clear()
        client.get("/nl/bedrijven/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/nl/bedrijven/")
    cold_sql = [q["sql"] for q in cold.captured_queries]
    warm_sql = [q["sql"] for q in warm.captured_queries]
    assert any("short_description_nl" in sql for sql in cold_sql)
    assert not any("short_description_nl" in sql for sql in warm_sql)
    assert card_names(client.get("/nl/bedrijven/")) == [
        "Bedrijf 0",
        "Bedrijf 1",
        "Bedrijf 2",
    ]


def test_the_header_marks_the_section_of_each_address(client):
    make_page(title_nl="Mensen", slug="mensen", show_in_navigation=True)
    make_page(title_nl="Jobs", slug="jobs", show_in_navigation=True)
    for path, active in (("/nl/mensen/", "Mensen"), ("/nl/jobs/", "Jobs")):
        page = soup(client.get(path))
        current = page.select("header nav.menu > ul a[aria-current=page]")
        assert [a.get_text() for a in current] == [active]


def test_the_header_and_footer_follow_the_language(client):
    make_page(title_nl="Privacy", slug="privacy", key="privacy")
    dutch = soup(client.get("/nl/privacy/"))
    english = soup(client.get("/en/privacy/"))
    label = "header form label"
    assert dutch.select_one(label).get_text() != english.select_one(label).get_text()
    assert (
        dutch.select_one("#footer-title").get_text()
        != english.select_one("#footer-title").get_text()
    )


def test_fragment_keys():
    company = make_company("x")
    assert fragment_key(company) == ("companies.Company", company.pk)
    assert fragment_key({"b": [1, "t"], "a": Decimal("1.5")}) == (
        ("a", Decimal("1.5")),
        ("b", (1, "t")),
    )
    assert fragment_key(datetime.date(2026, 1, 1)) == datetime.date(2026, 1, 1)
    with pytest.raises(TypeError):
        fragment_key(object())


def test_the_directorys_total_follows_a_new_company(client):
    make_company("een")
    assert "1 bedrijf" in soup(client.get("/nl/bedrijven/")).select_one("#results").text
    make_company("twee")
    page = soup(client.get("/nl/bedrijven/", {"page": "1"}))
    assert "2 bedrijven" in page.select_one("#results").get_text()
    assert card_names(client.get("/nl/bedrijven/")) == ["Een", "Twee"]
