"""Issue 18, part 4: every Atom feed (news, events, projects, vacancies, a sector's
vacancies) is valid for a feed reader in every language, is linked from its list, has
no tracking, and is cached and renewed like the pages."""

import feedparser
import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    make_company,
    make_event,
    make_news_item,
    make_project,
    make_sector,
    make_vacancy,
)
from tests.helpers import LANGUAGES, atom_feed
from tests.html import soup

pytestmark = pytest.mark.django_db

FEEDS = {
    # feed URL name (and arguments): the list that links it
    ("news:news_feed", ()): "news:news_list",
    ("news:event_feed", ()): "news:event_list",
    ("pages:project_feed", ()): "pages:project_list",
    ("companies:vacancy_feed", ()): "companies:vacancies",
}


@pytest.fixture
def content():
    sector = make_sector("fietsen", name_nl="Fietsen")
    company = make_company("fietsatelier", sectors=[sector])
    make_vacancy(company)
    make_news_item()
    make_event()
    make_project()
    return sector


def urls(language, sector):
    with translation.override(language):
        found = {
            reverse(name, args=args): reverse(list_name)
            for (name, args), list_name in FEEDS.items()
        }
        sector_feed = reverse("companies:vacancy_sector_feed", args=[sector.slug])
        found[sector_feed] = reverse("companies:vacancies") + f"?sector={sector.slug}"
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_feed_is_valid_atom_with_ids_dates_language_and_links(
    client, content, language
):
    for feed_url in urls(language, content):
        parsed = atom_feed(client, feed_url)
        assert parsed.feed.language == language, feed_url
        assert parsed.feed.id and parsed.feed.updated_parsed, feed_url
        assert parsed.entries, feed_url
        for entry in parsed.entries:
            assert entry.id and entry.updated_parsed, feed_url
            assert entry.link.startswith("http://testserver/"), feed_url
            # No tracking: the plain address of the item, no query string.
            assert "?" not in entry.link, feed_url


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_list_links_its_feed_visibly_and_for_feed_readers(
    client, content, language
):
    for feed_url, list_url in urls(language, content).items():
        page = soup(client.get(list_url))
        alternate = page.select(f'link[rel=alternate][href="{feed_url}"]')
        assert [link["type"] for link in alternate] == ["application/atom+xml"], (
            list_url
        )
        assert page.select(f'main a[href="{feed_url}"]'), list_url


def test_a_feed_is_cached_and_renewed_when_its_content_changes(client, settings):
    settings.PAGE_CACHE = True
    item = make_news_item(title_nl="Eerste bericht")
    with translation.override("nl"):
        url = reverse("news:news_feed")
    first, second = client.get(url), client.get(url)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    item.title_nl = "Bericht met een nieuwe titel"
    item.save()
    renewed = client.get(url)
    assert renewed["X-Cache"] == "miss"
    titles = [entry.title for entry in feedparser.parse(renewed.content).entries]
    assert titles == ["Bericht met een nieuwe titel"]


def test_a_project_cannot_take_the_address_of_the_project_feed():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        make_project(slug_nl="feed", title_nl="Feed")
    # The English and French addresses use the Dutch slug when they have none.
    assert "“feed”" in " ".join(refused.value.message_dict["slug_en"])
