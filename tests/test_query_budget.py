"""A fixed query budget per page type, with the large data set of `make bench`
(2,000 companies, 300 pages, 500 projects, 500 vacancies, 500 news items, 100 events,
10 job-count editions) on top of the demo content: the number of queries does not
grow with the data, and no page runs one query per row (N+1). Measured with the page
cache off, so that every page really renders from the database."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.public_urls import public_urls

# Queries per page type, rendered without the page cache. Raise one only with a reason.
BUDGET = {
    "home": 7,  # + the open vacancies (counted), the latest news, the next events
    "people": 3,
    "jobs": 6,
    "work": 3,
    "city_role": 3,
    "accessibility": 3,
    "privacy": 3,
    "sub_page": 4,
    "projects": 4,
    "project": 2,
    "companies": 7,
    "companies_filtered": 7,
    "companies_bench_filtered": 7,
    "company": 6,  # + its open vacancies
    "bench_company": 6,
    "buy_social": 8,
    "quote": 5,
    "search": 7,  # PostgreSQL: ranks from 3 sources, then snippets for the best
    "search_empty": 1,
    "job_count": 4,
    "open_data": 4,
    "open_data_companies_csv": 3,
    "open_data_job_count_json": 3,
    # One per content type + the Site row of django.contrib.redirects, once per process.
    "sitemap": 7,
    "vacancies": 6,  # + the companies with their own vacancy pages
    "vacancies_filtered": 6,
    "vacancies_bench_filtered": 6,
    "vacancy": 3,
    "vacancy_feed": 2,
    "vacancy_sector_feed": 3,
    "project_feed": 2,
    "open_data_vacancies_json": 2,
    "news": 3,
    "news_page_3": 3,
    "news_item": 4,  # + its linked companies and projects
    "bench_news_item": 4,
    "events": 3,
    "events_archive": 3,
    "event": 4,
    "news_feed": 1,
    "event_feed": 1,
    "event_calendar": 1,
    "event_ics": 1,
    "open_data_news_json": 3,
    "open_data_events_json": 3,
}


@pytest.fixture
def large_data_set(demo_content, settings):
    settings.PAGE_CACHE = False
    call_command("generate_bench_data", verbosity=0)
    if connection.vendor == "postgresql":
        # Planner statistics for the new rows, as the command gathers them once its
        # transaction commits (a test's never does). Without them the plans follow
        # whatever an earlier test left (tests/test_backup.py empties and refills
        # every table): a semi-join over 2,000 companies then took 107 s.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _urls():
    urls = public_urls("nl")
    urls.update(
        companies_bench_filtered=(
            "/nl/bedrijven/?sector=bench-sector-1&offering=bench-offering-2&page=3"
        ),
        bench_company="/nl/bedrijven/bench-00042/",
        open_data_companies_csv="/open-data/companies.csv",
        open_data_job_count_json="/open-data/job-count.json",
        sitemap="/sitemap.xml",
        open_data_vacancies_json="/open-data/vacancies.json",
        open_data_news_json="/open-data/news.json",
        open_data_events_json="/open-data/events.json",
    )
    with translation.override("nl"):
        urls.update(
            vacancies_bench_filtered=(
                reverse("companies:vacancies") + "?sector=bench-sector-1&page=2"
            ),
            vacancy_feed=reverse("companies:vacancy_feed"),
            vacancy_sector_feed=reverse(
                "companies:vacancy_sector_feed", kwargs={"sector": "bench-sector-2"}
            ),
            project_feed=reverse("pages:project_feed"),
            news_feed=reverse("news:news_feed"),
            event_feed=reverse("news:event_feed"),
            event_calendar=reverse("news:event_calendar"),
            event_ics=reverse("news:event_ics", kwargs={"slug": "bench-event-70"}),
            bench_news_item=reverse(
                "news:news_detail", kwargs={"slug": "bench-news-7"}
            ),
            news_page_3=reverse("news:news_list") + "?page=3",
        )
    return urls


def test_every_page_type_stays_within_its_query_budget(client, large_data_set):
    counts = {}
    for name, url in _urls().items():
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)
        assert response.status_code == 200, url
        # The shared cache's own lookups are not counted: on Redis they are no
        # database queries at all.
        counts[name] = sum(
            "django_cache" not in query["sql"] for query in context.captured_queries
        )
    over = {
        name: f"{count} > {BUDGET[name]}"
        for name, count in counts.items()
        if count > BUDGET[name]
    }
    assert not over, f"over budget: {over}"
