"""What every kind of content shares: publication, images and rich text."""

import uuid
from functools import partial

from concurrency.api import concurrency_disable_increment
from concurrency.fields import IntegerVersionField
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import class_prepared, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from core.html import EDITOR_EXTENSIONS, sanitize_html, validate_links
from core.images import (
    SafeImageField,
    delete_renditions,
    make_renditions,
    renditions_present,
    valid_widths,
)
from core.uploads import validate_pdf


def empty(field):
    """Q for a translated field without text (NULL or "")."""
    return Q(**{f"{field}__isnull": True}) | Q(**{field: ""})


class RichTextField(ProseEditorField):
    """The editor's HTML, sanitised (core.html) on every write, whatever wrote it:
    the admin, an import, the shell. The one place where rich text is cleaned."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EDITOR_EXTENSIONS)
        kwargs.setdefault("sanitize", sanitize_html)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        # Through __dict__, not the attribute: modeltranslation's descriptor on the
        # untranslated field would read a fallback and write it into another language.
        value = sanitize_html(model_instance.__dict__.get(self.attname) or "")
        model_instance.__dict__[self.attname] = value
        return value

    def formfield(self, **kwargs):
        # In a form, a refused link is an error naming it, checked before the
        # sanitiser would drop its address; other writes are only sanitised.
        kwargs.setdefault("validators", [validate_links])
        return super().formfield(**kwargs)


def rich_text_field(verbose_name, help_text, blank=True):
    return RichTextField(verbose_name, blank=blank, help_text=help_text)


class PublishableQuerySet(models.QuerySet):
    def published(self, now=None):
        """Published, and inside its publication window."""
        now = now or timezone.now()
        return self.filter(status=Publishable.Status.PUBLISHED).filter(
            Q(publish_from__isnull=True) | Q(publish_from__lte=now),
            Q(publish_until__isnull=True) | Q(publish_until__gt=now),
        )

    def visible(self, now=None):
        """What visitors see now. Views, search, sitemaps and feeds all ask this;
        a tree (pages) also asks that every ancestor is visible."""
        return self.published(now)


class VersionField(IntegerVersionField):
    """django-concurrency's version number, not editable: no form, CSV column or
    history lists it (its own field takes no `editable`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.editable = False


class Versioned(models.Model):
    """A version number that every save changes (django-concurrency): a save of a
    copy loaded before someone else's save fails instead of overwriting it. The
    admin's forms carry the number and explain a conflict (core.locking)."""

    version = VersionField(
        verbose_name=_("version"),
        help_text=_("Changes with every save; used to detect conflicting edits."),
    )

    class Meta:
        abstract = True

    def _save_table(
        self,
        raw=False,
        cls=None,
        force_insert=False,
        force_update=False,
        using=None,
        update_fields=None,
    ):
        # A raw save (a version restored from the history, loaddata) writes an old
        # row with its old number: it keeps the row's current number instead, so
        # that it is not refused as stale and a restore's form stays valid. Django
        # has no public hook here: deserialisation calls Model.save_base directly
        # and the history view mutes the save signals.
        if raw and self.pk is not None:
            current = (
                type(self)
                ._base_manager.using(using)
                .filter(pk=self.pk)
                .values_list("version", flat=True)
                .first()
            )
            if current is not None:
                self.version = current
                with concurrency_disable_increment(self):
                    return super()._save_table(
                        raw, cls, force_insert, force_update, using, update_fields
                    )
        return super()._save_table(
            raw, cls, force_insert, force_update, using, update_fields
        )


class TranslationTracked(models.Model):
    """Per language and field, the Dutch text each translation was last made from or
    checked against, and the resulting status (core.translation_status)."""

    translation_state = models.JSONField(
        _("translation status"), default=dict, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        from core.translation_status import track

        track(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "translation_state"}
        super().save(*args, **kwargs)


class Reviewed(models.Model):
    """An owner who keeps the item up to date, and when it was last checked
    (core.review). The interval after which a check is due is per kind."""

    review_interval_months = 12

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The editor who keeps this up to date and gets the reminders."),
    )
    reviewed_at = models.DateField(
        _("checked on"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True


class Publishable(TranslationTracked, Reviewed, Versioned):
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


def next_publication_moment(now=None):
    """The next moment at which any publication window opens or closes, or None;
    also when the next published company's vacancy link or offerings stop being
    shown for lack of a confirmation (core.freshness; companies by name only)."""
    import datetime

    from django.apps import apps

    from core.freshness import add_months, confirmation_cutoff, confirmation_months

    now = now or timezone.now()
    moments = []
    for model in apps.get_models():
        if issubclass(model, Publishable):
            for field in ("publish_from", "publish_until"):
                found = (
                    model.objects.filter(**{f"{field}__gt": now})
                    .order_by(field)
                    .values_list(field, flat=True)
                    .first()
                )
                if found:
                    moments.append(found)
    if apps.is_installed("companies"):
        companies = apps.get_model("companies", "Company").objects.filter(
            published=True
        )
        for field, queryset in (
            ("vacancies_confirmed_at", companies.exclude(vacancies_url="")),
            ("offerings_confirmed_at", companies),
        ):
            found = (
                queryset.filter(**{f"{field}__gte": confirmation_cutoff(now)})
                .order_by(field)
                .values_list(field, flat=True)
                .first()
            )
            if found is None:
                continue
            moment = add_months(found, confirmation_months())
            if moment.day != found.day:
                # No such day in that month (30 November + 3): shown to its end.
                moment = moment.replace(day=1, hour=0, minute=0, second=0)
                moments.append(add_months(moment.replace(microsecond=0), 1))
            else:
                # Still shown at that very moment (is_confirmed: >=), not after.
                moments.append(moment + datetime.timedelta(microseconds=1))
    for model in apps.get_models():
        # A model whose rows leave (or enter) what visitors see by the clock alone
        # says when next (companies.Vacancy: a check falls due).
        hook = getattr(model, "next_visibility_change", None)
        if hook is not None:
            found = hook(now)
            if found is not None:
                moments.append(found)
    return min(moments) if moments else None


def image_upload_to(instance, filename):
    """pages/<name>, projects/<name>: the name is already random (core.images)."""
    return f"{instance.upload_folder}/{filename}"


RENDITION_FIELDS = ("image_width", "image_height", "image_renditions")


class Illustrated(models.Model):
    """An optional image with its required alternative text, and its responsive
    renditions (core.images): made when the image changes, deleted when it is
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


class RateLimit(models.Model):
    """How often one visitor (by a keyed hash of the address, never the address
    itself) did one thing within one fixed window. Counted in the database, so the
    count holds across workers and servers and each attempt is counted once
    (core.ratelimit); rows of past windows are deleted by `purge_personal_data`."""

    key = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("rate limit")
        verbose_name_plural = _("rate limits")
        constraints = [
            models.UniqueConstraint(
                fields=["key", "window_start"],
                name="ratelimit_key_window_unique",
                violation_error_code="ratelimit_key_window_unique",
                violation_error_message=_("This window is already counted."),
            )
        ]

    def __str__(self):
        return f"{self.key[:8]}… {self.window_start:%Y-%m-%d %H:%M}: {self.count}"


class WorkingCopy(models.Model):
    """Changes to an item that visitors do not see yet (core.drafts): the admin form
    as it was submitted, until someone who may publish publishes or discards it."""

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted for review")
        SENT_BACK = "sent_back", _("sent back")

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField()
    # The POST as lists (without the CSRF token and the buttons); an image uploaded
    # into the copy is stored under its field's storage and named in `files`.
    form_data = models.JSONField(_("form data"), default=dict)
    files = models.JSONField(_("files"), default=dict, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DRAFT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    comment = models.TextField(_("comment of the reviewer"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("working copy")
        verbose_name_plural = _("working copies")
        ordering = ["-updated_at"]
        permissions = [("publish_content", _("Can publish changes"))]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                name="workingcopy_one_per_item",
                violation_error_code="workingcopy_one_per_item",
                violation_error_message=_(
                    "This item already has a working copy: open the item to "
                    "continue it."
                ),
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.get_state_display()}"

    @property
    def item(self):
        return self.content_type.get_object_for_this_type(pk=self.object_id)


def document_upload_to(instance, filename):
    """documents/<random>.pdf: the address visitors use is the document's own
    (core.documents), so the stored name needs to tell nothing."""
    return f"documents/{uuid.uuid4().hex}.pdf"


class Document(models.Model):
    """An uploaded PDF that rich text links to: /documenten/<id>/<title>.pdf, shown
    with its type and size (core.documents)."""

    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_(
            "What the document is called, as visitors read it, e.g. 'Annual report "
            "2025'. Also its file name when it is downloaded."
        ),
    )
    file = models.FileField(
        _("PDF file"),
        upload_to=document_upload_to,
        validators=[FileExtensionValidator(["pdf"]), validate_pdf],
        help_text=_(
            "A PDF of at most 20 MB. A new file replaces the old one at the same "
            "address."
        ),
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-updated_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("document", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def file_type(self):
        return "PDF"

    @property
    def slug(self):
        """The Dutch title as a file name: the same address in every language."""
        return slugify(self.title_nl or self.title) or "document"


@receiver([post_save, post_delete], sender=Document)
def _document_changed(sender, **kwargs):
    """Pages show a document's title, type and size beside its links."""
    from core.pagecache import content_changed

    content_changed()


class OutboundLink(models.Model):
    """An address outside the site that some content links to, and what the last
    checks of it found (core.linkcheck)."""

    url = models.CharField(_("address"), max_length=2000, unique=True)
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    status_code = models.PositiveSmallIntegerField(
        _("HTTP status"), null=True, blank=True
    )
    ok = models.BooleanField(_("works"), null=True, blank=True)
    error = models.CharField(_("problem"), max_length=300, blank=True)
    redirects = models.JSONField(_("redirects"), default=list, blank=True)
    first_failed_at = models.DateTimeField(_("failing since"), null=True, blank=True)
    failures = models.PositiveSmallIntegerField(_("failed checks in a row"), default=0)
    reported_at = models.DateTimeField(
        _("reported to the owner"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("outbound link")
        verbose_name_plural = _("outbound links")
        ordering = ["url"]

    def __str__(self):
        return self.url


class LinkUse(models.Model):
    """Where an outbound link is used: an item and one of its fields."""

    link = models.ForeignKey(
        OutboundLink,
        verbose_name=_("outbound link"),
        on_delete=models.CASCADE,
        related_name="uses",
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("kind"), on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField(_("item"))
    field = models.CharField(_("field"), max_length=80)

    class Meta:
        verbose_name = _("use of an outbound link")
        verbose_name_plural = _("uses of outbound links")
        constraints = [
            models.UniqueConstraint(
                fields=["link", "content_type", "object_id", "field"],
                name="unique_link_use",
                violation_error_code="unique_link_use",
                violation_error_message=_(
                    "This link is already recorded for this field of this item."
                ),
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.link} ({self.field})"
