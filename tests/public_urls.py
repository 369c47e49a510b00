"""Every public page type, in every language, from the demo content, and (with
`examples`) the page types the demo content leaves empty: a vacancy, a news item and
an event, made up here for the crawl checks only. The demo content itself shows
their empty states (issue 18: never an invented one in the demo content), and the
content-claims test reads it without the examples."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

from companies.models import Company, Vacancy
from news.models import Event, NewsItem
from pages.models import Page, Project
from tests.factories import make_event, make_news_item, make_vacancy
from tests.helpers import LANGUAGES

PAGE_KEYS = ("people", "jobs", "work", "city_role", "accessibility", "privacy")


def example_vacancy() -> Vacancy:
    """An invented vacancy at a demo company, made once."""
    company = Company.objects.get(slug="ryhove")
    found = Vacancy.objects.filter(company=company, title_nl="Voorbeeldvacature")
    return found.first() or make_vacancy(
        company,
        title_nl="Voorbeeldvacature",
        title_en="Example vacancy",
        title_fr="Offre d'exemple",
        description_en="You repair bicycles in our workshop.",
        description_fr="Vous réparez des vélos dans notre atelier.",
        work_form=Vacancy.WorkForm.CUSTOM_WORK,
        hours=Vacancy.Hours.PART_TIME,
    )


def example_news_item() -> NewsItem:
    """An invented news item, linked to a demo company and project, made once."""
    found = NewsItem.objects.filter(slug="voorbeeldnieuws").first()
    if found:
        return found
    item = make_news_item(
        slug="voorbeeldnieuws",
        title_en="Example news",
        title_fr="Actualité d'exemple",
        summary_en="An example for the checks.",
        summary_fr="Un exemple pour les contrôles.",
    )
    item.companies.add(Company.objects.get(slug="ryhove"))
    item.projects.add(Project.objects.published().first())
    return item


def example_events() -> tuple[Event, Event]:
    """An invented coming event and a past one (for the archive), made once."""
    found = Event.objects.filter(slug="voorbeeldactiviteit").first()
    if found:
        return found, Event.objects.get(slug="voorbeeldactiviteit-voorbij")
    coming = make_event(
        slug="voorbeeldactiviteit",
        title_en="Example event",
        title_fr="Activité d'exemple",
        summary_en="Come and see how we work.",
        summary_fr="Venez voir comment nous travaillons.",
        registration_url="https://www.example.org/inschrijven",
    )
    coming.companies.add(Company.objects.get(slug="ryhove"))
    ended = timezone.now().replace(microsecond=0) - datetime.timedelta(days=30)
    past = make_event(
        slug="voorbeeldactiviteit-voorbij",
        title_nl="Voorbije activiteit",
        starts_at=ended,
        ends_at=ended + datetime.timedelta(hours=2),
    )
    return coming, past


def public_urls(language: str, examples: bool = True) -> dict[str, str]:
    """{page type: URL} for one language (needs the demo content)."""
    with translation.override(language):
        urls = {"home": reverse("pages:home")}
        for key in PAGE_KEYS:
            urls[key] = Page.objects.get(key=key).get_absolute_url()
        sub_page = Page.objects.published().filter(parent__key="city_role").first()
        urls["sub_page"] = sub_page.get_absolute_url()
        urls["projects"] = reverse("pages:project_list")
        urls["project"] = Project.objects.published().first().get_absolute_url()
        urls["companies"] = reverse("companies:list")
        urls["companies_filtered"] = (
            reverse("companies:list") + "?sector=fietsen&page=1"
        )
        urls["company"] = reverse("companies:detail", kwargs={"slug": "ryhove"})
        urls["buy_social"] = reverse("companies:buy_social")
        urls["quote"] = reverse("companies:need") + "?offering=fietsverhuur"
        urls["search"] = reverse("search") + "?q=fietsen"
        urls["search_empty"] = reverse("search")
        urls["job_count"] = reverse("jobcount:page")
        urls["open_data"] = reverse("jobcount:open_data")
        urls["vacancies"] = reverse("companies:vacancies")
        urls["news"] = reverse("news:news_list")
        urls["events"] = reverse("news:event_list")
        urls["events_archive"] = reverse("news:event_archive")
        if examples:
            urls["news_item"] = example_news_item().get_absolute_url()
            urls["event"] = example_events()[0].get_absolute_url()
            vacancy = example_vacancy()
            sector = vacancy.company.sectors.first()
            urls["vacancies_filtered"] = (
                reverse("companies:vacancies") + f"?sector={sector.slug}"
            )
            urls["vacancy"] = vacancy.get_absolute_url()
        return urls


def all_public_urls(examples: bool = True) -> list[str]:
    return [
        url
        for language in LANGUAGES
        for url in public_urls(language, examples).values()
    ]
