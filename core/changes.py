"""The site-wide change history: every admin action of every user (Django's
LogEntry), read-only, for the editors too; the admin index's "My actions" shows only
one's own.

A proxy of LogEntry gives the list its own name and its own view permission, which the
editor groups hold (core.permissions.VIEW_ONLY_MODELS). Imported from
CoreConfig.ready(), which registers the model and its admin.
"""

from contextlib import suppress

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.admin_i18n import field_labels, translate_labels


class ChangeRecord(LogEntry):
    class Meta:
        proxy = True
        app_label = "core"
        verbose_name = pgettext_lazy("change history", "change")
        verbose_name_plural = _("change history")


def entries_annotate(entries, user):
    """Give each entry on one page of the list `admin_url` (its item's change form
    while the item exists and the user may open it, else None) and `message` (the
    change message with the field labels in the active language). One query per
    content type on the page, however many entries."""
    by_type = {}
    for entry in entries:
        entry.admin_url = None
        entry.message = entry.get_change_message()
        if entry.content_type_id and entry.object_id:
            by_type.setdefault(entry.content_type_id, []).append(entry)
    for group in by_type.values():
        model = group[0].content_type.model_class()
        if model is None:  # a model that no longer exists
            continue
        labels = field_labels(model)
        for entry in group:
            entry.message = translate_labels(entry.message, labels)
        opts = model._meta
        if not (
            user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
            or user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
        ):
            continue
        pks = {}
        for entry in group:
            with suppress(ValidationError):  # an id of another type of key
                pks[entry.object_id] = opts.pk.to_python(entry.object_id)
        existing = set(
            model._base_manager.filter(pk__in=set(pks.values())).values_list(
                "pk", flat=True
            )
        )
        for entry in group:
            if entry.object_id in pks and pks[entry.object_id] in existing:
                entry.admin_url = entry.get_admin_url()


class ChangeRecordList(ChangeList):
    def get_results(self, request):
        super().get_results(request)
        entries_annotate(self.result_list, request.user)


@admin.register(ChangeRecord)
class ChangeRecordAdmin(admin.ModelAdmin):
    list_display = [
        "action_time",
        "user",
        "content_type",
        "item",
        "action_flag",
        "message",
    ]
    list_display_links = None
    list_filter = [
        ("user", admin.RelatedOnlyFieldListFilter),
        ("content_type", admin.RelatedOnlyFieldListFilter),
        "action_flag",
    ]
    list_select_related = ["user", "content_type"]
    search_fields = ["object_repr"]
    date_hierarchy = "action_time"
    fields = readonly_fields = [
        "action_time",
        "user",
        "content_type",
        "object_id",
        "object_repr",
        "action_flag",
        "message",
    ]

    def get_changelist(self, request, **kwargs):
        return ChangeRecordList

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("item"), ordering="object_repr")
    def item(self, entry):
        url = getattr(entry, "admin_url", None)
        if url:
            return format_html('<a href="{}">{}</a>', url, entry.object_repr)
        return entry.object_repr

    @admin.display(description=_("change message"))
    def message(self, entry):
        if hasattr(entry, "message"):  # annotated by the list
            return entry.message
        model = entry.content_type and entry.content_type.model_class()
        labels = field_labels(model) if model else {}
        return translate_labels(entry.get_change_message(), labels)
