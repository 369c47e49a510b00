"""iCalendar (RFC 5545) files of the events, for visitors' calendar apps."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from icalendar import Calendar
from icalendar import Event as CalendarEvent

PRODUCT_ID = "-//Stad Gent//Sociale economie in Gent//NL"


def event_uid(event, host: str) -> str:
    """The same for an event in every file and language, whatever changes."""
    return f"event-{event.pk}@{host.split(':')[0]}"


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def _language(event, field):
    """The language of the text shown: the active one, or Dutch as its fallback."""
    language = get_language()
    if getattr(event, f"{field}_{language}", ""):
        return language
    return settings.LANGUAGE_CODE


def calendar_of(events, request, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    host = request.get_host()
    stamp = _utc(timezone.now()).replace(microsecond=0)
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", event_uid(event, host))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", _utc(event.starts_at))
        if event.ends_at:
            entry.add("dtend", _utc(event.ends_at))
        entry.add("last-modified", _utc(event.updated_at).replace(microsecond=0))
        for prop, field in (
            ("summary", "title"),
            ("description", "summary"),
            ("location", "place"),
        ):
            text = getattr(event, field)
            if text:
                entry.add(prop, text, parameters={"LANGUAGE": _language(event, field)})
        entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
        calendar.add_component(entry)
    return calendar.to_ical()


def ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
