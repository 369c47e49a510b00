import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from jobcount.models import Edition, Figure
from tests.factories import make_company
from tests.html import soup

pytestmark = pytest.mark.django_db

HEADER = "organisation,company_slug,work_form,people,target_group,fte\n"
GOOD = HEADER + (
    "Ryhove vzw,ryhove,maatwerk,400,350,380.5\n"
    "Open Plaats,,twe,125,125,\n"
    "Open Plaats,,arbeidszorg,30,30,12.0\n"
)


@pytest.fixture
def edition():
    return Edition.objects.create(year=2025, status="published")


def import_csv(admin_client, edition, text, **extra):
    return admin_client.post(
        f"/beheer/jobcount/edition/{edition.pk}/import-csv/",
        {"file": SimpleUploadedFile("cijfers.csv", text.encode(), "text/csv"), **extra},
    )


def test_analyst_imports_a_valid_csv_and_the_page_updates(
    admin_client, client, edition
):
    make_company("ryhove", name="Ryhove")
    response = import_csv(admin_client, edition, GOOD)
    assert response.status_code == 302
    assert edition.figures.count() == 3
    assert edition.totals()["people"] == 555
    page = soup(client.get("/nl/banenmeting/"))
    assert "555" in page.select_one(".key-figure__value").get_text()
    assert "Ryhove vzw" in page.select_one("#organisation-table").get_text()


def test_bad_rows_import_nothing_and_each_line_is_named(admin_client, edition):
    text = HEADER + (
        "Goed,,maatwerk,10,5,\n"
        "Fout getal,,maatwerk,tien,5,\n"
        "Onbekend,,fietsen,10,5,\n"
        "Goed,,maatwerk,12,6,\n"
    )
    response = import_csv(admin_client, edition, text)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Regel 3, people" in html
    assert "Regel 4, work_form" in html
    assert "Regel 5: Goed komt twee keer voor" in html
    assert Figure.objects.count() == 0


def test_reimport_replaces_only_after_confirmation(admin_client, edition):
    import_csv(admin_client, edition, GOOD.replace("ryhove,", ","))
    assert edition.figures.count() == 3
    new = HEADER + "Nieuw,,lde,7,7,\n"
    response = import_csv(admin_client, edition, new)
    assert "vervangt" in response.content.decode()
    assert edition.figures.count() == 3
    response = import_csv(admin_client, edition, new, confirm_replace="1")
    assert response.status_code == 302
    assert list(edition.figures.values_list("organisation", flat=True)) == ["Nieuw"]


def test_template_is_downloadable(admin_client):
    response = admin_client.get("/beheer/jobcount/edition/csv-template/")
    assert response.content.decode().startswith("organisation,company_slug,work_form")


def _chart_numbers(section):
    return sorted(int(t["data-value"]) for t in section.select("svg text[data-value]"))


def _table_numbers(section):
    return sorted(
        int(td["data-value"])
        for td in section.select("table td[data-value]")
        if td["data-value"]
    )


def test_charts_and_tables_show_the_same_numbers(client):
    call_command("load_demo_content", "--examples", verbosity=0)
    page = soup(client.get("/en/job-count/"))
    sections = page.select("main section[aria-labelledby]")
    charted = [s for s in sections if s.select_one("svg")]
    assert len(charted) == 3
    for section in charted:
        assert _chart_numbers(section) == _table_numbers(section)
        assert section.select_one("svg title") and section.select_one("svg desc")


def test_published_2019_figures_with_their_wording_and_source(client):
    call_command("load_demo_content", verbosity=0)
    page = soup(client.get("/nl/banenmeting/"))
    text = page.select_one(".key-figure").get_text(" ", strip=True)
    assert "meer dan 2.000" in text and "bijna 1.800" in text
    assert page.select_one("a[href*='wie-werkt-er-de-sociale-economie-gent']")
    assert "voorbeeldcijfers" not in page.get_text().lower()
    home = soup(client.get("/nl/"))
    assert "meer dan 2.000" in home.select_one(".job-count-figure").get_text()
    jobs = soup(client.get("/nl/jobs/"))
    assert "meer dan 2.000" in jobs.select_one(".job-count-figure").get_text()


def test_example_figures_are_labelled_on_page_and_downloads(client):
    call_command("load_demo_content", "--examples", verbosity=0)
    assert "voorbeeldcijfers" in client.get("/nl/banenmeting/").content.decode()
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/open-data/job-count.csv").content.decode())
        )
    )
    assert {row["example_figures"] for row in rows if row["year"] != "2019"} == {"1"}
    data = json.loads(client.get("/open-data/job-count.json").content)
    assert [e["example_figures"] for e in data["editions"]] == [False, True, True]


def test_downloads_round_trip_to_the_database(client):
    call_command("load_demo_content", "--examples", verbosity=0)
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/open-data/job-count.csv").content.decode())
        )
    )
    from_csv = sorted(
        (
            int(r["year"]),
            r["organisation"],
            r["work_form"],
            int(r["people"]),
            int(r["target_group"]),
        )
        for r in rows
        if r["row_type"] == "figure"
    )
    from_db = sorted(
        (f.edition.year, f.organisation, f.work_form, f.people, f.target_group)
        for f in Figure.objects.select_related("edition")
    )
    assert from_csv == from_db
    total = [r for r in rows if r["row_type"] == "published_total"][0]
    assert (total["people"], total["people_qualifier"]) == ("2000", "more_than")
    data = json.loads(client.get("/open-data/job-count.json").content)
    from_json = sorted(
        (e["year"], f["organisation"], f["work_form"], f["people"], f["target_group"])
        for e in data["editions"]
        for f in e["figures"]
    )
    assert from_json == from_db
    assert data["licence"].startswith("Modellicentie Gratis Hergebruik")
    assert data["editions"][0]["method_and_source"]["fr"]


def test_company_downloads_carry_every_language(client):
    call_command("load_demo_content", verbosity=0)
    data = json.loads(client.get("/open-data/companies.json").content)
    ryhove = next(c for c in data["companies"] if c["slug"] == "ryhove")
    assert set(ryhove["short_description"]) == {"nl", "en", "fr"}
    assert ryhove["kbo_number"] == "0407.215.007"
    assert data["last_changed"]
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/open-data/companies.csv").content.decode())
        )
    )
    assert len(rows) == len(data["companies"]) == 16
    assert rows[0].keys() >= {"slug", "name", "short_description_fr", "page_url"}


def test_open_data_page_documents_fields_and_licence(client):
    call_command("load_demo_content", verbosity=0)
    for url in ("/nl/open-data/", "/en/open-data/", "/fr/donnees-ouvertes/"):
        page = soup(client.get(url))
        assert "Modellicentie Gratis Hergebruik" in page.get_text()
        assert page.select_one("a[href='/open-data/job-count.csv']")
        assert page.select_one("dl.fields code")
