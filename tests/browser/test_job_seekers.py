"""Issue 18, done when: on a 360 px phone without JavaScript, a job seeker goes from
the home page to "Werken in de sociale economie", to the vacancies of one sector and
to a company's own vacancy posting; and from the home page to an event's .ics file."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from companies.models import Company, Vacancy
from tests.factories import make_event, make_vacancy

POSTING = "https://www.example.org/vacatures/fietshersteller"


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        java_script_enabled=False,
        viewport={"width": 360, "height": 740},
        accept_downloads=True,
    )
    yield context.new_page()
    context.close()


def test_from_home_to_a_vacancy_of_one_sector_without_javascript(site, phone):
    company = Company.objects.get(slug="ryhove")
    sector = company.sectors.first()
    make_vacancy(
        company,
        title_nl="Fietshersteller",
        posting_url=POSTING,
        work_form=Vacancy.WorkForm.CUSTOM_WORK,
    )
    other = Company.objects.visible().exclude(sectors=sector).first()
    make_vacancy(other, title_nl="Kok", posting_url="https://www.example.org/kok")

    phone.goto(site.url + "/nl/")
    phone.locator("main a", has_text="Werken in de sociale economie").first.click()
    assert phone.locator("h1").inner_text() == "Werken in de sociale economie"
    phone.locator("main a", has_text="Alle vacatures").first.click()
    assert phone.locator(".vacancy-list h3").count() == 2

    phone.locator("#vacancy-sector").select_option(sector.slug)
    phone.locator(".vacancy-filters button[type=submit]").click()
    assert f"sector={sector.slug}" in phone.url
    titles = phone.locator(".vacancy-list h3").all_inner_texts()
    assert [title.strip() for title in titles] == ["Fietshersteller"]

    phone.locator(".vacancy-list a", has_text="Fietshersteller").first.click()
    assert phone.locator("h1").inner_text().strip() == "Fietshersteller"
    posting = phone.locator(f"main a[href='{POSTING}']")
    assert posting.count() == 1 and posting.is_visible()
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


def test_from_home_to_an_events_calendar_file_without_javascript(site, phone):
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(days=10)
    make_event(
        title_nl="Jobbeurs sociale economie",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        place_nl="Balenmagazijn",
    )
    phone.goto(site.url + "/nl/")
    phone.locator("main a", has_text="Jobbeurs sociale economie").first.click()
    assert phone.locator("h1").inner_text().strip() == "Jobbeurs sociale economie"
    with phone.expect_download() as download:
        phone.locator("main a[href$='.ics']").first.click()
    calendar = icalendar.Calendar.from_ical(download.value.path().read_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Jobbeurs sociale economie"
    assert event.decoded("DTSTART") == starts
