"""News items and events: dated content, linked to companies and projects."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import Illustrated, Publishable, PublishableQuerySet, rich_text_field
from core.routing import route_taken


def _slug_errors(url_name, slug):
    """A slug that a fixed route takes in some language ("feed", "archief")."""
    for code, _name in settings.LANGUAGES:
        if slug and route_taken(url_name, code, slug=slug):
            return {
                "slug": _(
                    "This address is already used by a part of the site "
                    "(“%(slug)s”). Choose another one."
                )
                % {"slug": slug}
            }
    return {}


class NewsItem(Publishable, Illustrated):
    """A news item: what happened or changed, on a day."""

    upload_folder = "news"

    title = models.CharField(
        _("title"), max_length=160, help_text=_("A short title in plain words.")
    )
    slug = models.SlugField(
        _("address"),
        max_length=80,
        unique=True,
        help_text=_(
            "The last part of the news item's address: lower case, digits and "
            "hyphens. The same in every language."
        ),
    )
    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The date of the news item: the newest comes first."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_(
            "One or two sentences shown in the list of news and in the feed. At "
            "most 300 characters, without layout."
        ),
    )
    body = rich_text_field(
        _("text"),
        _(
            "The whole news item. Headings in order (Heading 2, then Heading 3), "
            "links whose text says where they lead, short paragraphs."
        ),
    )
    companies = models.ManyToManyField(
        "companies.Company",
        verbose_name=_("companies involved"),
        blank=True,
        related_name="news_items",
        help_text=_("Optional: the social-economy companies the news is about."),
    )
    projects = models.ManyToManyField(
        "pages.Project",
        verbose_name=_("projects involved"),
        blank=True,
        related_name="news_items",
        help_text=_("Optional: the projects the news is about."),
    )

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["status", "-date"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:news_detail", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("news:news_preview", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if errors := _slug_errors("news:news_detail", self.slug):
            raise ValidationError(errors)


class EventQuerySet(PublishableQuerySet):
    def upcoming(self, now=None):
        """Not over yet: it ends (or, without an end, starts) at or after now."""
        now = now or timezone.now()
        return self.alias(finish=Coalesce("ends_at", "starts_at")).filter(
            finish__gte=now
        )

    def past(self, now=None):
        """Over: it ended (or, without an end, started) before now."""
        now = now or timezone.now()
        return self.alias(finish=Coalesce("ends_at", "starts_at")).filter(
            finish__lt=now
        )


class Event(Publishable, Illustrated):
    """An event: a day, a meeting, a fair, with a start and an optional end."""

    upload_folder = "events"

    objects = EventQuerySet.as_manager()

    title = models.CharField(
        _("title"), max_length=160, help_text=_("The event's name, short and plain.")
    )
    slug = models.SlugField(
        _("address"),
        max_length=80,
        unique=True,
        help_text=_(
            "The last part of the event's address: lower case, digits and hyphens. "
            "The same in every language."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_(
            "One or two sentences shown in the list of events, in the feed and in "
            "calendars. At most 300 characters, without layout."
        ),
    )
    body = rich_text_field(
        _("text"),
        _(
            "What happens, for whom, and how to take part. Headings in order, "
            "links that say where they lead."
        ),
    )
    starts_at = models.DateTimeField(
        _("starts at"), help_text=_("The day and hour the event begins.")
    )
    ends_at = models.DateTimeField(
        _("ends at"),
        null=True,
        blank=True,
        help_text=_(
            "Optional: the day and hour the event ends. Without it, the event "
            "counts as past once it has begun."
        ),
    )
    place = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("Optional: where it happens, with the address, or 'online'."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Optional: the web page where visitors sign up."),
    )
    companies = models.ManyToManyField(
        "companies.Company",
        verbose_name=_("companies involved"),
        blank=True,
        related_name="events",
        help_text=_(
            "Optional: the social-economy companies that organise or take part."
        ),
    )
    projects = models.ManyToManyField(
        "pages.Project",
        verbose_name=_("projects involved"),
        blank=True,
        related_name="events",
        help_text=_("Optional: the projects the event belongs to."),
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["status", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True)
                | Q(ends_at__gte=models.F("starts_at")),
                name="event_ends_after_start",
                violation_error_code="event_ends_after_start",
                violation_error_message=_("The end cannot come before the start."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:event_detail", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("news:event_preview", kwargs={"pk": self.pk})

    def get_ics_url(self):
        return reverse("news:event_ics", kwargs={"slug": self.slug})

    @property
    def last_moment(self):
        return self.ends_at or self.starts_at

    def is_past(self, now=None):
        return self.last_moment < (now or timezone.now())

    def clean(self):
        super().clean()
        errors = _slug_errors("news:event_detail", self.slug)
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The end cannot come before the start.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def next_visibility_change(cls, now):
        """When the next published upcoming event becomes past (it moves from the
        list of events to the archive): core.models.next_publication_moment, so
        that cached pages are made anew then."""
        last = (
            cls.objects.visible(now)
            .upcoming(now)
            .annotate(moment=Coalesce("ends_at", "starts_at"))
            .order_by("moment")
            .values_list("moment", flat=True)
            .first()
        )
        if last is None:
            return None
        # upcoming() holds while the moment >= now: past just after it.
        return last + datetime.timedelta(microseconds=1)
