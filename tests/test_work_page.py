"""The page "Werken in de sociale economie" (issue 18): a job seeker's path in short
steps, in three languages, linked from the home, people and jobs pages by its own
address, and never linked while it is not visible."""

import pytest
from django.urls import reverse
from django.utils import translation

from pages.models import Page
from tests.helpers import LANGUAGES
from tests.html import soup

TITLES = {
    "nl": "Werken in de sociale economie",
    "en": "Working in the social economy",
    "fr": "Travailler dans l'économie sociale",
}
LINKING_PAGES = ("home", "people", "jobs")


def url_of(key, language):
    with translation.override(language):
        if key == "home":
            return reverse("pages:home")
        return Page.objects.get(key=key).get_absolute_url()


def links_to(response, href):
    return soup(response).select(f'main a[href="{href}"]')


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_page_is_there_in_every_language(client, demo_content, language):
    url = url_of("work", language)
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == TITLES[language]
    assert not page.h1.has_attr("lang")  # a real translation, not the Dutch fallback
    steps = [h2.get_text(strip=True) for h2 in page.select(".detail-layout h2")]
    assert [step[:2] for step in steps[:5]] == ["1.", "2.", "3.", "4.", "5."]
    assert page.select_one('main a[href="https://jobs.gent.be/"]')
    assert page.select_one('main a[href="mailto:gentinfo@stad.gent"]')


def test_the_page_is_not_in_the_main_menu(client, demo_content):
    work = url_of("work", "nl")
    menu = soup(client.get("/nl/")).select("nav.menu a")
    assert menu  # the menu is there…
    assert work not in [a["href"] for a in menu]  # …without this page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", LINKING_PAGES)
def test_home_people_and_jobs_link_to_it(client, demo_content, key, language):
    href = url_of("work", language)
    links = links_to(client.get(url_of(key, language)), href)
    assert len(links) == 1
    assert links[0].get_text(strip=True) == TITLES[language]
    assert not links[0].has_attr("lang")


def test_the_link_follows_the_pages_address(client, demo_content):
    work = Page.objects.get(key="work")
    work.slug_en = "finding-work"
    work.save()
    links = links_to(client.get("/en/people/"), "/en/finding-work/")
    assert len(links) == 1


def test_the_link_is_marked_dutch_when_the_title_falls_back(client, demo_content):
    work = Page.objects.get(key="work")
    work.title_fr = ""
    work.save()
    links = links_to(client.get(url_of("jobs", "fr")), url_of("work", "fr"))
    assert links[0].get_text(strip=True) == TITLES["nl"]
    assert links[0]["lang"] == "nl"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_link_disappears_when_the_page_is_drafted(
    client, demo_content, django_capture_on_commit_callbacks, language
):
    href = url_of("work", language)
    for key in LINKING_PAGES:  # rendered once, so cached before the change
        assert links_to(client.get(url_of(key, language)), href), key
    work = Page.objects.get(key="work")
    with django_capture_on_commit_callbacks(execute=True):
        work.status = Page.Status.DRAFT
        work.save()
    assert client.get(href).status_code == 404
    for key in LINKING_PAGES:
        response = client.get(url_of(key, language))
        assert response.status_code == 200, key
        assert links_to(response, href) == [], key
        assert TITLES[language] not in response.content.decode(), key


def test_the_link_is_absent_without_the_page(client, demo_content):
    Page.objects.filter(key="work").delete()
    for key in LINKING_PAGES:
        response = client.get(url_of(key, "nl"))
        assert response.status_code == 200, key
        assert "/nl/werken-in-de-sociale-economie/" not in response.content.decode()
