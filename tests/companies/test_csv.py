"""The companies' CSV in the admin (django-import-export): a dry run with a preview,
then a confirmation; all or nothing; errors by line in Dutch; a round trip."""

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st

from companies.models import Company
from companies.resources import COLUMNS
from core.opendata import csv_safe, csv_unquote
from tests.factories import make_company, make_sector
from tests.html import soup

pytestmark = pytest.mark.django_db

BASE = "/beheer/companies/company/"
HEADER = "slug,name,short_description_nl,postcode,sectors,published\n"


def upload(client, data):
    """The first step: the file is checked and previewed, nothing is saved."""
    if isinstance(data, str):
        data = data.encode()
    return client.post(
        BASE + "import/",
        {
            "import_file": SimpleUploadedFile("bedrijven.csv", data, "text/csv"),
            "format": "0",
            "resource": "0",
        },
    )


def confirm(client, preview):
    """The second step: the editor confirms what the preview showed."""
    form = preview.context.get("confirm_form")
    assert form is not None, preview.content.decode()
    data = {name: form[name].value() for name in form.fields}
    return client.post(BASE + "process_import/", data)


def import_csv(client, data):
    return confirm(client, upload(client, data))


def export(client, query=""):
    response = client.get(BASE + "export/" + query)
    assert response.status_code == 200
    return response.content.decode("utf-8")


def test_valid_csv_imports_and_updates_after_the_preview(admin_client):
    make_sector("bouw")
    make_company("bestaand", name="Oud")
    text = (
        HEADER
        + "nieuw,Nieuw,Nieuw bedrijf.,9000,bouw,1\nbestaand,Bestaand,Anders.,,,1\n"
    )
    preview = upload(admin_client, text)
    assert preview.status_code == 200
    page = soup(preview)
    assert "Voorvertoning van de import" in page.get_text()
    assert not Company.objects.filter(slug="nieuw").exists()  # not yet
    assert Company.objects.get(slug="bestaand").name == "Oud"
    response = confirm(admin_client, preview)
    assert response.status_code == 302
    assert Company.objects.get(slug="nieuw").sectors.get().slug == "bouw"
    assert Company.objects.get(slug="bestaand").name == "Bestaand"
    message = soup(admin_client.get(response["Location"])).select_one(".messagelist")
    assert "1 nieuw, 1 gewijzigd, 0 ongewijzigd" in message.get_text()
    company = Company.objects.get(slug="bestaand")
    history = soup(admin_client.get(f"{BASE}{company.pk}/history/"))
    assert "Geïmporteerd uit CSV" in history.get_text()


def test_one_bad_row_imports_nothing_and_names_the_line(admin_client):
    text = (
        HEADER
        + "goed,Goed,Een goed bedrijf.,9000,,1\n"
        + "fout,Fout,Postcode fout.,90000,,1\n"
        + "ook-fout,Ook,Onbekende sector.,9000,bestaat-niet,1\n"
        + "\n"  # a blank line does not shift the numbers of those below it
        + "ja-nee,Ja nee,Gepubliceerd?,9000,,misschien\n"
        + "goed,Twee keer,Dezelfde slug.,9000,,1\n"
    )
    response = upload(admin_client, text)
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.context.get("confirm_form")
    errors = [li.get_text() for li in soup(response).select(".errornote li")]
    assert any(e.startswith("Regel 3, postcode:") for e in errors), errors
    assert "Regel 4, sectors: onbekende code(s) bestaat-niet." in errors
    assert any(e.startswith("Regel 6, published: schrijf 1 (ja)") for e in errors)
    assert "Regel 7: de slug goed komt twee keer voor (zie regel 2)." in errors
    assert "Er werd niets geïmporteerd" in html
    assert not Company.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00garbage", "geen UTF-8"),
        (b"", "Het verstuurde bestand is leeg"),
        (b"slug\n" + b"x\n", "Ontbrekende kolommen: name, short_description_nl"),
        (b"naam,iets\nx,y\n", "Onbekende kolommen: naam, iets"),
        (HEADER.encode(), "geen bedrijven"),
        (HEADER.encode() + b"a,A,Een.,9000,,1,te veel\n", "Regel 2: meer waarden"),
    ],
    ids=[
        "not utf-8",
        "empty",
        "missing columns",
        "unknown columns",
        "header only",
        "too many values",
    ],
)
def test_broken_files_give_a_message_not_an_error(admin_client, data, message):
    response = upload(admin_client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "errornote" in html
    assert message in html
    assert Company.objects.count() == 0


def test_export_round_trips_through_import(admin_client):
    sectors = [make_sector("bouw"), make_sector("zorg")]
    make_company(
        "a",
        sectors=sectors,
        name="A",
        postcode="9000",
        kbo_number="0407.215.007",
        phone="09 123 45 67",
    )
    make_company(
        "b", name="B", published=False, latitude="51.054340", longitude="3.717424"
    )
    exported = admin_client.get(BASE + "export/")
    assert exported["Content-Disposition"].startswith("attachment")
    assert exported["Content-Type"] == "text/csv; charset=utf-8"
    text = exported.content.decode()
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert "bouw;zorg" in text
    Company.objects.all().delete()
    assert import_csv(admin_client, text).status_code == 302
    assert Company.objects.get(slug="a").kbo_number == "0407.215.007"
    assert export(admin_client) == text


def test_an_export_imported_again_changes_nothing(admin_client):
    make_company("a", name="A", postcode="9000")
    before = Company.objects.get(slug="a").updated_at
    text = export(admin_client)
    preview = upload(admin_client, text)
    assert "ongewijzigd" in soup(preview).select_one(".import-preview").get_text()
    response = confirm(admin_client, preview)
    assert response.status_code == 302
    assert Company.objects.get(slug="a").updated_at == before
    assert export(admin_client) == text


def test_columns_left_out_keep_their_values(admin_client):
    make_sector("bouw")
    company = make_company("a", name="A", postcode="9000", municipality="Gent")
    company.sectors.add(make_sector("zorg"))
    import_csv(admin_client, "slug,name,short_description_nl\na,Anders,Kort.\n")
    company.refresh_from_db()
    assert (company.name, company.postcode, company.municipality) == (
        "Anders",
        "9000",
        "Gent",
    )
    assert [s.slug for s in company.sectors.all()] == ["zorg"]


def test_a_web_address_without_scheme_gets_https(admin_client):
    import_csv(
        admin_client,
        "slug,name,short_description_nl,website\na,A,Kort.,www.voorbeeld.be\n",
    )
    assert Company.objects.get(slug="a").website == "https://www.voorbeeld.be"


def test_the_confirmation_imports_nothing_if_the_data_changed_since(admin_client):
    """All or nothing at the second step too: a sector removed between the preview
    and the confirmation makes its line wrong, and no line is saved."""
    sector = make_sector("bouw")
    preview = upload(admin_client, HEADER + "a,A,Kort.,9000,,1\nb,B,Kort.,,bouw,1\n")
    sector.delete()
    response = confirm(admin_client, preview)
    assert response.status_code == 302
    assert response["Location"] == BASE + "import/"
    assert not Company.objects.exists()
    page = soup(admin_client.get(response["Location"]))
    assert "Regel 3, sectors" in page.select_one(".messagelist").get_text()


def test_exported_formulas_are_neutralised_and_come_back_on_import(admin_client):
    make_company(
        "a", name='=HYPERLINK("http://x")', phone="+32 9 123 45 67", street="@Werk"
    )
    text = export(admin_client)
    row = text.splitlines()[1]
    assert "'=HYPERLINK" in row and "'@Werk" in row
    assert ",+32 9 123 45 67," in row  # a phone number stays readable
    Company.objects.all().delete()
    import_csv(admin_client, text)
    company = Company.objects.get(slug="a")
    assert company.name == '=HYPERLINK("http://x")'
    assert company.street == "@Werk"
    assert company.phone == "+32 9 123 45 67"


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd", "'-2+3+cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("+32 9 123 45 67", "+32 9 123 45 67"),
        ("+32 (0)9/123.45.67", "+32 (0)9/123.45.67"),
        ("-3.5", "-3.5"),
        ("'t Pand", "'t Pand"),
        ("'=x", "''=x"),
        ("Gewoon", "Gewoon"),
        (None, ""),
        (12, "12"),
    ],
)
def test_csv_safe(value, safe):
    assert csv_safe(value) == safe


@given(st.text())
def test_csv_unquote_gives_back_what_csv_safe_quoted(value):
    assert csv_unquote(csv_safe(value)) == value
    assert csv_safe(value)[:1] not in ("=", "@", "\t", "\r")


def test_template_is_the_header_line(admin_client):
    response = admin_client.get(BASE + "csv-template/")
    assert response["Content-Disposition"].startswith("attachment")
    assert response.content.decode() == ",".join(COLUMNS) + "\r\n"


def test_editors_import_and_export(editor_client):
    page = soup(editor_client.get(BASE))
    assert page.select_one(f"a[href='{BASE}import/']")
    assert page.select_one(f"a[href^='{BASE}export/']")
    assert editor_client.get(BASE + "csv-template/").status_code == 200
    response = import_csv(editor_client, HEADER + "a,A,Kort.,9000,,1\n")
    assert response.status_code == 302
    assert Company.objects.filter(slug="a").exists()
    assert "a,A,Kort." in export(editor_client)


def test_who_may_only_look_cannot_import(client):
    user = User.objects.create_user(
        "kijker", password="x-een-lang-wachtwoord", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="view_company"))
    client.force_login(user)
    assert client.get(BASE + "export/").status_code == 200
    assert client.get(BASE + "import/").status_code == 403
    assert client.get(BASE + "csv-template/").status_code == 403
    assert "import/" not in client.get(BASE).content.decode()


def test_import_page_is_dutch_with_a_label_for_every_control(admin_client):
    for response in (
        admin_client.get(BASE + "import/"),
        upload(admin_client, HEADER + "a,A,Kort.,9000,,1\n"),
    ):
        page = soup(response)
        assert page.select_one("h1").get_text() == "Bedrijven importeren uit CSV"
        controls = page.select(
            "main input:not([type=hidden]):not([type=submit]), main select"
        )
        for control in controls:
            assert page.select_one(f"label[for='{control['id']}']"), control
    assert (
        soup(admin_client.get(BASE + "import/"))
        .select_one("label[for=id_import_file]")
        .get_text()
        .startswith("CSV-bestand")
    )
