"""Open data: the news items and the events visitors see, as JSON in every language
(the same kind of file as the companies and the vacancies, core.opendata)."""

from django.conf import settings
from django.utils import timezone, translation
from django.views.decorators.http import require_safe

from core.opendata import LANGUAGE_CODES, json_response
from news import selectors
from news.models import Event
from news.selectors import with_visible_links


def _translated(item, field):
    return {code: getattr(item, f"{field}_{code}") or None for code in LANGUAGE_CODES}


def _absolute(request, path_of):
    with translation.override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(path_of())


def _links(request, item):
    """Companies by their code (as in the company data), projects by their page:
    those visitors see (selectors.with_visible_links)."""
    return {
        "companies": [company.slug for company in item.visible_companies],
        "projects": [
            _absolute(request, project.get_absolute_url)
            for project in item.visible_projects
        ],
    }


@require_safe
def news_json(request):
    items = with_visible_links(selectors.news_list())
    data = [
        {
            "id": item.pk,
            "date": item.date.isoformat(),
            "title": _translated(item, "title"),
            "summary": _translated(item, "summary"),
            "body_html": _translated(item, "body"),
            **_links(request, item),
            "page_url": _absolute(request, item.get_absolute_url),
            "last_changed": item.updated_at.isoformat(),
        }
        for item in items
    ]
    return json_response(
        {"generated": timezone.now().isoformat(), "news": data},
        "nieuws-sociale-economie-gent.json",
    )


@require_safe
def events_json(request):
    events = with_visible_links(Event.objects.visible().order_by("-starts_at", "-pk"))
    data = [
        {
            "id": event.pk,
            "starts_at": event.starts_at.isoformat(),
            "ends_at": event.ends_at.isoformat() if event.ends_at else None,
            "title": _translated(event, "title"),
            "summary": _translated(event, "summary"),
            "body_html": _translated(event, "body"),
            "place": _translated(event, "place"),
            "registration_url": event.registration_url or None,
            **_links(request, event),
            "page_url": _absolute(request, event.get_absolute_url),
            "ics_url": _absolute(request, event.get_ics_url),
            "last_changed": event.updated_at.isoformat(),
        }
        for event in events
    ]
    return json_response(
        {"generated": timezone.now().isoformat(), "events": data},
        "activiteiten-sociale-economie-gent.json",
    )
