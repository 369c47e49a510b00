"""Reads composed for the news and events pages."""

from django.db.models import Prefetch
from django.utils import timezone

from news.models import Event, NewsItem


def with_visible_links(queryset):
    """The linked companies and projects that visitors see, by name."""
    companies = queryset.model._meta.get_field("companies").related_model
    projects = queryset.model._meta.get_field("projects").related_model
    return queryset.prefetch_related(
        Prefetch(
            "companies",
            queryset=companies.objects.visible().order_by("name"),
            to_attr="visible_companies",
        ),
        Prefetch(
            "projects",
            queryset=projects.objects.visible().order_by("-start_date", "pk"),
            to_attr="visible_projects",
        ),
    )


def news_list():
    return NewsItem.objects.visible().order_by("-date", "-pk")


def news_by_slug(slug: str) -> NewsItem | None:
    return with_visible_links(NewsItem.objects.visible().filter(slug=slug)).first()


def news_by_pk(pk: int) -> NewsItem | None:
    return with_visible_links(NewsItem.objects.filter(pk=pk)).first()


def event_upcoming_list(now=None):
    now = now or timezone.now()
    return Event.objects.visible(now).upcoming(now).order_by("starts_at", "pk")


def event_past_list(now=None):
    now = now or timezone.now()
    return Event.objects.visible(now).past(now).order_by("-starts_at", "-pk")


def event_by_slug(slug: str) -> Event | None:
    return with_visible_links(Event.objects.visible().filter(slug=slug)).first()


def visible_event(slug: str) -> Event | None:
    """The event alone, without its links (its calendar file)."""
    return Event.objects.visible().filter(slug=slug).first()


def event_by_pk(pk: int) -> Event | None:
    return with_visible_links(Event.objects.filter(pk=pk)).first()
