"""No lost edits: the admin's forms carry, in one hidden input, the version of the
item they were opened with (django-concurrency's number on core.models.Versioned)
and a fingerprint of every value they showed. A form saved after someone else saved
the item is refused with a message that names what changed meanwhile; the form is
shown again with the editor's input. The save itself is checked by the database
too (django-concurrency): a stale copy of a row never overwrites it.

django-concurrency's own ConcurrentModelAdmin and form are not used: their messages
are English only ("Record Modified"), the admin replaces the list's action
checkboxes, and neither says what changed. The fingerprints are ours: Django keeps
no record of the values a form was opened with (show_hidden_initial would send
every text, rich text in three languages included, twice)."""

import hashlib
import json

from concurrency.exceptions import RecordModifiedError
from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

LOADED = "loaded_version"


def is_versioned(model):
    return hasattr(model, "_concurrencymeta")


def _fingerprint(value) -> str:
    text = json.dumps(value, default=str, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def fingerprints(form):
    """{field name: fingerprint} of the values the form shows before any input:
    for a form of a stored item, its stored values."""
    return {
        name: _fingerprint(field.prepare_value(form.get_initial_for_field(field, name)))
        for name, field in form.fields.items()
        if name != LOADED
    }


def field_label(form, name):
    """The field's label as an editor reads it; a translated field with its
    language: "Samenvatting (Nederlands)"."""
    try:
        model_field = form.instance._meta.get_field(name)
    except FieldDoesNotExist:
        return str(form.fields[name].label or name)
    original = getattr(model_field, "translated_field", None)
    if original is not None:
        language = dict(settings.LANGUAGES).get(model_field.language, "")
        return f"{capfirst(original.verbose_name)} ({language})"
    return str(capfirst(model_field.verbose_name))


class LoadedVersionField(forms.CharField):
    """{"version": …, "values": {field: fingerprint}} as JSON in a hidden input;
    never a change of the item."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(
            required=False, label=_("version when the form was opened"), **kwargs
        )

    def has_changed(self, initial, data):
        return False


class LockedForm(forms.ModelForm):
    """A form that refuses to save over a version of the item it was not opened
    with. The admin mixins below put it under the admin's own form."""

    loaded_version = LoadedVersionField()
    saved_version_url = ""  # the item's change page, set by LockingMixin

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if LOADED in self.fields and self.instance.pk is not None:
            self.initial.setdefault(
                LOADED,
                json.dumps(
                    {"version": self.instance.version, "values": fingerprints(self)}
                ),
            )

    def loaded(self):
        """What the form was opened with, as sent: {} when nothing (or garbage)."""
        try:
            loaded = json.loads(self.data.get(self.add_prefix(LOADED)) or "{}")
        except (TypeError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def changed_meanwhile(self, loaded_values):
        """Labels of the fields whose stored values (the instance was loaded for
        this request) differ from the ones the form was opened with."""
        if not isinstance(loaded_values, dict):
            return []
        return [
            field_label(self, name)
            for name, now in fingerprints(self).items()
            if name in loaded_values and loaded_values[name] != now
        ]

    def clean(self):
        cleaned_data = super().clean()
        if LOADED not in self.fields or self.instance.pk is None:
            return cleaned_data
        # Sent without it (a script, not the admin's page): saved as without
        # locking, over what is stored.
        loaded = self.loaded()
        if "version" in loaded and loaded["version"] != self.instance.version:
            raise ValidationError(
                self.conflict_message(self.changed_meanwhile(loaded.get("values")))
            )
        return cleaned_data

    def conflict_message(self, changed):
        if changed:
            text = gettext(
                "Someone else saved this item after you opened it. Your changes "
                "were not saved, so that theirs are not undone. Changed meanwhile: "
                "%(fields)s. Your input is still in the form below."
            ) % {"fields": ", ".join(changed)}
        else:
            # Not in this form's own fields: a row below says what, if it can.
            text = gettext(
                "Someone else saved this item after you opened it. Your changes "
                "were not saved, so that theirs are not undone. Your input is still "
                "in the form below."
            )
        if not self.saved_version_url:
            return text
        return format_html(
            '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
            text,
            self.saved_version_url,
            gettext(
                "Open the saved version (in a new tab), make your changes there "
                "again and save."
            ),
        )


class LockedInlineForm(LockedForm):
    """A row of an inline table: the message is about the row."""

    def conflict_message(self, changed):
        if changed:
            return gettext(
                "Someone else changed this row after you opened the page: %(fields)s."
            ) % {"fields": ", ".join(changed)}
        return gettext("Someone else saved this row after you opened the page.")


def _locked(base, form, **attrs):
    return type(form.__name__, (base, form), attrs)


def _with_lock_field(fieldsets, add):
    """The fieldsets without the hidden input of the loaded version, and with it in
    a hidden fieldset of its own when add is true."""
    fieldsets = [
        (name, {**opts, "fields": [f for f in opts["fields"] if f != LOADED]})
        for name, opts in fieldsets
    ]
    if add:
        fieldsets.append((None, {"fields": [LOADED], "classes": ["hidden"]}))
    return fieldsets


class LockingMixin:
    """For a ModelAdmin of a Versioned model: its change form carries the version
    and refuses a stale save (LockedForm)."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not is_versioned(self.model):
            return fieldsets
        # Only where the editor may save: a read-only form shows no version.
        return _with_lock_field(
            fieldsets, obj is not None and self.has_change_permission(request, obj)
        )

    def get_form(self, request, obj=None, **kwargs):
        if is_versioned(self.model):
            url = ""
            if obj is not None and obj.pk is not None:
                url = reverse(
                    f"{self.admin_site.name}:{self.opts.app_label}_"
                    f"{self.opts.model_name}_change",
                    args=[quote(obj.pk)],
                )
            kwargs["form"] = _locked(
                LockedForm, kwargs.get("form", self.form), saved_version_url=url
            )
        return super().get_form(request, obj, **kwargs)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except RecordModifiedError:
            # Someone saved between this form's check and its save, and the save was
            # refused (and rolled back): a second run finds the form stale and says
            # what changed.
            return super().changeform_view(request, object_id, form_url, extra_context)


class LockedInlineMixin:
    """For an inline of a Versioned model: each row carries its version."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not is_versioned(self.model):
            return fieldsets
        return _with_lock_field(
            fieldsets, obj is not None and self.has_change_permission(request, obj)
        )

    def get_formset(self, request, obj=None, **kwargs):
        if is_versioned(self.model):
            kwargs["form"] = _locked(LockedInlineForm, kwargs.get("form", self.form))
        return super().get_formset(request, obj, **kwargs)
