"""What a buyer needs to know per supplier: shown only with the source and date an
editor entered, CPV codes checked by their form and check digit, a catalogue filter
for reserved public contracts, and all of it in the open data."""

import datetime
import json

import pytest
from django.core.exceptions import ValidationError

from companies.models import validate_cpv_codes
from tests.factories import make_company, make_offering
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("codes", ["45000000-7", "30192000-1, 90910000-9", ""])
def test_real_cpv_codes_pass(codes):
    validate_cpv_codes(codes)


@pytest.mark.parametrize(
    ("codes", "problem"),
    [
        ("45000000-8", "cpv_check_digit"),
        ("4500000-7", "cpv_format"),
        ("45000000", "cpv_format"),
        ("45000000-7, abc", "cpv_format"),
    ],
)
def test_wrong_cpv_codes_are_refused_with_a_reason(codes, problem):
    with pytest.raises(ValidationError) as error:
        validate_cpv_codes(codes)
    assert error.value.code == problem


def test_a_fact_without_its_source_and_date_is_refused_and_not_shown(client):
    company = make_company("koks", name="Koks")
    company.reserved_contracts = True
    with pytest.raises(ValidationError) as error:
        company.full_clean()
    assert {"reserved_contracts_source", "reserved_contracts_date"} <= set(
        error.value.message_dict
    )
    company.organisation_type = "custom_work"  # a type without a source
    company.reserved_contracts = None
    company.save()
    page = soup(client.get("/nl/bedrijven/koks/"))
    assert page.select_one("dl.buyer-facts") is None


def test_facts_with_their_source_are_shown_filtered_and_exported(client):
    catering = make_offering("catering", category_slug="eten", cpv_codes="55520000-1")
    company = make_company(
        "koks",
        name="Koks",
        organisation_type="custom_work",
        organisation_type_source="https://www.example.gent/erkenning",
        organisation_type_date=datetime.date(2026, 10, 1),
        reserved_contracts=True,
        reserved_contracts_source="Erkenningsbesluit 2025",
        reserved_contracts_date=datetime.date(2026, 10, 1),
        delivery_area="Gent",
        delivery_area_source="https://www.example.gent/levering",
        delivery_area_date=datetime.date(2026, 10, 2),
    )
    company.offerings.add(catering)
    other = make_company("ander", name="Ander")
    other.offerings.add(catering)
    facts = soup(client.get("/nl/bedrijven/koks/")).select_one("dl.buyer-facts")
    text = facts.get_text(" ", strip=True)
    assert "1 oktober 2026" in text and "Gent" in text
    assert facts.select_one("a[href='https://www.example.gent/erkenning']")
    assert "55520000-1" in client.get("/nl/bedrijven/koks/").content.decode()
    catalogue = soup(client.get("/nl/koop-sociaal/", {"reserved": "1"}))
    names = [a.get_text() for a in catalogue.select(".catalogue-companies a")]
    assert names == ["Koks"]
    data = json.loads(client.get("/open-data/companies.json").content)
    koks = next(c for c in data["companies"] if c["slug"] == "koks")
    assert koks["for_buyers"]["reserved_contracts"]["value"] is True
    assert koks["offerings"][0]["cpv_codes"] == ["55520000-1"]
    csv = client.get("/open-data/companies.csv").content.decode()
    assert "reserved_contracts_source" in csv.splitlines()[0]


def test_open_data_cells_cannot_run_as_spreadsheet_formulas(client):
    make_company("formule", name='=HYPERLINK("http://x")', phone="+32 9 123 45 67")
    csv = client.get("/open-data/companies.csv").content.decode()
    assert "'=HYPERLINK" in csv  # neutralised with a leading quote (OWASP)
    assert ",+32 9 123 45 67," in csv  # a phone number stays readable
