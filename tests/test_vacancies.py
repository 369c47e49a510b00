"""Vacancies (issue 18, part 2): one list with filters, the company page, the
detail page with JobPosting only when every required field is real, the feeds, the
sitemap, the search and the open data; hidden when not checked in time, shown again
after "Markeer als nagekeken"."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from companies.models import Vacancy
from core import pagecache
from core.freshness import add_months
from core.models import next_publication_moment
from core.review import mark_reviewed
from tests.factories import make_company, make_sector, make_vacancy
from tests.helpers import LANGUAGES, atom_feed
from tests.html import form_data, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def bikes():
    return make_sector("fietsen", name_nl="Fietsen", name_en="Bicycles")


@pytest.fixture
def company(bikes):
    return make_company(
        "fietsatelier",
        sectors=[bikes],
        street="Voorbeeldstraat 1",
        postcode="9000",
        municipality="Gent",
    )


@pytest.fixture
def vacancy(company):
    return make_vacancy(
        company,
        title_en="Bicycle repairer",
        work_form=Vacancy.WorkForm.CUSTOM_WORK,
        hours=Vacancy.Hours.PART_TIME,
    )


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def titles(response):
    return [h3.get_text(strip=True) for h3 in soup(response).select(".vacancy-list h3")]


def make_stale(vacancy):
    """Checked just over CONFIRMATION_MONTHS ago: visitors no longer see it."""
    checked = add_months(timezone.localdate(), -3) - datetime.timedelta(days=1)
    Vacancy.objects.filter(pk=vacancy.pk).update(reviewed_at=checked)
    # As time would: the page cache renews at next_publication_moment (tested
    # below); an UPDATE sends no signal, so the test says it.
    pagecache.content_changed()


def test_the_list_shows_a_vacancy_with_its_company_in_every_language(client, vacancy):
    for language in LANGUAGES:
        response = client.get(url("companies:vacancies", language))
        assert response.status_code == 200
        page = soup(response)
        expected = "Bicycle repairer" if language == "en" else vacancy.title_nl
        assert titles(response) == [expected]
        assert "Fietsatelier" in page.select_one(".vacancy-list").get_text()
        assert page.find("a", href=url("companies:vacancy", language, pk=vacancy.pk))


def test_filters_by_sector_work_form_and_company(client, vacancy, bikes):
    other = make_company("bakkerij", sectors=[make_sector("voeding")])
    make_vacancy(other, title_nl="Bakker", work_form=Vacancy.WorkForm.REGULAR)
    list_url = url("companies:vacancies")
    assert sorted(titles(client.get(list_url))) == sorted(["Bakker", vacancy.title])
    assert titles(client.get(list_url, {"sector": "fietsen"})) == [vacancy.title]
    assert titles(client.get(list_url, {"form": "regular"})) == ["Bakker"]
    assert titles(client.get(list_url, {"company": "bakkerij"})) == ["Bakker"]
    response = client.get(list_url, {"sector": "fietsen", "form": "regular"})
    assert titles(response) == []
    assert "No vacancy matches your choice." in response.content.decode() or (
        soup(response).select_one(".empty-state")
    )


def test_an_unknown_filter_is_left_out_with_a_message(client, vacancy):
    response = client.get(
        url("companies:vacancies", "en"), {"sector": "nope", "form": "x" * 500}
    )
    assert response.status_code == 200
    assert titles(response) == ["Bicycle repairer"]
    assert "Some filters in the address are unknown" in response.content.decode()


def test_the_list_links_the_city_jobs_and_the_feeds(client, vacancy):
    page = soup(client.get(url("companies:vacancies"), {"sector": "fietsen"}))
    assert page.find("a", href="https://jobs.gent.be/")
    feeds = [
        link["href"]
        for link in page.find_all("link", rel="alternate", type="application/atom+xml")
    ]
    assert feeds == [
        url("companies:vacancy_feed"),
        url("companies:vacancy_sector_feed", sector="fietsen"),
    ]
    assert page.find("a", href=url("companies:vacancy_sector_feed", sector="fietsen"))


def test_without_vacancies_the_list_says_so(client, db):
    response = client.get(url("companies:vacancies", "en"))
    assert response.status_code == 200
    assert titles(response) == []
    assert "There are no vacancies on this website right now" in (
        response.content.decode()
    )


def test_the_company_page_lists_its_open_vacancies(client, vacancy, company):
    make_vacancy(company, title_nl="Concept", status=Vacancy.Status.DRAFT)
    page = soup(client.get(company.get_absolute_url()))
    links = [a.get_text(strip=True) for a in page.select(".vacancy-links a")]
    assert links == [vacancy.title]


def test_the_detail_page_links_the_posting_and_has_a_job_posting(client, vacancy):
    response = client.get(vacancy.get_absolute_url())
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text(strip=True) == vacancy.title
    assert page.find("a", href=vacancy.posting_url)
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "JobPosting"
    assert data["title"] == vacancy.title
    assert data["datePosted"] == vacancy.posted_on.isoformat()
    assert data["hiringOrganization"]["name"] == "Fietsatelier"
    assert data["jobLocation"]["address"]["postalCode"] == "9000"
    assert data["employmentType"] == ["PART_TIME"]


def test_no_job_posting_without_the_place_of_work(client, bikes):
    company = make_company("zonder-adres", sectors=[bikes])
    vacancy = make_vacancy(company)
    page = soup(client.get(vacancy.get_absolute_url()))
    assert page.find("a", href=vacancy.posting_url)
    assert page.find("script", type="application/ld+json") is None


def test_drafts_and_vacancies_of_unpublished_companies_are_not_shown(
    client, company, bikes
):
    draft = make_vacancy(company, status=Vacancy.Status.DRAFT)
    hidden_company = make_company("verborgen", sectors=[bikes], published=False)
    of_hidden = make_vacancy(hidden_company, title_nl="Verborgen job")
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(of_hidden.get_absolute_url()).status_code == 404
    assert titles(client.get(url("companies:vacancies"))) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feeds_are_valid_atom(client, vacancy, language):
    for path in (
        url("companies:vacancy_feed", language),
        url("companies:vacancy_sector_feed", language, sector="fietsen"),
    ):
        parsed = atom_feed(client, path)
        assert parsed.feed.language == language
        assert parsed.feed.link == "http://testserver" + url(
            "companies:vacancies", language
        ) + ("?sector=fietsen" if "fietsen" in path else "")
        assert parsed.feed.updated_parsed
        [entry] = parsed.entries
        detail = "http://testserver" + url("companies:vacancy", language, pk=vacancy.pk)
        assert entry.id == detail
        assert entry.link == detail
        assert entry.updated_parsed
        assert "Fietsatelier" in entry.title


def test_a_sector_feed_lists_that_sector_only_and_an_unknown_sector_is_404(
    client, vacancy
):
    other = make_company("bakkerij", sectors=[make_sector("voeding")])
    make_vacancy(other, title_nl="Bakker")
    parsed = atom_feed(client, url("companies:vacancy_sector_feed", sector="voeding"))
    assert [entry.title.split()[0] for entry in parsed.entries] == ["Bakker"]
    assert (
        client.get(url("companies:vacancy_sector_feed", sector="geen")).status_code
        == 404
    )


def shown_everywhere(client, vacancy) -> dict:
    """Where visitors find the vacancy: list, company page, feed, sitemap, search,
    open data, its own page."""
    sitemap = client.get("/sitemap.xml").content.decode()
    search = client.get(url("search"), {"q": "fietsherstelling"})
    company = soup(client.get(vacancy.company.get_absolute_url()))
    return {
        "list": bool(titles(client.get(url("companies:vacancies")))),
        "company": bool(company.select(".vacancy-links a")),
        "feed": bool(atom_feed(client, url("companies:vacancy_feed")).entries),
        "sitemap": url("companies:vacancy", pk=vacancy.pk) in sitemap,
        "search": url("companies:vacancy", pk=vacancy.pk) in search.content.decode(),
        "open data": bool(
            json.loads(client.get(reverse("opendata_vacancies_json")).content)[
                "vacancies"
            ]
        ),
        "page": client.get(vacancy.get_absolute_url()).status_code == 200,
    }


def test_a_vacancy_not_checked_in_time_disappears_and_comes_back_after_a_check(
    client, vacancy, django_user_model
):
    everywhere = dict.fromkeys(
        ["list", "company", "feed", "sitemap", "search", "open data", "page"], True
    )
    assert shown_everywhere(client, vacancy) == everywhere
    make_stale(vacancy)
    assert shown_everywhere(client, vacancy) == dict.fromkeys(everywhere, False)
    assert list(Vacancy.objects.hidden()) == [vacancy]
    editor = django_user_model.objects.create_user("checker", is_staff=True)
    mark_reviewed(Vacancy, [vacancy], editor)
    assert shown_everywhere(client, vacancy) == everywhere
    assert list(Vacancy.objects.hidden()) == []


def test_the_day_it_is_hidden_follows_the_setting(vacancy, settings):
    vacancy.reviewed_at = datetime.date(2026, 11, 30)
    settings.CONFIRMATION_MONTHS = 3
    assert vacancy.hidden_from() == datetime.date(2027, 3, 1)
    vacancy.reviewed_at = datetime.date(2026, 10, 15)
    assert vacancy.hidden_from() == datetime.date(2027, 1, 15)
    settings.CONFIRMATION_MONTHS = 1
    assert vacancy.hidden_from() == datetime.date(2026, 11, 15)


def test_the_page_cache_renews_when_the_next_vacancy_falls_due(vacancy):
    vacancy.reviewed_at = datetime.date(2026, 11, 30)
    Vacancy.objects.filter(pk=vacancy.pk).update(reviewed_at=vacancy.reviewed_at)
    now = timezone.make_aware(datetime.datetime(2026, 12, 2, 12))
    expected = timezone.make_aware(datetime.datetime(2027, 3, 1))
    assert next_publication_moment(now) == expected
    assert vacancy.is_visible(expected - datetime.timedelta(seconds=1))
    assert not vacancy.is_visible(expected)


def test_the_open_data_lists_what_visitors_see(client, vacancy):
    response = client.get(reverse("opendata_vacancies_csv"))
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("id,title_nl,title_en,title_fr")
    assert len(lines) == 2 and "Bicycle repairer" in lines[1]
    data = json.loads(client.get(reverse("opendata_vacancies_json")).content)
    [item] = data["vacancies"]
    assert item["title"]["en"] == "Bicycle repairer"
    assert item["company"]["slug"] == "fietsatelier"
    assert item["sectors"] == ["fietsen"]


def test_the_admin_lists_hidden_vacancies_for_the_editors(editor_client, vacancy):
    changelist = reverse("admin:companies_vacancy_changelist")
    assert (
        editor_client.get(changelist + "?shown=hidden").context["cl"].result_count == 0
    )
    make_stale(vacancy)
    response = editor_client.get(changelist + "?shown=hidden")
    assert response.context["cl"].result_count == 1
    index = editor_client.get(reverse("admin:index")).content.decode()
    assert changelist + "?shown=hidden" in index


def test_a_new_posting_link_counts_as_a_check_once_published(
    editor_client, publisher_client, vacancy
):
    make_stale(vacancy)
    change = reverse("admin:companies_vacancy_change", args=[vacancy.pk])
    data = form_data(editor_client, change)
    data.update(posting_url=["https://www.example.org/vacature/nieuw"], _save=["1"])
    assert editor_client.post(change, data).status_code == 302
    vacancy.refresh_from_db()
    assert not vacancy.is_visible()  # a working copy: nothing published yet

    data = form_data(publisher_client, change)
    assert data["posting_url"] == ["https://www.example.org/vacature/nieuw"]
    data["_save"] = ["1"]
    assert publisher_client.post(change, data).status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.posting_url == "https://www.example.org/vacature/nieuw"
    assert vacancy.reviewed_at == timezone.localdate()
    assert vacancy.is_visible()


def test_the_posted_date_cannot_lie_in_the_future(company):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        make_vacancy(
            company, posted_on=timezone.localdate() + datetime.timedelta(days=1)
        )
    assert list(refused.value.message_dict) == ["posted_on"]


def home_links(client, language="en"):
    home = soup(client.get(url("pages:home", language)))
    return [a.get_text(" ", strip=True) for a in home.select("main a")]


def test_the_home_page_counts_the_open_vacancies_only_when_there_are_any(
    client, vacancy
):
    assert "1 open vacancy at social-economy companies" in home_links(client)
    make_vacancy(vacancy.company, title_nl="Tweede")
    assert "2 open vacancies at social-economy companies" in home_links(client)
    Vacancy.objects.update(status=Vacancy.Status.DRAFT)
    pagecache.content_changed()
    assert not [text for text in home_links(client) if "vacanc" in text]
