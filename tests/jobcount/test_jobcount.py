import csv
import io
import json

import pytest
from django.contrib.auth.models import Permission, User
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


FIGURES = "/beheer/jobcount/figure/"


def upload(client, edition, text):
    """The first step: the file is checked and previewed, nothing changes."""
    data = text.encode() if isinstance(text, str) else text
    return client.post(
        FIGURES + "import/",
        {
            "edition": edition.pk,
            "import_file": SimpleUploadedFile("cijfers.csv", data, "text/csv"),
            "format": "0",
            "resource": "0",
        },
    )


def confirm(client, preview):
    """The second step: the analyst confirms what the preview showed."""
    form = preview.context.get("confirm_form")
    assert form is not None, preview.content.decode()
    return client.post(
        FIGURES + "process_import/", {name: form[name].value() for name in form.fields}
    )


def import_csv(client, edition, text):
    return confirm(client, upload(client, edition, text))


def test_analyst_imports_a_valid_csv_and_the_page_updates(
    admin_client, client, edition
):
    make_company("ryhove", name="Ryhove")
    response = import_csv(admin_client, edition, GOOD)
    assert response.status_code == 302
    assert response["Location"] == f"/beheer/jobcount/edition/{edition.pk}/change/"
    assert edition.figures.count() == 3
    assert edition.figures.get(work_form="maatwerk").company.slug == "ryhove"
    assert edition.totals()["people"] == 555
    page = soup(client.get("/nl/banenmeting/"))
    assert "555" in page.select_one(".key-figure__value").get_text()
    assert "Ryhove vzw" in page.select_one("#organisation-table").get_text()
    history = soup(admin_client.get(f"/beheer/jobcount/edition/{edition.pk}/history/"))
    assert "Cijfers vervangen door een CSV-import (3)" in history.get_text()


def test_bad_rows_import_nothing_and_each_line_is_named(admin_client, edition):
    text = HEADER + (
        "Goed,,maatwerk,10,5,\n"
        "Fout getal,,maatwerk,tien,5,\n"
        "Onbekend,,fietsen,10,5,\n"
        "Goed,,maatwerk,12,6,\n"
        "Te veel,,lde,5,6,\n"
        "Negatief,,lde,5,5,-1\n"
        'Kommagetal,,lde,5,5,"1,25"\n'
        "Niet in de gids,bestaat-niet,lde,5,5,\n"
    )
    response = upload(admin_client, edition, text)
    errors = [li.get_text() for li in soup(response).select(".errornote li")]
    assert response.status_code == 200
    assert "Regel 3, people: “tien” is geen geheel getal." in errors
    assert any(e.startswith("Regel 4, work_form: onbekende werkvorm") for e in errors)
    assert any(e.startswith("Regel 5: Goed komt twee keer voor") for e in errors)
    assert "Regel 6, target_group: meer doelgroepmedewerkers dan mensen." in errors
    assert "Regel 7, fte: kan niet negatief zijn." in errors
    assert any(e.startswith("Regel 8, fte:") for e in errors)  # two decimals
    assert any(e.startswith("Regel 9, company_slug: geen bedrijf") for e in errors)
    assert len(errors) == 7, errors
    assert Figure.objects.count() == 0


def test_reimport_replaces_only_after_confirmation(admin_client, edition):
    import_csv(admin_client, edition, GOOD.replace("ryhove,", ","))
    assert edition.figures.count() == 3
    new = HEADER + "Nieuw,,lde,7,7,\n"
    preview = upload(admin_client, edition, new)
    assert "vervangt de 3 bestaande cijfers van 2025" in preview.content.decode()
    assert edition.figures.count() == 3
    response = confirm(admin_client, preview)
    assert response.status_code == 302
    assert list(edition.figures.values_list("organisation", flat=True)) == ["Nieuw"]


def test_figures_of_other_editions_are_left_alone(admin_client, edition):
    other = Edition.objects.create(year=2024, status="published")
    import_csv(admin_client, other, HEADER + "Ander jaar,,lde,7,7,\n")
    import_csv(admin_client, edition, GOOD.replace("ryhove,", ","))
    assert other.figures.count() == 1
    assert edition.figures.count() == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00garbage", "geen UTF-8"),
        (HEADER.encode(), "geen cijfers"),
        (b"organisation,people\nx,1\n", "Ontbrekende kolommen: work_form"),
        (HEADER.encode() + b"A,,lde,1,1,,,\n", "Regel 2: meer waarden"),
    ],
    ids=["not utf-8", "header only", "missing columns", "too many values"],
)
def test_broken_files_give_a_message_not_an_error(admin_client, edition, data, message):
    response = upload(admin_client, edition, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Figure.objects.count() == 0


def test_template_is_downloadable_and_its_example_line_is_refused(
    admin_client, edition
):
    response = admin_client.get(FIGURES + "csv-template/")
    text = response.content.decode()
    assert text.startswith("organisation,company_slug,work_form")
    assert "VOORBEELD" in text.splitlines()[1]
    preview = upload(admin_client, edition, text)
    errors = [li.get_text() for li in soup(preview).select(".errornote li")]
    assert errors == [
        "Regel 2: dit is de voorbeeldregel uit het sjabloon: vervang of wis ze."
    ]


def test_export_of_an_edition_round_trips_through_import(admin_client, edition):
    make_company("ryhove", name="Ryhove")
    import_csv(admin_client, edition, GOOD.replace("Open Plaats", "=Open Plaats"))
    response = admin_client.get(FIGURES + "export/", {"edition__id__exact": edition.pk})
    assert response["Content-Disposition"] == (
        'attachment; filename="banenmeting-2025.csv"'
    )
    text = response.content.decode()
    assert text.splitlines()[0] == HEADER.strip()
    assert "'=Open Plaats" in text  # no formula for a spreadsheet
    assert "Ryhove vzw,ryhove,maatwerk,400,350,380.5" in text
    other = Edition.objects.create(year=2026, status="published")
    import_csv(admin_client, other, text)
    assert sorted(other.figures.values_list("organisation", "fte"), key=str) == sorted(
        edition.figures.values_list("organisation", "fte"), key=str
    )


def test_editors_import_and_export_figures(editor_client, edition):
    change = soup(editor_client.get(f"/beheer/jobcount/edition/{edition.pk}/change/"))
    assert change.select_one(f"a[href='{FIGURES}import/?edition={edition.pk}']")
    assert change.select_one(f"a[href='{FIGURES}csv-template/']")
    form = soup(editor_client.get(f"{FIGURES}import/?edition={edition.pk}"))
    assert form.select_one("#id_edition option[selected]")["value"] == str(edition.pk)
    assert (
        import_csv(editor_client, edition, HEADER + "A,,lde,1,1,\n").status_code == 302
    )
    exported = editor_client.get(
        FIGURES + "export/", {"edition__id__exact": edition.pk}
    )
    assert "A,,lde,1,1," in exported.content.decode()


def test_who_may_only_look_cannot_import_figures(client, edition):
    user = User.objects.create_user(
        "kijker", password="een-lang-wachtwoord-voor-tests", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="view_figure"))
    client.force_login(user)
    assert client.get(FIGURES + "export/").status_code == 200
    assert client.get(FIGURES + "import/").status_code == 403
    assert client.post(FIGURES + "process_import/", {}).status_code == 403


def test_import_page_is_dutch_with_a_label_for_every_control(admin_client, edition):
    for response in (
        admin_client.get(FIGURES + "import/"),
        upload(admin_client, edition, GOOD.replace("ryhove,", ",")),
    ):
        page = soup(response)
        assert page.select_one("h1").get_text() == "Cijfers importeren uit CSV"
        controls = page.select(
            "main input:not([type=hidden]):not([type=submit]), main select"
        )
        for control in controls:
            assert page.select_one(f"label[for='{control['id']}']"), control
    labels = soup(admin_client.get(FIGURES + "import/")).select("main label")
    assert [label.get_text() for label in labels] == [
        "Editie van de banenmeting:",
        "CSV-bestand:",
    ]


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
    assert "licence" not in data  # none is sourced yet: none is claimed
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


def test_open_data_page_documents_fields_and_claims_no_licence(client):
    call_command("load_demo_content", verbosity=0)
    for url in ("/nl/open-data/", "/en/open-data/", "/fr/donnees-ouvertes/"):
        page = soup(client.get(url))
        assert "Modellicentie" not in page.get_text()
        assert page.select_one("a[href='/open-data/job-count.csv']")
        assert page.select_one("dl.fields code")
