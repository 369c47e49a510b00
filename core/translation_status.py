"""Translation status per item, language and field (issue 17, part A).

For every translated field and every language but Dutch (the source), an item's
``translation_state`` keeps a digest of the Dutch text the translation was made from:
written when that translation is saved changed, or when an editor marks the language
as checked. A translation is *outdated* when the Dutch text no longer matches that
digest, *missing* when the Dutch has text and the translation has none. The digest is
of the words only (no markup, no link addresses), so fixing a link or a bold word in
Dutch does not make every translation outdated.

Written by hand: django-modeltranslation keeps no history of its languages (its
issue #824 asks even for a sign that a tab is empty), and no maintained library
tracks translation freshness per field of a Django model.

The state, as stored (the flags are there so lists and the dashboard can filter in
the database)::

    {"made_from": {"en": {"title": "3f2a…"}, "fr": {…}},
     "missing": {"en": ["summary"], "fr": []},
     "outdated": {"en": [], "fr": ["title"]},
     "en_missing": true, "en_outdated": false, "fr_missing": false, "fr_outdated": true}
"""

import hashlib
import re

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from core import dashboard
from core.models import TranslationTracked

SOURCE = "nl"
# Shown beside a translation, as plain text: long rich text is cut here.
SOURCE_PREVIEW_WORDS = 400


def targets():
    """The languages translated from Dutch."""
    return [code for code, _name in settings.LANGUAGES if code != SOURCE]


def language_name(code):
    return gettext(dict(settings.LANGUAGES)[code])


def tracked_fields(model):
    """The translated fields of a model whose translations are tracked: all but slugs
    (an address, made from the title, not translated text)."""
    if not issubclass(model, TranslationTracked):
        return []
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(name for name in options.fields if not name.endswith("slug"))


def words(value):
    """The text of a value without markup, its whitespace collapsed."""
    return re.sub(r"\s+", " ", strip_tags(str(value or ""))).strip()


def digest(value):
    return hashlib.sha256(words(value).encode()).hexdigest()[:16]


def compute(values, fields, made_from, previous=None):
    """The new state of an item from its ``values`` ({"title_nl": …}), the digests
    its translations were made from, and the values before this save (None for a
    new item: every translation it has is then made from its Dutch)."""
    made_from = {lang: dict(made_from.get(lang, {})) for lang in targets()}
    state = {"made_from": made_from, "missing": {}, "outdated": {}}
    for lang in targets():
        missing, outdated = [], []
        for field in fields:
            source = values.get(f"{field}_{SOURCE}")
            value = values.get(f"{field}_{lang}")
            if not words(value):
                made_from[lang].pop(field, None)
                if words(source):
                    missing.append(field)
                continue
            if previous is None:
                made_from[lang][field] = digest(source)
            elif words(previous.get(f"{field}_{lang}")) != words(value):
                made_from[lang][field] = digest(source)  # translated just now
            elif field not in made_from[lang]:
                # Unknown until now (made before tracking): from the Dutch it had.
                made_from[lang][field] = digest(previous.get(f"{field}_{SOURCE}"))
            if words(source) and made_from[lang][field] != digest(source):
                outdated.append(field)
        state["missing"][lang] = missing
        state["outdated"][lang] = outdated
        state[f"{lang}_missing"] = bool(missing)
        state[f"{lang}_outdated"] = bool(outdated)
    return state


def columns(fields):
    return [f"{field}_{code}" for field in fields for code, _name in settings.LANGUAGES]


def values_of(obj, fields):
    return {name: getattr(obj, name, "") for name in columns(fields)}


def track(obj):
    """Update ``obj.translation_state`` before it is saved (TranslationTracked.save):
    compared with the row as it is in the database, not as the form found it, so a
    translation marked as checked meanwhile stays checked."""
    fields = tracked_fields(type(obj))
    if not fields:
        return
    previous = None
    made_from = (obj.translation_state or {}).get("made_from", {})
    if obj.pk is not None and not obj._state.adding:
        previous = (
            type(obj)
            ._base_manager.filter(pk=obj.pk)
            .values("translation_state", *columns(fields))
            .first()
        )
        if previous is not None:
            made_from = (previous["translation_state"] or {}).get("made_from", {})
    obj.translation_state = compute(values_of(obj, fields), fields, made_from, previous)


def backfill(model, fields):
    """Compute the state of every row of a model as it is: used by the data
    migrations that start the tracking (with the historical model) and after bench
    data made with bulk_create. Every existing translation counts as made from the
    Dutch it stands beside: nothing before now tells otherwise."""
    rows = []
    for obj in model._base_manager.only("pk", "translation_state", *columns(fields)):
        made_from = (obj.translation_state or {}).get("made_from", {})
        values = values_of(obj, fields)
        obj.translation_state = compute(values, fields, made_from, values)
        rows.append(obj)
    model._base_manager.bulk_update(rows, ["translation_state"], batch_size=500)
    return len(rows)


def status(obj):
    """{lang: {"missing": [...], "outdated": [...]}} for an item as it is now."""
    fields = tracked_fields(type(obj))
    values = values_of(obj, fields)
    state = compute(
        values, fields, (obj.translation_state or {}).get("made_from", {}), values
    )
    return {
        lang: {"missing": state["missing"][lang], "outdated": state["outdated"][lang]}
        for lang in targets()
    }


def mark_checked(obj, lang, user):
    """Record that the translations in ``lang`` say what the Dutch says, without
    changing them (no new version: only the state and a line in the history)."""
    fields = tracked_fields(type(obj))
    row = (
        type(obj)
        ._base_manager.filter(pk=obj.pk)
        .values("translation_state", *columns(fields))
        .get()
    )
    made_from = (row["translation_state"] or {}).get("made_from", {})
    made_from = {code: dict(made_from.get(code, {})) for code in targets()}
    for field in fields:
        if words(row[f"{field}_{lang}"]):
            made_from[lang][field] = digest(row[f"{field}_{SOURCE}"])
    state = compute(row, fields, made_from, row)
    type(obj)._base_manager.filter(pk=obj.pk).update(translation_state=state)
    obj.translation_state = state
    LogEntry.objects.log_actions(
        user.pk,
        [obj],
        CHANGE,
        # In the language of the admin (Dutch), as the editor read it.
        change_message=gettext("The %(language)s translation is marked as checked.")
        % {"language": language_name(lang)},
        single_object=True,
    )


def all_flags():
    return [f"{lang}_{kind}" for lang in targets() for kind in ("missing", "outdated")]


def field_label(model, field):
    return str(model._meta.get_field(field).verbose_name)


class TranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        choices = []
        for lang in targets():
            name = language_name(lang)
            choices.append(
                (f"{lang}_missing", _("%(language)s missing") % {"language": name})
            )
            choices.append(
                (f"{lang}_outdated", _("%(language)s outdated") % {"language": name})
            )
        choices.append(("complete", _("Complete and up to date")))
        return choices

    def queryset(self, request, queryset):
        value = self.value()
        flags = all_flags()
        if value in flags:
            return queryset.filter(**{f"translation_state__{value}": True})
        if value == "complete":
            for flag in flags:
                queryset = queryset.exclude(**{f"translation_state__{flag}": True})
            return queryset
        return queryset


class TranslationStatusAdminMixin:
    """Lists show each language's status and filter on it; the form marks missing
    and outdated language tabs (and tabs with an error), shows the Dutch beside each
    translation, and offers "mark as checked" per language."""

    @property
    def media(self):
        # A property, not a Media class: several mixins' Media classes would hide
        # one another (Django looks up one "Media" attribute along the MRO).
        return super().media + forms.Media(
            js=["js/translation_status.js"],
            css={"all": ["css/translation_status.css"]},
        )

    def tracks_translations(self):
        return bool(tracked_fields(self.model))

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if self.tracks_translations() and TranslationFilter not in filters:
            filters.append(TranslationFilter)
        return filters

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.tracks_translations() and self.has_change_permission(request):
            for lang in targets():
                name = f"mark_translation_checked_{lang}"
                actions[name] = (
                    self.checked_action(lang),
                    name,
                    _("Mark the %(language)s translation as checked")
                    % {"language": language_name(lang)},
                )
        return actions

    def checked_action(self, lang):
        def action(modeladmin, request, queryset):
            for obj in queryset:
                mark_checked(obj, lang, request.user)
            count = len(queryset)
            self.message_user(
                request,
                ngettext(
                    "%(count)d %(language)s translation marked as checked.",
                    "%(count)d %(language)s translations marked as checked.",
                    count,
                )
                % {"count": count, "language": language_name(lang)},
                messages.SUCCESS,
            )

        return action

    @admin.display(description=_("translations"))
    def languages_filled(self, obj):
        if not self.tracks_translations():
            return " ".join(code.upper() for code in obj.languages()) or "—"
        parts = []
        for lang, found in status(obj).items():
            if found["missing"] and found["outdated"]:
                text = gettext("missing and outdated")
            elif found["missing"]:
                text = gettext("missing")
            elif found["outdated"]:
                text = gettext("outdated")
            else:
                text = gettext("complete")
            parts.append(f"{lang.upper()}: {text}")
        return "; ".join(parts)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        fields = tracked_fields(self.model)
        if not fields:
            return form
        found = status(obj) if obj is not None else {}
        error_mark = gettext("contains an error")
        for field in fields:
            source_name = f"{field}_{SOURCE}"
            source = words(getattr(obj, source_name, "")) if obj is not None else ""
            for lang in targets():
                name = f"{field}_{lang}"
                formfield = form.base_fields.get(name)
                if formfield is None:
                    continue
                attrs = formfield.widget.attrs
                attrs["data-translation-error"] = error_mark
                if field in found.get(lang, {}).get("outdated", ()):
                    mark, note = (
                        gettext("outdated"),
                        gettext(
                            "Outdated: the Dutch text changed after this translation. "
                            "Adapt it, or mark the translation as checked."
                        ),
                    )
                elif field in found.get(lang, {}).get("missing", ()):
                    mark, note = (
                        gettext("missing"),
                        gettext(
                            "Missing: visitors see the Dutch text here until it is "
                            "translated."
                        ),
                    )
                else:
                    mark, note = "", ""
                if mark:
                    attrs["data-translation-mark"] = mark
                source_html = ""
                if source:
                    source_html = format_html(
                        '<details class="translation-source"{}><summary>{}</summary>'
                        '<p lang="nl">{}</p></details>',
                        mark_safe(" open") if mark == gettext("outdated") else "",
                        gettext("Dutch text"),
                        Truncator(source).words(SOURCE_PREVIEW_WORDS),
                    )
                note_html = (
                    format_html('<strong class="translation-note">{}</strong> ', note)
                    if note
                    else ""
                )
                formfield.help_text = format_html(
                    "{}{}{}",
                    note_html,
                    mark_safe(formfield.help_text or ""),
                    source_html,
                )
        return form

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/translation-checked/<str:lang>/",
                self.admin_site.admin_view(self.translation_checked_view),
                name=f"{opts.app_label}_{opts.model_name}_translation_checked",
            )
        ] + super().get_urls()

    def translation_checked_view(self, request, object_id, lang):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.tracks_translations() or lang not in targets():
            raise PermissionDenied
        obj = get_object_or_404(self.model._base_manager, pk=object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        mark_checked(obj, lang, request.user)
        self.message_user(
            request,
            gettext("The %(language)s translation is marked as checked.")
            % {"language": language_name(lang)},
            messages.SUCCESS,
        )
        opts = self.model._meta
        return HttpResponseRedirect(
            reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                args=[obj.pk],
            )
        )

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        original = context.get("original")
        if original is not None and self.tracks_translations():
            opts = self.model._meta
            found = status(original)
            context["translation_checks"] = (
                [
                    {
                        "lang": lang,
                        "name": language_name(lang),
                        "outdated": [
                            field_label(self.model, f) for f in data["outdated"]
                        ],
                        "url": reverse(
                            f"{self.admin_site.name}:{opts.app_label}_"
                            f"{opts.model_name}_translation_checked",
                            args=[original.pk, lang],
                        ),
                    }
                    for lang, data in found.items()
                    if data["outdated"]
                ]
                if self.has_change_permission(request, original)
                else []
            )
        return super().render_change_form(request, context, add, change, form_url, obj)


@dashboard.register
def translation_lines(request):
    """Per kind of item the user can edit: how many lack or have an outdated
    translation in each language (one query per kind)."""
    from django.apps import apps

    lines = []
    for model in apps.get_models():
        if not tracked_fields(model) or not admin.site.is_registered(model):
            continue
        opts = model._meta
        if not request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            continue
        flags = all_flags()
        counts = model._base_manager.aggregate(
            **{
                flag: Count("pk", filter=Q(**{f"translation_state__{flag}": True}))
                for flag in flags
            }
        )
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        for flag in flags:
            lang, kind = flag.split("_")
            if kind == "missing":
                label = _("%(kind)s: %(language)s missing")
            else:
                label = _("%(kind)s: %(language)s outdated")
            lines.append(
                dashboard.Attention(
                    label=label
                    % {
                        "kind": str(opts.verbose_name_plural).capitalize(),
                        "language": language_name(lang),
                    },
                    count=counts[flag],
                    url=f"{url}?translation={flag}",
                    kind=f"translation-{kind}",
                )
            )
    return lines
