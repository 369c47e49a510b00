from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import class_prepared, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from gentse_se.html import sanitize_html
from gentse_se.images import (
    SafeImageField,
    delete_renditions,
    make_renditions,
    renditions_present,
    valid_widths,
)

# What the rich-text editor offers; gentse_se.html.sanitize_html enforces the same.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
}

MAX_DEPTH = 3


def empty(field):
    """Q for a translated field without text (NULL or "")."""
    return Q(**{f"{field}__isnull": True}) | Q(**{field: ""})


def rich_text_field(verbose_name, help_text, blank=True):
    return ProseEditorField(
        verbose_name,
        blank=blank,
        extensions=EDITOR_EXTENSIONS,
        sanitize=sanitize_html,
        help_text=help_text,
    )


class PublishableQuerySet(models.QuerySet):
    def published(self, now=None):
        """Visible to visitors now: published, and inside its publication window."""
        now = now or timezone.now()
        return self.filter(status=Publishable.Status.PUBLISHED).filter(
            Q(publish_from__isnull=True) | Q(publish_from__lte=now),
            Q(publish_until__isnull=True) | Q(publish_until__gt=now),
        )


class Publishable(models.Model):
    """Status and publication window, decided at request time (no cron needed)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published items are shown to visitors."),
    )
    publish_from = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Optional: the item appears on the site only from this moment."),
    )
    publish_until = models.DateTimeField(
        _("publish until"),
        null=True,
        blank=True,
        help_text=_("Optional: the item disappears from the site at this moment."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Sanitise every language's rich text, whatever wrote it (admin, import, shell).
        for code, _name in settings.LANGUAGES:
            field = f"body_{code}"
            if hasattr(self, field):
                setattr(self, field, sanitize_html(getattr(self, field)))
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if (
            self.publish_from
            and self.publish_until
            and self.publish_until <= self.publish_from
        ):
            raise ValidationError(
                {
                    "publish_until": _(
                        "The end of publication must come after its start."
                    )
                }
            )

    def is_visible(self, now=None):
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and (self.publish_from is None or self.publish_from <= now)
            and (self.publish_until is None or self.publish_until > now)
        )

    def has_language(self, code):
        """Whether the item has its own text in this language (not a fallback)."""
        return bool(getattr(self, f"title_{code}", ""))

    def languages(self):
        return [code for code, _name in settings.LANGUAGES if self.has_language(code)]


def image_upload_to(instance, filename):
    """pages/<name>, projects/<name>: the name is already random (gentse_se.images)."""
    return f"{instance.upload_folder}/{filename}"


RENDITION_FIELDS = ("image_width", "image_height", "image_renditions")


class Illustrated(models.Model):
    """An optional image with its required alternative text, and its responsive
    renditions (gentse_se.images): made when the image changes, deleted when it is
    replaced, cleared or its object deleted. The original file itself is kept, since
    the admin history can bring back a version that shows it."""

    upload_folder = "images"

    image = SafeImageField(
        _("image"),
        upload_to=image_upload_to,
        blank=True,
        help_text=_("Optional: a JPEG, PNG or WebP photo of at most 5 MB."),
    )
    image_alt = models.CharField(
        _("alternative text of the image"),
        max_length=200,
        blank=True,
        help_text=_(
            "Required with an image: what the image shows, for people who cannot see "
            "it. Do not start with 'image of'."
        ),
    )
    # Kept so that a page shows the image without opening its file.
    image_width = models.PositiveIntegerField(
        _("image width"), null=True, blank=True, editable=False
    )
    image_height = models.PositiveIntegerField(
        _("image height"), null=True, blank=True, editable=False
    )
    image_renditions = models.JSONField(
        _("image renditions"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("The widths in pixels of the smaller copies made of the image."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "image" in update_fields:
            kwargs["update_fields"] = {*update_fields, *RENDITION_FIELDS}
        super().save(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        if "image" in instance.__dict__:
            instance._stored_image = _image_name(instance.__dict__["image"])
        return instance

    def clean(self):
        super().clean()
        if self.image and not self.image_alt_nl:
            raise ValidationError(
                {"image_alt_nl": _("Describe the image for people who cannot see it.")}
            )


def _image_name(value) -> str:
    return (getattr(value, "name", value) or "") if value else ""


def _renditions_before_save(sender, instance, raw, using, update_fields, **kwargs):
    """Make the renditions of a new image before its row is written.

    A raw save (a version restored from the admin history, loaddata) writes no file:
    it keeps the recorded renditions only if their files are still there, else the
    site shows the original until the next save or `make_renditions`."""
    if update_fields is not None and "image" not in update_fields:
        return
    image = instance.image
    if not raw and image and not image._committed:
        image.save(image.name, image.file, save=False)
        image = instance.image
    current = image.name or ""
    previous = getattr(instance, "_stored_image", None)
    previous_widths = instance.image_renditions
    if previous is None:  # not loaded from the database: ask it
        previous, previous_widths = "", []
        if instance.pk is not None:
            row = (
                sender._base_manager.using(using)
                .filter(pk=instance.pk)
                .values_list("image", "image_renditions")
                .first()
            )
            if row:
                previous, previous_widths = row[0] or "", row[1]
    instance._replaced_image = (
        (previous, previous_widths) if previous and previous != current else None
    )
    if not current:
        instance.image_renditions, instance.image_width, instance.image_height = (
            [],
            None,
            None,
        )
    elif raw:
        widths = valid_widths(instance.image_renditions)
        if current != previous and not renditions_present(
            image.storage, current, widths, everywhere=True
        ):
            instance.image_renditions = []
    elif current != previous or not valid_widths(instance.image_renditions):
        widths, width, height = make_renditions(image)
        instance.image_renditions = widths
        instance.image_width, instance.image_height = width, height


def _renditions_after_save(sender, instance, using, update_fields, **kwargs):
    if update_fields is not None and "image" not in update_fields:
        return
    replaced = instance.__dict__.pop("_replaced_image", None)
    if replaced:
        name, widths = replaced
        storage = instance.image.storage
        transaction.on_commit(
            partial(delete_renditions, storage, name, widths), using=using
        )
    instance._stored_image = instance.image.name or ""


def _renditions_after_delete(sender, instance, using, **kwargs):
    if "image" in instance.get_deferred_fields() or not instance.image:
        return
    transaction.on_commit(
        partial(
            delete_renditions,
            instance.image.storage,
            instance.image.name,
            instance.image_renditions,
        ),
        using=using,
    )


@receiver(class_prepared)
def _connect_renditions(sender, **kwargs):
    """Every concrete Illustrated model (pages, projects, companies) keeps its image's
    renditions in step with the image."""
    if issubclass(sender, Illustrated) and not sender._meta.abstract:
        uid = f"renditions-{sender._meta.label_lower}"
        pre_save.connect(_renditions_before_save, sender=sender, dispatch_uid=uid)
        post_save.connect(_renditions_after_save, sender=sender, dispatch_uid=uid)
        post_delete.connect(_renditions_after_delete, sender=sender, dispatch_uid=uid)


class HomePage(models.Model):
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
                condition=models.Q(id=1), name="homepage_single_row"
            ),
        ]

    def __str__(self):
        return str(_("Home page"))

    def save(self, *args, **kwargs):
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

    class Key(models.TextChoices):
        # Sections with a fixed role. An app section's page is shown as the intro of
        # that app's own address (the list of projects, for example).
        PEOPLE = "people", _("The people")
        JOBS = "jobs", _("The jobs")
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
                fields=["key"], condition=~Q(key=""), name="page_key_unique"
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
    start_date = models.DateField(
        _("start"),
        help_text=_(
            "When the project started. Use the 1st if only the month is known."
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
        if errors:
            raise ValidationError(errors)

    @property
    def partner_list(self):
        return [name.strip() for name in self.partners.split(",") if name.strip()]
