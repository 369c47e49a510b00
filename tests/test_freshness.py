"""Freshness the visitor can see (issue 17, part B2): a vacancy link or offerings
not confirmed within CONFIRMATION_MONTHS are hidden from visitors and buyers until
someone confirms them in the admin; "last checked on" on company pages."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from companies.admin import stale_lines
from companies.models import Company
from companies.selectors import (
    DirectoryFilters,
    catalogue,
    companies_with_vacancies,
    company_list,
)
from companies.services import quote_suppliers
from core import dashboard, pagecache
from core.freshness import add_months
from tests.factories import make_company, make_offering
from tests.html import broken_references, form_data


def soup_text(html, selector):
    return BeautifulSoup(html, "html.parser").select_one(selector).get_text()


pytestmark = pytest.mark.django_db

JOBS = "https://example.org/jobs"


def stale():
    return add_months(timezone.now(), -4)


def change_url(company):
    return reverse("admin:companies_company_change", args=[company.pk])


def confirm_url(company, kind):
    return reverse(f"admin:companies_company_confirm_{kind}", args=[company.pk])


@pytest.fixture
def company():
    offering = make_offering("catering", category_slug="eten")
    return make_company(
        "koks",
        name="Koks",
        vacancies_url=JOBS,
        quote_email="offerte@koks.example",
        offerings=[offering],
    )


def open_data(client):
    return json.loads(client.get("/open-data/companies.json").content)["companies"]


def test_stale_vacancy_link_left_out_of_vacancies_list(demo_content):
    company = Company.objects.published().first()
    Company.objects.filter(pk=company.pk).update(
        vacancies_url="https://example.org/jobs",
        vacancies_confirmed_at=add_months(timezone.now(), -4),
    )
    assert company not in companies_with_vacancies()
    Company.objects.filter(pk=company.pk).update(vacancies_confirmed_at=timezone.now())
    assert company in companies_with_vacancies()


def test_model_methods_follow_the_confirmation_dates(company):
    assert company.vacancies_visible() and company.offerings_visible()
    company.vacancies_confirmed_at = company.offerings_confirmed_at = stale()
    assert not company.vacancies_visible() and not company.offerings_visible()
    company.vacancies_confirmed_at = timezone.now()
    company.vacancies_url = ""
    assert not company.vacancies_visible()


def test_stale_vacancy_link_hidden_until_confirmed(client, publisher_client, company):
    Company.objects.filter(pk=company.pk).update(vacancies_confirmed_at=stale())
    page = client.get(company.get_absolute_url()).content.decode()
    assert JOBS not in page
    [item] = open_data(client)
    assert item["vacancies_url"] is None
    assert JOBS not in client.get("/open-data/companies.csv").content.decode()

    response = publisher_client.post(confirm_url(company, "vacancies"))
    assert response.status_code == 302
    assert response["Location"] == change_url(company)
    assert JOBS in client.get(company.get_absolute_url()).content.decode()
    assert open_data(client)[0]["vacancies_url"] == JOBS
    assert JOBS in client.get("/open-data/companies.csv").content.decode()
    entry = LogEntry.objects.get(object_id=str(company.pk))
    assert entry.get_change_message() == "Link naar vacatures bevestigd"


def test_stale_offerings_hidden_until_confirmed(client, admin_client, company):
    offering = company.offerings.get()
    Company.objects.filter(pk=company.pk).update(offerings_confirmed_at=stale())
    page = client.get(company.get_absolute_url()).content.decode()
    assert "?offering=catering" not in page
    assert "/offerte/" not in page  # no "Ask for a quote" either
    assert open_data(client)[0]["offerings"] == []
    assert company not in quote_suppliers([offering])
    assert company not in company_list(DirectoryFilters(offerings=["catering"]))
    assert catalogue(DirectoryFilters()) == []
    assert client.get(reverse("companies:quote", args=["koks"])).status_code == 404
    # Without an offering filter the company is still in the directory.
    assert company in company_list(DirectoryFilters())

    assert admin_client.post(confirm_url(company, "offerings")).status_code == 302
    page = client.get(company.get_absolute_url()).content.decode()
    assert "?offering=catering" in page and "/offerte/" in page
    assert [o["code"] for o in open_data(client)[0]["offerings"]] == ["catering"]
    assert company in quote_suppliers([offering])
    assert company in company_list(DirectoryFilters(offerings=["catering"]))
    assert client.get(reverse("companies:quote", args=["koks"])).status_code == 200


def test_confirming_starts_a_new_page_generation(client, admin_client, company):
    """The page cache serves no page from before the confirmation."""
    Company.objects.filter(pk=company.pk).update(vacancies_confirmed_at=stale())
    client.get(company.get_absolute_url())  # cached for anonymous visitors
    admin_client.post(confirm_url(company, "vacancies"))
    assert JOBS in client.get(company.get_absolute_url()).content.decode()


def test_confirm_only_by_post_and_with_permission(company, admin_client, db):
    Company.objects.filter(pk=company.pk).update(vacancies_confirmed_at=stale())
    assert admin_client.get(confirm_url(company, "vacancies")).status_code == 405
    from django.contrib.auth.models import User

    viewer = User.objects.create_user("kijker", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_company"))
    viewer_client = Client()
    viewer_client.force_login(viewer)
    assert viewer_client.post(confirm_url(company, "vacancies")).status_code == 403
    company.refresh_from_db()
    assert not company.vacancies_visible()


def test_change_form_shows_the_buttons_and_since_when(admin_client, company):
    Company.objects.filter(pk=company.pk).update(vacancies_confirmed_at=stale())
    page = admin_client.get(change_url(company)).content.decode()
    assert f'action="{confirm_url(company, "vacancies")}"' in page
    assert f'action="{confirm_url(company, "offerings")}"' in page
    assert "Link naar vacatures klopt nog" in page
    assert page.count("verborgen voor bezoekers)") == 1  # the offerings are fresh
    assert broken_references(BeautifulSoup(page, "html.parser")) == []


def test_saving_a_changed_vacancy_link_confirms_it(admin_client, company):
    Company.objects.filter(pk=company.pk).update(
        published=False, vacancies_confirmed_at=stale(), offerings_confirmed_at=stale()
    )
    url = change_url(company)
    data = form_data(admin_client, url)
    data["vacancies_url"] = ["https://example.org/werken"]
    data["_save"] = ["1"]
    assert admin_client.post(url, data).status_code == 302
    company.refresh_from_db()
    assert company.vacancies_url == "https://example.org/werken"
    assert company.vacancies_visible()
    assert not company.offerings_visible()  # unchanged: still to confirm

    data = form_data(admin_client, url)
    data["offerings"] = [str(make_offering("schoonmaak").pk)]
    data["_save"] = ["1"]
    assert admin_client.post(url, data).status_code == 302
    company.refresh_from_db()
    assert company.offerings_visible()


def test_list_filter_and_dashboard_lines(admin_client, editor, company):
    fresh = make_company("vers", vacancies_url=JOBS, offerings=company.offerings.all())
    Company.objects.filter(pk=company.pk).update(
        vacancies_confirmed_at=stale(), offerings_confirmed_at=stale()
    )
    changelist = reverse("admin:companies_company_changelist")
    for kind in ("vacancies", "offerings"):
        result = admin_client.get(changelist + f"?hidden={kind}").context["cl"]
        assert list(result.result_list) == [company]
        assert fresh not in result.result_list

    request = RequestFactory().get("/beheer/")
    request.user = editor
    lines = {line.kind: line for line in stale_lines(request)}
    assert lines["vacancies-hidden"].count == 1
    assert lines["offerings-hidden"].count == 1
    assert lines["vacancies-hidden"].url == changelist + "?hidden=vacancies"
    assert "1" not in lines["vacancies-hidden"].label
    assert lines["vacancies-hidden"] in dashboard.attention(request)

    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert stale_lines(request) == []


def test_last_checked_date_on_the_company_page(client, company):
    page = client.get(company.get_absolute_url()).content.decode()
    assert 'class="reviewed-date"' not in page
    Company.objects.filter(pk=company.pk).update(reviewed_at=datetime.date(2026, 3, 2))
    pagecache.content_changed()  # an UPDATE sends no signal
    page = client.get(company.get_absolute_url()).content.decode()
    # "Laatst nagekeken op 2 maart 2026" once the translations are compiled.
    assert soup_text(page, ".reviewed-date").endswith(" 2 maart 2026")


def test_last_checked_date_on_the_job_count_page(client):
    from jobcount.models import Edition

    edition = Edition.objects.create(year=2025, status="published")
    assert (
        'class="reviewed-date"' not in client.get("/nl/banenmeting/").content.decode()
    )
    Edition.objects.filter(pk=edition.pk).update(reviewed_at=datetime.date(2026, 3, 2))
    pagecache.content_changed()
    page = client.get("/nl/banenmeting/").content.decode()
    assert soup_text(page, ".key-figure .reviewed-date").endswith(" 2 maart 2026")


def test_an_editors_new_vacancy_link_is_confirmed_once_published(
    client, editor_client, publisher_client, company
):
    Company.objects.filter(pk=company.pk).update(vacancies_confirmed_at=stale())
    url = change_url(company)
    data = form_data(editor_client, url)
    data.update(vacancies_url=["https://example.org/werken"], _save=["1"])
    assert editor_client.post(url, data).status_code == 302
    company.refresh_from_db()
    assert company.vacancies_url == JOBS and not company.vacancies_visible()

    data = form_data(publisher_client, url)  # the working copy, to publish
    assert data["vacancies_url"] == ["https://example.org/werken"]
    data["_save"] = ["1"]
    assert publisher_client.post(url, data).status_code == 302
    company.refresh_from_db()
    assert company.vacancies_url == "https://example.org/werken"
    assert company.vacancies_visible()
    assert (
        "https://example.org/werken"
        in client.get(company.get_absolute_url()).content.decode()
    )


@pytest.mark.parametrize(
    "confirmed, now, expected",
    [
        # Shown up to and including three months later, hidden just after.
        ((2026, 1, 10, 12), (2026, 3, 1), (2026, 4, 10, 12, 0, 0, 1)),
        # 30 November + 3 months does not exist: shown until February ends.
        ((2025, 11, 30, 12), (2026, 2, 1), (2026, 3, 1)),
    ],
)
def test_page_cache_renews_when_a_confirmation_expires(confirmed, now, expected):
    from core.freshness import is_confirmed
    from core.models import next_publication_moment

    def moment(parts):
        return datetime.datetime(*parts, tzinfo=datetime.UTC)

    company = make_company("koks", vacancies_url=JOBS)
    Company.objects.filter(pk=company.pk).update(
        vacancies_confirmed_at=moment(confirmed)
    )
    found = next_publication_moment(moment(now))
    assert found == moment(expected)
    tick = datetime.timedelta(microseconds=1)
    assert is_confirmed(moment(confirmed), now=found - tick)
    assert not is_confirmed(moment(confirmed), now=found)
