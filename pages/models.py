from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.models import (
    Illustrated,
    Publishable,
    PublishableQuerySet,
    Reviewed,
    TranslationTracked,
    Versioned,
    empty,
    rich_text_field,
)
from core.routing import route_taken

MAX_DEPTH = 3
PARENTS = "__".join(["parent"] * MAX_DEPTH)


class PageQuerySet(PublishableQuerySet):
    def visible(self, now=None):
        """Published, and every page above it published too."""
        now = now or timezone.now()
        condition = Q()
        for depth in range(1, MAX_DEPTH + 1):
            parent = "__".join(["parent"] * depth)
            condition &= Q(**{f"{parent}__isnull": True}) | Q(
                Q(**{f"{parent}__status": Publishable.Status.PUBLISHED}),
                Q(**{f"{parent}__publish_from__isnull": True})
                | Q(**{f"{parent}__publish_from__lte": now}),
                Q(**{f"{parent}__publish_until__isnull": True})
                | Q(**{f"{parent}__publish_until__gt": now}),
            )
        return self.published(now).filter(condition)


class HomePage(TranslationTracked, Reviewed, Versioned):
    """The home page's own words: one row, edited in the admin in every language."""

    SINGLETON_ID = 1

    title = models.CharField(
        _("title"),
        max_length=120,
        help_text=_("The main heading of the home page. Keep it short and plain."),
    )
    intro = models.TextField(
        _("introduction"),
        help_text=_(
            "One or two short paragraphs that say what the social economy is. "
            "Leave an empty line between paragraphs."
        ),
    )
    key_figure = models.CharField(
        _("key figure"),
        max_length=40,
        help_text=_('The figure shown large, with its wording, e.g. "zo\'n 1400".'),
    )
    key_figure_label = models.CharField(
        _("key figure label"),
        max_length=200,
        help_text=_("What the figure counts, as it reads after the figure."),
    )
    key_figure_source = models.CharField(
        _("source of the key figure"),
        max_length=200,
        help_text=_("Who published the figure, and when if known."),
    )
    key_figure_source_url = models.URLField(
        _("link to the source"),
        blank=True,
        help_text=_("Optional: the web page where the figure was published."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home page")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(id=1),
                name="homepage_single_row",
                violation_error_code="homepage_single_row",
                violation_error_message=_(
                    "The site has one home page: change the existing one."
                ),
            ),
        ]

    def __str__(self):
        return str(_("Home page"))

    def save(self, *args, **kwargs):
        if self.pk is None:
            # A new object replaces the one row, whatever its version.
            self.version = (
                HomePage.objects.filter(pk=self.SINGLETON_ID)
                .values_list("version", flat=True)
                .first()
                or 0
            )
        self.pk = self.SINGLETON_ID
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pages:home")

    @classmethod
    def load(cls):
        """The home page's row, or None before any content was entered."""
        return cls.objects.filter(pk=cls.SINGLETON_ID).first()


class Page(Publishable, Illustrated):
    """A content page in the tree: /<language>/<slug>/<slug>/…"""

    upload_folder = "pages"

    objects = PageQuerySet.as_manager()

    class Key(models.TextChoices):
        # Sections with a fixed role. An app section's page is shown as the intro of
        # that app's own address (the list of projects, for example).
        PEOPLE = "people", _("The people")
        JOBS = "jobs", _("The jobs")
        WORK = "work", _("Working in the social economy")
        COMPANIES = "companies", _("Companies (intro of the directory)")
        BUY_SOCIAL = "buy_social", _("Buy social! (intro of the catalogue)")
        CITY_ROLE = "city_role", _("The role of the City of Ghent")
        JOB_COUNT = "job_count", _("Job count (intro of the figures)")
        PROJECTS = "projects", _("Projects (intro of the list)")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        PRIVACY = "privacy", _("Privacy")

    # Keys whose page lives at an app's address: key → URL name.
    APP_SECTIONS = {
        "companies": "companies:list",
        "buy_social": "companies:buy_social",
        "projects": "pages:project_list",
        "job_count": "jobcount:page",
    }
    LEGAL_KEYS = ("accessibility", "privacy")

    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_(
            "Leave empty for a main section; choose a page to make a sub-page."
        ),
    )
    key = models.CharField(
        _("role"),
        max_length=20,
        choices=Key.choices,
        blank=True,
        default="",
        help_text=_(
            "Only for the site's fixed sections; leave empty for an ordinary page."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=120,
        help_text=_("The page's heading. Short and plain: say what the page is about."),
    )
    slug = models.SlugField(
        _("address"),
        max_length=80,
        help_text=_(
            "The last part of the page's address: lower case, digits and hyphens. "
            "Filled in from the Dutch title; English and French fall back to Dutch."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_(
            "One or two sentences shown under the title and on cards. At most 300 "
            "characters."
        ),
    )
    body = rich_text_field(
        _("text"),
        _(
            "The page text. Use headings in order (Heading 2, then Heading 3), links "
            "whose text says where they lead (never 'click here'), and short "
            "paragraphs."
        ),
    )
    meta_description = models.CharField(
        _("description for search engines"),
        max_length=160,
        blank=True,
        help_text=_(
            "Shown by search engines under the title; at most 160 characters. Empty: "
            "the summary is used."
        ),
    )
    menu_order = models.PositiveIntegerField(
        _("order"),
        default=100,
        help_text=_("Lower numbers come first in menus and lists."),
    )
    show_in_navigation = models.BooleanField(
        _("show in the main navigation"),
        default=False,
        help_text=_("Only for main sections: shown in the menu and as a card on home."),
    )

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["menu_order", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["key"],
                condition=~Q(key=""),
                name="page_key_unique",
                violation_error_code="page_key_unique",
                violation_error_message=_(
                    "Another page already has this role. Each fixed section has "
                    "one page: choose another role, or leave the role empty."
                ),
            ),
        ]
        indexes = [
            models.Index(fields=["parent", "status", "menu_order"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.key in self.APP_SECTIONS:
            return reverse(self.APP_SECTIONS[self.key])
        return reverse("page", kwargs={"path": self.path_in()})

    def get_preview_url(self):
        return reverse("pages:page_preview", kwargs={"pk": self.pk})

    # --- tree --------------------------------------------------------------------
    def ancestors(self):
        """Parents from the top down (uses select_related parents when loaded)."""
        chain = []
        node = self.parent
        while node is not None and len(chain) < MAX_DEPTH:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    def path_in(self, language=None):
        """The page's path in a language: its own slugs, or the Dutch ones."""
        language = language or get_language()
        return "/".join(
            getattr(node, f"slug_{language}", "") or node.slug_nl
            for node in [*self.ancestors(), self]
        )

    # --- validation --------------------------------------------------------------
    def clean(self):
        super().clean()
        errors = {}
        if self.key in self.APP_SECTIONS and self.parent_id:
            errors["parent"] = _("A section page cannot be a sub-page.")
        depth = len(self.ancestors()) + 1 if self.parent_id else 1
        if depth > MAX_DEPTH:
            errors["parent"] = _("Pages can be nested at most three levels deep.")
        node = self.parent
        while node is not None:
            if node.pk and node.pk == self.pk:
                errors["parent"] = _("A page cannot be placed under itself.")
                break
            node = node.parent
        errors.update(self._slug_errors())
        if errors:
            raise ValidationError(errors)

    def _slug_errors(self):
        from pages.routes import reserved_segments

        errors = {}
        siblings = Page.objects.filter(parent_id=self.parent_id).exclude(pk=self.pk)
        for code, _name in settings.LANGUAGES:
            slug = getattr(self, f"slug_{code}", "") or ""
            if not slug:
                continue
            field = f"slug_{code}"
            if (
                self.parent_id is None
                and self.key not in self.APP_SECTIONS
                and slug in reserved_segments(code)
            ):
                errors[field] = _(
                    "This address is already used by a part of the site "
                    "(“%(slug)s”). Choose another one."
                ) % {"slug": slug}
                continue
            taken = siblings.filter(
                Q(**{field: slug}) | (empty(field) & Q(slug_nl=slug))
            )
            if taken.exists():
                errors[field] = _(
                    "Another page at the same place already has this address."
                )
        return errors


class Project(Publishable, Illustrated):
    """A project with and for workers or companies of the social economy."""

    upload_folder = "projects"

    title = models.CharField(
        _("title"), max_length=160, help_text=_("The project's name, short and plain.")
    )
    slug = models.SlugField(
        _("address"),
        max_length=80,
        help_text=_(
            "The last part of the project's address: lower case, digits and hyphens."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown in the list of projects."),
    )
    body = rich_text_field(
        _("text"),
        _(
            "What the project does, with whom, and what it yields. Headings in order, "
            "links that say where they lead."
        ),
    )

    class Precision(models.TextChoices):
        DAY = "day", _("the exact day")
        MONTH = "month", _("the month")
        SEASON = "season", _("early, mid or late in the year")
        YEAR = "year", _("only the year")

    class Running(models.TextChoices):
        YES = "yes", _("yes, it still runs")
        NO = "no", _("no, it has ended")
        UNKNOWN = "unknown", _("not known")

    start_date = models.DateField(
        _("start"),
        help_text=_(
            "When the project started. If you know less than the day, choose below "
            "how precise this date is (and use the 1st of the month, or January, "
            "May or September for early, mid or late in the year)."
        ),
    )
    start_precision = models.CharField(
        _("how precise the start is"),
        max_length=10,
        choices=Precision.choices,
        default=Precision.DAY,
        help_text=_(
            "Visitors see only what is known: “July 2019”, “early 2017” or “2016”."
        ),
    )
    running = models.CharField(
        _("still running"),
        max_length=10,
        choices=Running.choices,
        default=Running.UNKNOWN,
        help_text=_(
            "Without an end date: does the project still run? “Not known” shows no "
            "claim, and the list by year counts it only in its first year."
        ),
    )
    end_date = models.DateField(
        _("end"),
        null=True,
        blank=True,
        help_text=_("Optional: when the project ended. Empty while it runs."),
    )
    partners = models.TextField(
        _("partners"),
        blank=True,
        help_text=_("The organisations and people involved, separated by commas."),
    )
    companies = models.ManyToManyField(
        "companies.Company",
        verbose_name=_("companies involved"),
        blank=True,
        related_name="projects",
        help_text=_("The social-economy companies that take part."),
    )
    external_url = models.URLField(
        _("more information"),
        blank=True,
        help_text=_("Optional: a web page with more about the project, or its source."),
    )

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-start_date", "title"]
        indexes = [models.Index(fields=["status", "-start_date"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        slug = getattr(self, f"slug_{get_language()}", "") or self.slug_nl
        return reverse("pages:project_detail", kwargs={"slug": slug})

    def get_preview_url(self):
        return reverse("pages:project_preview", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end cannot come before the start.")
        if self.end_date and self.running == self.Running.YES:
            errors["running"] = _("A project with an end date no longer runs.")
        for code, _name in settings.LANGUAGES:
            slug = getattr(self, f"slug_{code}", "")
            field = f"slug_{code}"
            if (
                slug
                and Project.objects.exclude(pk=self.pk)
                .filter(Q(**{field: slug}) | (empty(field) & Q(slug_nl=slug)))
                .exists()
            ):
                errors[field] = _("Another project already has this address.")
            elif (effective := slug or self.slug_nl) and route_taken(
                "pages:project_detail", code, slug=effective
            ):
                errors[field] = _(
                    "This address is already used by a part of the site "
                    "(“%(slug)s”). Choose another one."
                ) % {"slug": effective}
        if errors:
            raise ValidationError(errors)

    @property
    def partner_list(self):
        return [name.strip() for name in self.partners.split(",") if name.strip()]
