"""Open data: the news items and the events visitors see, as JSON in every language
(the same kind of file as the companies and the vacancies, core.opendata)."""

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.views.decorators.http import require_safe

from core.opendata import LANGUAGE_CODES, json_response
from news.models import Event, NewsItem


def _translated(item, field):
    return {code: getattr(item, f"{field}_{code}") or None for code in LANGUAGE_CODES}


def _absolute(request, path_of):
    with translation.override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(path_of())


def _links(request, item):
    """Companies by their code (as in the company data), projects by their page."""
    return {
        "companies": [company.slug for company in item.companies.all()],
        "projects": [
            _absolute(request, project.get_absolute_url)
            for project in item.projects.all()
        ],
    }


def _visible_links(queryset):
    """Linked companies and projects that visitors see, in one query each."""
    companies = queryset.model._meta.get_field("companies").related_model
    projects = queryset.model._meta.get_field("projects").related_model
    return queryset.prefetch_related(
        Prefetch("companies", queryset=companies.objects.visible().order_by("slug")),
        Prefetch("projects", queryset=projects.objects.visible().order_by("pk")),
    )


@require_safe
def news_json(request):
    items = _visible_links(NewsItem.objects.visible().order_by("-date", "-pk"))
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
    events = _visible_links(Event.objects.visible().order_by("-starts_at", "-pk"))
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
