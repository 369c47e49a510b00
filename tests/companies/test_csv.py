import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from companies.csv_io import companies_csv
from companies.models import Company
from tests.factories import make_company, make_sector

pytestmark = pytest.mark.django_db

HEADER = "slug,name,short_description_nl,postcode,sectors,published\n"


def upload(admin_client, text):
    return admin_client.post(
        "/beheer/companies/company/import-csv/",
        {"file": SimpleUploadedFile("bedrijven.csv", text.encode(), "text/csv")},
    )


def test_valid_csv_imports_and_updates(admin_client):
    make_sector("bouw")
    make_company("bestaand", name="Oud")
    text = (
        HEADER
        + "nieuw,Nieuw,Nieuw bedrijf.,9000,bouw,1\nbestaand,Bestaand,Anders.,,,1\n"
    )
    response = upload(admin_client, text)
    assert response.status_code == 302
    assert Company.objects.get(slug="nieuw").sectors.get().slug == "bouw"
    assert Company.objects.get(slug="bestaand").name == "Bestaand"


def test_one_bad_row_imports_nothing_and_names_the_line(admin_client):
    text = (
        HEADER
        + "goed,Goed,Een goed bedrijf.,9000,,1\n"
        + "fout,Fout,Postcode fout.,90000,,1\n"
        + "ook-fout,Ook,Onbekende sector.,9000,bestaat-niet,1\n"
    )
    response = upload(admin_client, text)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Regel 3, postcode" in html
    assert "Regel 4, sectors" in html
    assert not Company.objects.filter(slug="goed").exists()


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe\x00garbage", b"", b"slug\n" + b"x\n", b"naam,iets\nx,y\n"],
    ids=["not utf-8", "empty", "missing columns", "unknown columns"],
)
def test_broken_files_give_a_message_not_an_error(admin_client, data):
    response = admin_client.post(
        "/beheer/companies/company/import-csv/",
        {"file": SimpleUploadedFile("x.csv", data, "text/csv")},
    )
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert Company.objects.count() == 0


def test_export_round_trips_through_import(admin_client):
    make_sector("bouw")
    make_company("a", name="A", postcode="9000", kbo_number="0407.215.007")
    exported = admin_client.get("/beheer/companies/company/export-csv/")
    assert exported["Content-Disposition"].startswith("attachment")
    text = exported.content.decode()
    Company.objects.all().delete()
    assert upload(admin_client, text).status_code == 302
    assert Company.objects.get(slug="a").kbo_number == "0407.215.007"
    assert companies_csv(Company.objects.all()) == text
