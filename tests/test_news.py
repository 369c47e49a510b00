"""News and events (issue 18, parts 3 and 4): lists and detail pages of what is
published only, upcoming events and the archive, calendar files, feeds, sitemap,
the admin and the preview."""

import datetime
import json

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from core import pagecache
from core.models import next_publication_moment
from news.models import Event, NewsItem
from tests.factories import make_company, make_event, make_news_item, make_project
from tests.helpers import LANGUAGES, atom_feed
from tests.html import form_data, soup

pytestmark = pytest.mark.django_db


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def card_titles(response, selector):
    return [h3.get_text(strip=True) for h3 in soup(response).select(f"{selector} h3")]


def hours(n):
    return datetime.timedelta(hours=n)


# --- news --------------------------------------------------------------------------
def test_the_news_list_shows_published_items_newest_first(client):
    make_news_item(title_nl="Ouder", slug="ouder", date=datetime.date(2025, 1, 5))
    make_news_item(title_nl="Nieuwer", slug="nieuwer", date=datetime.date(2026, 1, 5))
    make_news_item(title_nl="Klad", slug="klad", status=NewsItem.Status.DRAFT)
    make_news_item(
        title_nl="Verlopen",
        slug="verlopen",
        publish_until=timezone.now() - hours(1),
        publish_from=timezone.now() - hours(2),
    )
    response = client.get(url("news:news_list"))
    assert response.status_code == 200
    assert card_titles(response, ".news-list") == ["Nieuwer", "Ouder"]
    assert len(soup(response).find_all("h1")) == 1


def test_the_news_list_has_pages_of_twenty(client):
    for day in range(1, 22):
        make_news_item(
            title_nl=f"Bericht {day}",
            slug=f"bericht-{day}",
            date=datetime.date(2026, 1, day),
        )
    first = client.get(url("news:news_list"))
    assert len(card_titles(first, ".news-list")) == 20
    assert card_titles(first, ".news-list")[0] == "Bericht 21"
    second = client.get(url("news:news_list"), {"page": 2})
    assert card_titles(second, ".news-list") == ["Bericht 1"]


def test_without_news_the_list_says_so(client):
    response = client.get(url("news:news_list", "en"))
    assert response.status_code == 200
    assert card_titles(response, ".news-list") == []
    assert "No news yet." in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_news_item_shows_in_every_language_with_its_dutch_fallback(client, language):
    item = make_news_item(title_en="New workshop opened")
    response = client.get(url("news:news_detail", language, slug=item.slug))
    assert response.status_code == 200
    h1 = soup(response).find("h1")
    if language == "en":
        assert h1.get_text(strip=True) == "New workshop opened"
        assert not h1.has_attr("lang")
    else:
        assert h1.get_text(strip=True) == "Nieuw atelier geopend"
        assert h1.get("lang") == ("nl" if language == "fr" else None)


def test_a_draft_or_unknown_news_item_is_not_found(client):
    draft = make_news_item(status=NewsItem.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(url("news:news_detail", slug="bestaat-niet")).status_code == 404
    draft.status = NewsItem.Status.PUBLISHED
    draft.save()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_the_detail_links_the_visible_companies_and_projects(client):
    company = make_company("fietsatelier")
    hidden = make_company("verborgen", published=False)
    project = make_project()
    item = make_news_item()
    item.companies.set([company, hidden])
    item.projects.set([project])
    page = soup(client.get(item.get_absolute_url()))
    companies = page.select(".linked-companies a")
    assert [(a.get_text(), a["href"]) for a in companies] == [
        ("Fietsatelier", company.get_absolute_url())
    ]
    assert [a["href"] for a in page.select(".linked-projects a")] == [
        project.get_absolute_url()
    ]
    headings = [int(h.name[1]) for h in page.find_all(["h1", "h2", "h3", "h4"])]
    assert all(b - a <= 1 for a, b in zip(headings, headings[1:], strict=False))


# --- events ------------------------------------------------------------------------
def test_an_event_moves_to_the_archive_after_its_end(client):
    now = timezone.now()
    event = make_event(starts_at=now - hours(2), ends_at=now + hours(1))
    assert list(Event.objects.upcoming(now)) == [event]
    assert list(Event.objects.past(now + hours(1))) == []
    assert list(Event.objects.past(now + hours(1) + datetime.timedelta(seconds=1))) == [
        event
    ]
    assert card_titles(client.get(url("news:event_list")), ".event-list") == [
        "Opendeurdag"
    ]
    assert card_titles(client.get(url("news:event_archive")), ".event-list") == []

    Event.objects.filter(pk=event.pk).update(ends_at=now - hours(1))
    pagecache.content_changed()  # an UPDATE sends no signal
    assert card_titles(client.get(url("news:event_list")), ".event-list") == []
    assert card_titles(client.get(url("news:event_archive")), ".event-list") == [
        "Opendeurdag"
    ]
    # A past event keeps its page, and says it took place.
    with translation.override("en"):
        response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    assert "This event has taken place." in response.content.decode()


def test_an_event_without_an_end_is_past_once_it_began():
    now = timezone.now()
    event = make_event(starts_at=now + hours(1), ends_at=None)
    assert list(Event.objects.upcoming(now + hours(1))) == [event]
    assert list(Event.objects.past(now + hours(2))) == [event]


def test_upcoming_events_come_soonest_first_and_the_archive_newest_first(client):
    now = timezone.now()
    make_event(title_nl="Later", slug="later", starts_at=now + hours(48))
    make_event(title_nl="Eerst", slug="eerst", starts_at=now + hours(24))
    make_event(title_nl="Klad", slug="klad", status=Event.Status.DRAFT)
    make_event(title_nl="Lang geleden", slug="lang", starts_at=now - hours(200))
    make_event(title_nl="Gisteren", slug="gisteren", starts_at=now - hours(24))
    upcoming = client.get(url("news:event_list"))
    assert card_titles(upcoming, ".event-list") == ["Eerst", "Later"]
    assert soup(upcoming).find("a", href=url("news:event_archive"))
    archive = client.get(url("news:event_archive"))
    assert card_titles(archive, ".event-list") == ["Gisteren", "Lang geleden"]
    assert soup(archive).find("a", href=url("news:event_list"))


def test_without_events_the_lists_say_so(client):
    assert (
        "No upcoming events."
        in client.get(url("news:event_list", "en")).content.decode()
    )
    assert (
        "No past events."
        in client.get(url("news:event_archive", "en")).content.decode()
    )


def test_the_cached_pages_expire_when_the_next_event_ends():
    now = timezone.now().replace(microsecond=0)
    make_event(slug="verder", starts_at=now + hours(30), ends_at=now + hours(40))
    soon = make_event(starts_at=now - hours(1), ends_at=now + hours(5))
    make_event(slug="klad", status=Event.Status.DRAFT, starts_at=now + hours(1))
    moment = Event.next_visibility_change(now)
    assert moment == soon.ends_at + datetime.timedelta(microseconds=1)
    assert next_publication_moment(now) <= moment
    assert list(Event.objects.upcoming(moment)) != [soon]
    assert soon not in Event.objects.upcoming(moment)
    assert soon in Event.objects.upcoming(moment - datetime.timedelta(microseconds=1))
    Event.objects.all().delete()
    assert Event.next_visibility_change(now) is None


def test_news_and_events_are_content_for_the_page_cache():
    assert pagecache.is_content(NewsItem)
    assert pagecache.is_content(Event)


def test_an_event_cannot_end_before_it_starts():
    start = timezone.now() + hours(10)
    with pytest.raises(ValidationError) as error:
        make_event(starts_at=start, ends_at=start - hours(1))
    assert "ends_at" in error.value.message_dict


def test_the_event_page_shows_time_place_registration_and_calendar_link(client):
    event = make_event(registration_url="https://www.example.org/inschrijven")
    page = soup(client.get(url("news:event_detail", slug=event.slug)))
    assert page.find("h1").get_text(strip=True) == "Opendeurdag"
    times = [t["datetime"] for t in page.select("article time")]
    assert times[:2] == [
        timezone.localtime(event.starts_at).isoformat(),
        timezone.localtime(event.ends_at).isoformat(),
    ]
    assert "Voorbeeldstraat 1, 9000 Gent" in page.get_text()
    assert page.find("a", href="https://www.example.org/inschrijven")
    assert page.find("a", href=url("news:event_ics", slug=event.slug))


def test_draft_and_unknown_events_are_not_found(client):
    draft = make_event(status=Event.Status.DRAFT)
    for path in (
        draft.get_absolute_url(),
        url("news:event_ics", slug=draft.slug),
        url("news:event_detail", slug="bestaat-niet"),
        url("news:event_ics", slug="bestaat-niet"),
    ):
        assert client.get(path).status_code == 404, path


# --- calendar files ----------------------------------------------------------------
def calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert not response.cookies
    return icalendar.Calendar.from_ical(response.content)


def test_an_event_has_a_calendar_file_in_the_visitors_language(client):
    event = make_event(title_en="Open day", place_en="Example Street 1, Ghent")
    for language in ("en", "nl"):
        response = client.get(url("news:event_ics", language, slug=event.slug))
        assert (
            response["Content-Disposition"] == 'attachment; filename="opendeurdag.ics"'
        )
        [entry] = calendar(response).walk("VEVENT")
        assert str(entry["UID"]) == f"event-{event.pk}@testserver"
        assert entry["DTSTAMP"].dt.tzinfo is not None
        assert entry.decoded("DTSTART") == event.starts_at
        assert entry.decoded("DTSTART").utcoffset() == datetime.timedelta(0)
        assert entry.decoded("DTEND") == event.ends_at
        expected = "Open day" if language == "en" else "Opendeurdag"
        assert str(entry["SUMMARY"]) == expected
        assert entry["SUMMARY"].params["LANGUAGE"] == language
        assert entry["DESCRIPTION"].params["LANGUAGE"] == "nl"  # no English text
        assert str(entry["URL"]) == "http://testserver" + url(
            "news:event_detail", language, slug=event.slug
        )
        assert str(entry["LOCATION"]).startswith(
            "Example Street" if language == "en" else "Voorbeeldstraat"
        )
        assert str(entry["DESCRIPTION"]) == "Kom kijken hoe wij werken."


def test_the_calendar_lists_the_upcoming_published_events_only(client):
    now = timezone.now()
    upcoming = make_event(slug="straks")
    make_event(slug="voorbij", starts_at=now - hours(5), ends_at=now - hours(4))
    make_event(slug="klad", status=Event.Status.DRAFT)
    response = client.get(url("news:event_calendar"))
    entries = calendar(response).walk("VEVENT")
    assert [str(e["UID"]) for e in entries] == [f"event-{upcoming.pk}@testserver"]
    list_page = soup(client.get(url("news:event_list")))
    assert list_page.find("a", href=url("news:event_calendar"))


# --- feeds -------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feeds_are_valid_atom_in_the_language_of_their_address(client, language):
    item = make_news_item(title_fr="Nouvel atelier")
    now = timezone.now()
    event = make_event()
    make_event(slug="voorbij", starts_at=now - hours(5), ends_at=now - hours(4))
    for name, list_name, obj in (
        ("news:news_feed", "news:news_list", item),
        ("news:event_feed", "news:event_list", event),
    ):
        parsed = atom_feed(client, url(name, language))
        assert parsed.feed.language == language
        assert parsed.feed.link == "http://testserver" + url(list_name, language)
        assert parsed.feed.updated_parsed
        [entry] = parsed.entries
        with translation.override(language):
            detail = "http://testserver" + obj.get_absolute_url()
        assert entry.id == detail
        assert entry.link == detail
        assert entry.updated_parsed
    news_entry = atom_feed(client, url("news:news_feed", language)).entries[0]
    assert news_entry.title == ("Nouvel atelier" if language == "fr" else item.title_nl)


def test_the_lists_link_their_feeds(client):
    for list_name, feed_name in (
        ("news:news_list", "news:news_feed"),
        ("news:event_list", "news:event_feed"),
        ("news:event_archive", "news:event_feed"),
    ):
        page = soup(client.get(url(list_name)))
        feeds = [
            link["href"]
            for link in page.find_all(
                "link", rel="alternate", type="application/atom+xml"
            )
        ]
        assert feeds == [url(feed_name)]
        assert page.find("a", href=url(feed_name))


# --- sitemap -----------------------------------------------------------------------
def test_the_sitemap_lists_the_lists_and_the_published_items(client):
    item = make_news_item()
    event = make_event()
    draft = make_event(slug="klad", status=Event.Status.DRAFT)
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in (
        url("news:news_list"),
        url("news:event_list"),
        url("news:event_archive"),
        item.get_absolute_url(),
        event.get_absolute_url(),
    ):
        assert f"http://testserver{path}<" in sitemap, path
    assert draft.get_absolute_url() not in sitemap


# --- admin and preview -------------------------------------------------------------
@pytest.mark.parametrize("model", ["newsitem", "event"])
def test_the_admin_forms_open_for_an_editor(editor_client, model):
    obj = make_news_item() if model == "newsitem" else make_event()
    for path in (
        reverse(f"admin:news_{model}_changelist"),
        reverse(f"admin:news_{model}_add"),
        reverse(f"admin:news_{model}_change", args=[obj.pk]),
    ):
        response = editor_client.get(path)
        assert response.status_code == 200, path
    change = soup(
        editor_client.get(reverse(f"admin:news_{model}_change", args=[obj.pk]))
    )
    assert change.find(attrs={"name": "companies"})
    assert change.find(attrs={"name": "projects"})


def test_the_admin_filters_events_by_upcoming_and_past(editor_client):
    now = timezone.now()
    make_event(slug="straks")
    make_event(slug="voorbij", starts_at=now - hours(5), ends_at=now - hours(4))
    changelist = reverse("admin:news_event_changelist")
    for when, slug in (("upcoming", "straks"), ("past", "voorbij")):
        response = editor_client.get(changelist, {"when": when})
        assert [event.slug for event in response.context["cl"].result_list] == [slug]


def test_a_publisher_saves_a_news_item_linked_to_a_company(publisher_client):
    company = make_company("fietsatelier")
    item = make_news_item(status=NewsItem.Status.DRAFT)
    change = reverse("admin:news_newsitem_change", args=[item.pk])
    data = form_data(publisher_client, change)
    data.update(
        companies=[str(company.pk)],
        status=[NewsItem.Status.PUBLISHED],
        _save=["1"],
    )
    response = publisher_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    item.refresh_from_db()
    assert item.status == NewsItem.Status.PUBLISHED
    assert list(item.companies.all()) == [company]


def test_a_draft_has_a_staff_only_preview(client, editor_client):
    item = make_news_item(status=NewsItem.Status.DRAFT)
    event = make_event(status=Event.Status.DRAFT)
    for obj in (item, event):
        preview = obj.get_preview_url()
        assert client.get(preview).status_code == 302  # to the admin's login
        response = editor_client.get(preview)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert soup(response).find("h1").get_text(strip=True) == obj.title


@pytest.mark.parametrize(
    "factory, slug",
    [(make_news_item, "feed"), (make_event, "feed"), (make_event, "archive")],
)
def test_a_slug_that_a_fixed_route_takes_is_refused(factory, slug):
    with pytest.raises(ValidationError) as refused:
        factory(slug=slug)
    assert f"“{slug}”" in " ".join(refused.value.message_dict["slug"])


def test_the_search_finds_published_news_and_events_only(client):
    item = make_news_item(title_nl="Herstelatelier voor naaimachines")
    event = make_event(title_nl="Opendeur in het naaimachine-atelier")
    make_news_item(
        slug="ontwerp", title_nl="Naaimachines ontwerp", status=NewsItem.Status.DRAFT
    )
    found = client.get(url("search"), {"q": "naaimachines"}).content.decode()
    assert item.get_absolute_url() in found
    assert event.get_absolute_url() in found
    assert "/ontwerp/" not in found


def test_the_open_data_lists_what_visitors_see(client):
    shown = make_company("zichtbaar")
    hidden = make_company("verborgen", published=False)
    item = make_news_item(title_en="New workshop")
    item.companies.add(shown, hidden)
    make_news_item(slug="concept", status=NewsItem.Status.DRAFT)
    event = make_event(place_nl="Balenmagazijn")
    event.companies.add(hidden)

    news = json.loads(client.get(reverse("opendata_news_json")).content)["news"]
    assert [entry["id"] for entry in news] == [item.pk]
    assert news[0]["title"] == {"nl": item.title_nl, "en": "New workshop", "fr": None}
    assert news[0]["companies"] == ["zichtbaar"]
    assert news[0]["page_url"] == "http://testserver" + url(
        "news:news_detail", slug=item.slug
    )

    events = json.loads(client.get(reverse("opendata_events_json")).content)["events"]
    assert [entry["id"] for entry in events] == [event.pk]
    assert events[0]["starts_at"] == event.starts_at.isoformat()
    assert events[0]["place"]["nl"] == "Balenmagazijn"
    assert events[0]["companies"] == []
    assert events[0]["ics_url"].endswith(event.get_ics_url())
