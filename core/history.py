"""History that an editor can read (HistoryMixin, on every ContentAdmin).

django-reversion keeps the versions; django-reversion-compare's history list and URLs
stay, but its compare view is replaced by one that shows, per language, only the
fields that changed between two versions, under their Dutch labels: rich text as a
word-level diff of its rendered text (diff-match-patch on words), other fields as
old → new, choices, links and many-to-many by their names, an inline's rows listed.
From there one field, or one language, of the older version can be put back into the
current item: a POST that replays the admin's change form as it stands with those
values in it, through the admin's change view, so that its checks, the locking
(core.locking) and the working copies of live items (core.drafts) apply as to any
save; the new version and log entry say what was restored.
"""

import datetime
from decimal import Decimal
from html.parser import HTMLParser

from diff_match_patch import diff_match_patch
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import flatten_fieldsets, quote, unquote
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.fields.files import FieldFile
from django.forms.widgets import ChoiceWidget
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from modeltranslation.fields import TranslationField
from reversion.errors import RevertError
from reversion.models import Version

from core.admin_i18n import field_labels, translate_labels
from core.drafts import working_copy_get
from core.models import RichTextField
from core.permissions import PUBLISH_PERMISSION

MAX_ID = 2**31 - 1
BREAK = "\n"  # between two paragraphs, headings or list items of rich text

# --- Rich text as an editor reads it --------------------------------------------


class _TextBlocks(HTMLParser):
    """The rendered text of editor HTML (core.html allows only a few tags): one
    string per paragraph, heading, quote or list item, a list item with its bullet
    or number. No library renders HTML to text with these breaks by itself."""

    BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote", "br"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.lists = [], [], []

    def _end_block(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._end_block()
            start = dict(attrs).get("start") or "1"
            number = int(start) - 1 if start.isdigit() else 0
            self.lists.append(number if tag == "ol" else None)
        elif tag in self.BLOCKS:
            self._end_block()
            if tag == "li":
                if self.lists and self.lists[-1] is not None:
                    self.lists[-1] += 1
                    self.current.append(f"{self.lists[-1]}. ")
                else:
                    self.current.append("• ")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._end_block()
            if self.lists:
                self.lists.pop()
        elif tag in self.BLOCKS:
            self._end_block()

    def handle_data(self, data):
        self.current.append(data)


def html_blocks(html):
    """Editor HTML as its paragraphs of text: ["Kop", "Een alinea.", "• punt"]."""
    parser = _TextBlocks()
    parser.feed(html or "")
    parser.close()
    parser._end_block()
    return parser.blocks


def _words(html):
    words = []
    for block in html_blocks(html):
        if words:
            words.append(BREAK)
        words += block.split()
    return words


_dmp = diff_match_patch()


def word_diff(old, new):
    """[(op, [word, …])] from two lists of words; op is -1 (deleted), 0 (the same)
    or 1 (inserted). diff-match-patch's word mode (one character per distinct word),
    then its semantic clean-up, so that a rewritten sentence reads as one change."""
    vocabulary = {}

    def encode(words):
        return "".join(
            chr(0x100 + vocabulary.setdefault(w, len(vocabulary))) for w in words
        )

    old_chars, new_chars = encode(old), encode(new)
    words = list(vocabulary)
    diffs = _dmp.diff_main(old_chars, new_chars, False)
    _dmp.diff_cleanupSemantic(diffs)
    return [(op, [words[ord(c) - 0x100] for c in chars]) for op, chars in diffs]


def _text(words):
    """Words joined by spaces; a paragraph break inside a change shows as ¶."""
    return mark_safe(
        " ".join(
            "¶<br>" if word == BREAK else conditional_escape(word) for word in words
        )
    )


def _marked(op, words):
    if op == 0:
        return _text(words)
    tag, cue = ("del", gettext("deleted:")) if op < 0 else ("ins", gettext("added:"))
    return format_html(
        '<{tag}><span class="visually-hidden">{cue} </span>{text}</{tag}>',
        tag=tag,
        cue=cue,
        text=_text(words),
    )


def rich_text_diff(old_html, new_html, context=1):
    """The word-level diff of two rich texts, as paragraphs of HTML: deleted words in
    <del>, inserted ones in <ins>, each with a hidden "verwijderd:"/"toegevoegd:" for
    screen readers. Paragraphs further than `context` from a change are summed up."""
    blocks, current = [], []
    for op, words in word_diff(_words(old_html), _words(new_html)):
        run = []
        for word in words:
            if op == 0 and word == BREAK:
                if run:
                    current.append((op, run))
                blocks.append(current)
                current, run = [], []
            else:
                run.append(word)
        if run:
            current.append((op, run))
    blocks.append(current)

    changed = [any(op != 0 for op, _run in block) for block in blocks]
    shown = [
        any(changed[max(0, i - context) : i + context + 1]) for i in range(len(blocks))
    ]
    html, skipped = [], 0
    for block, show in zip(blocks, shown, strict=True):
        if not show:
            skipped += 1
            continue
        if skipped:
            html.append(_skipped(skipped))
            skipped = 0
        html.append(
            format_html(
                "<p>{}</p>",
                mark_safe(" ".join(_marked(op, run) for op, run in _trimmed(block))),
            )
        )
    if skipped:
        html.append(_skipped(skipped))
    return mark_safe("".join(html))


def _trimmed(block, keep=12):
    """A block with its long unchanged stretches cut to `keep` words beside each
    change, so that a change in a long paragraph is seen at once."""
    trimmed = []
    for i, (op, run) in enumerate(block):
        first, last = i == 0, i == len(block) - 1
        if op == 0 and len(run) > 2 * keep:
            head = [] if first else run[:keep]
            tail = [] if last else run[-keep:]
            if first and last:
                head = run[:keep]
            run = [*head, "…", *tail]
        trimmed.append((op, run))
    return trimmed


def _skipped(count):
    return format_html(
        '<p class="history-skipped">{}</p>',
        ngettext(
            "… %(count)s paragraph without changes …",
            "… %(count)s paragraphs without changes …",
            count,
        )
        % {"count": count},
    )


def plain_diff(old, new):
    """old → new, each marked as in rich_text_diff; an empty side as "(leeg)"."""
    empty = gettext("(empty)")
    return format_html(
        '{} <span aria-hidden="true">→</span> {}',
        _marked(-1, [old]) if old else empty,
        _marked(1, [new]) if new else empty,
    )


# --- Field values -------------------------------------------------------------------


def _empty(value):
    return (
        value is None or value == "" or (isinstance(value, list | tuple) and not value)
    )


def _same(field, old, new):
    if _empty(old) and _empty(new):
        return True
    if isinstance(field, models.ManyToManyField):
        return {str(pk) for pk in old or ()} == {str(pk) for pk in new or ()}
    if isinstance(old, FieldFile) or isinstance(new, FieldFile):
        return getattr(old, "name", old) == getattr(new, "name", new)
    return old == new


def display(field, value):
    """A stored value as the editor knows it: a choice by its label, a link or a
    many-to-many by the names of what it points at, a date in Dutch."""
    if _empty(value):
        return ""
    if field.flatchoices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ManyToManyField):
        names = sorted(
            str(item) for item in field.related_model._base_manager.filter(pk__in=value)
        )
        missing = len(set(map(str, value))) - len(names)
        if missing:
            names.append(
                ngettext("%(count)s deleted item", "%(count)s deleted items", missing)
                % {"count": missing}
            )
        return ", ".join(names)
    if isinstance(field, models.ForeignKey):
        related = field.related_model._base_manager.filter(pk=value).first()
        return str(related) if related else gettext("(deleted)")
    if isinstance(field, models.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, FieldFile):
        return value.name.rsplit("/", 1)[-1]
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date | Decimal | int | float):
        return formats.localize(value)
    return str(value)


def history_fields(model, exclude=()):
    """(field, language or None, label) of everything an editor wrote in a version:
    the editable fields, each translation apart (not modeltranslation's untranslated
    column, whose content depends on the language active when it was saved)."""
    opts = model._meta
    all_fields = [*opts.concrete_fields, *opts.many_to_many]
    originals = {
        f.translated_field.name for f in all_fields if isinstance(f, TranslationField)
    }
    for field in all_fields:
        if (
            field.primary_key
            or not field.editable
            or field.name in originals
            or field.name in exclude
        ):
            continue
        if isinstance(field, TranslationField):
            yield field, field.language, capfirst(field.translated_field.verbose_name)
        else:
            yield field, None, capfirst(field.verbose_name)


def _value(field, field_dict):
    return field_dict.get(field.attname)


def _current(obj, field):
    if isinstance(field, models.ManyToManyField):
        return list(getattr(obj, field.name).values_list("pk", flat=True))
    return obj.__dict__.get(field.attname)


def restorable(field):
    return not isinstance(field, models.FileField)  # a file is kept, not posted


def language_name(code):
    return str(dict(settings.LANGUAGES)[code])


def field_changes(model, obj, older, newer, exclude=(), restorable_names=()):
    """What changed between two versions of obj, grouped: one group per language,
    then the fields shared by every language. Only groups with changes. A change
    can be restored if its field is in restorable_names and the item now holds
    another value."""
    old_dict, new_dict = older.field_dict, newer.field_dict
    groups = {code: [] for code, _name in settings.LANGUAGES}
    groups[None] = []
    for field, language, label in history_fields(model, exclude):
        old, new = _value(field, old_dict), _value(field, new_dict)
        if _same(field, old, new):
            continue
        if isinstance(field, RichTextField):
            diff = rich_text_diff(old, new)
        else:
            diff = plain_diff(display(field, old), display(field, new))
        can_restore = field.name in restorable_names and not _same(
            field, old, _current(obj, field)
        )
        groups[language].append(
            {
                "name": field.name,
                "label": label,
                "diff": diff,
                "rich": isinstance(field, RichTextField),
                "restorable": can_restore,
                "restore_label": (
                    gettext("Restore “%(field)s” in %(language)s from this version")
                    % {"field": label, "language": language_name(language)}
                    if language
                    else gettext("Restore “%(field)s” from this version")
                    % {"field": label}
                ),
            }
        )
    return [
        {
            "code": code,
            "name": language_name(code) if code else gettext("In every language"),
            "changes": changes,
            "restorable": code is not None and any(c["restorable"] for c in changes),
            "restore_label": code
            and gettext("Restore the %(language)s text of this version")
            % {"language": language_name(code)},
        }
        for code, changes in groups.items()
        if changes
    ]


def _row_versions(version, inline_model, fk, parent_pk):
    content_type = ContentType.objects.get_for_model(inline_model)
    rows = {}
    for row in version.revision.version_set.filter(content_type=content_type):
        if row.field_dict.get(fk.attname) == parent_pk:
            rows[row.object_id] = row
    return rows


def inline_changes(model, obj, older, newer, inline_models, exclude=()):
    """The rows of each inline (an edition's figures) added, removed or changed
    between the two versions, in plain words."""
    sections = []
    for inline_model in inline_models:
        fk = next(
            (
                f
                for f in inline_model._meta.fields
                if f.is_relation and f.related_model == model
            ),
            None,
        )
        if fk is None:
            continue
        old_rows = _row_versions(older, inline_model, fk, obj.pk)
        new_rows = _row_versions(newer, inline_model, fk, obj.pk)
        lines = []
        for key in sorted(old_rows.keys() - new_rows.keys()):
            lines.append(_marked(-1, [old_rows[key].object_repr]))
        for key in sorted(new_rows.keys() - old_rows.keys()):
            lines.append(_marked(1, [new_rows[key].object_repr]))
        for key in sorted(old_rows.keys() & new_rows.keys()):
            old_dict = old_rows[key].field_dict
            new_dict = new_rows[key].field_dict
            fields = [
                format_html(
                    "{}: {}",
                    label,
                    plain_diff(
                        display(f, _value(f, old_dict)), display(f, _value(f, new_dict))
                    ),
                )
                for f, _lang, label in history_fields(inline_model, {fk.name, *exclude})
                if not _same(f, _value(f, old_dict), _value(f, new_dict))
            ]
            if fields:
                lines.append(
                    format_html(
                        "{} — {}",
                        new_rows[key].object_repr,
                        mark_safe("; ".join(fields)),
                    )
                )
        if lines:
            sections.append(
                {
                    "name": capfirst(inline_model._meta.verbose_name_plural),
                    "lines": lines,
                }
            )
    return sections


# --- The admin ----------------------------------------------------------------------


class VersionPairForm(forms.Form):
    version_id1 = forms.IntegerField(min_value=1, max_value=MAX_ID)
    version_id2 = forms.IntegerField(min_value=1, max_value=MAX_ID)


class RestoreForm(forms.Form):
    version_id = forms.IntegerField(min_value=1, max_value=MAX_ID)
    field = forms.CharField(required=False, max_length=100)
    language = forms.ChoiceField(required=False, choices=settings.LANGUAGES)


def version_label(version):
    date = formats.date_format(
        timezone.localtime(version.revision.date_created), "DATETIME_FORMAT"
    )
    user = version.revision.user
    return (
        gettext("%(date)s by %(user)s") % {"date": date, "user": user.get_username()}
        if user
        else date
    )


class HistoryMixin:
    """On a django-reversion-compare admin (ContentAdmin): the readable compare view
    and the restore of one field or one language. Fields named in compare_exclude
    are never compared or restored."""

    compare_template = "admin/history/compare.html"
    object_history_template = "admin/history/object_history.html"
    compare_exclude = ("version",)  # core.locking's number, new with every save

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/history/restore/",
                self.admin_site.admin_view(self.history_restore_view),
                name=f"{opts.app_label}_{opts.model_name}_history_restore",
            ),
            *super().get_urls(),
        ]

    def _history_object(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        return obj

    def _history_url(self, obj, view):
        opts = self.model._meta
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{view}",
            args=[quote(obj.pk)],
        )

    def _history_inline_models(self):
        return [inline.model for inline in self.inlines]

    def compare_view(self, request, object_id, extra_context=None):
        obj = self._history_object(request, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        form = VersionPairForm(request.GET)
        if not form.is_valid():
            raise Http404
        first, second = sorted(form.cleaned_data.values())
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        older = get_object_or_404(versions, pk=first)
        newer = get_object_or_404(versions, pk=second)
        try:
            groups = field_changes(
                self.model,
                obj,
                older,
                newer,
                exclude=self.compare_exclude,
                restorable_names=self.history_restorable(request, obj)
                if self.has_change_permission(request, obj)
                else (),
            )
            inlines = inline_changes(
                self.model,
                obj,
                older,
                newer,
                self._history_inline_models(),
                exclude=self.compare_exclude,
            )
        except RevertError:
            messages.error(
                request,
                gettext(
                    "This version was saved in an older form of the site and can no "
                    "longer be compared."
                ),
            )
            return HttpResponseRedirect(self._history_url(obj, "history"))
        previous = versions.filter(pk__lt=older.pk).order_by("-pk").first()
        following = versions.filter(pk__gt=newer.pk).order_by("pk").first()
        opts = self.model._meta
        labels = field_labels(self.model, *self._history_inline_models())
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "title": gettext("Compare two versions of “%(object)s”") % {"object": obj},
            "object": obj,
            "older": older,
            "newer": newer,
            "older_label": version_label(older),
            "newer_label": version_label(newer),
            "older_comment": translate_labels(older.revision.comment, labels),
            "newer_comment": translate_labels(newer.revision.comment, labels),
            "groups": groups,
            "inlines": inlines,
            "can_restore": self.has_change_permission(request, obj),
            "restore_url": self._history_url(obj, "history_restore"),
            "history_url": self._history_url(obj, "history"),
            "change_url": self._history_url(obj, "change"),
            "previous_query": previous
            and f"?version_id1={previous.pk}&version_id2={older.pk}",
            "next_query": following
            and f"?version_id1={newer.pk}&version_id2={following.pk}",
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.compare_template, context)

    def construct_change_message(self, request, form, formsets, add=False):
        restored = getattr(request, "history_restored", None)
        return restored or super().construct_change_message(
            request, form, formsets, add
        )

    def _history_form_class(self, request, obj):
        fieldsets = self.get_fieldsets(request, obj)
        return self.get_form(
            request, obj, change=True, fields=flatten_fieldsets(fieldsets)
        )

    def history_restorable(self, request, obj):
        """{name: (field, language, label)} of what this user may restore: the
        fields of the admin's form for them (not disabled), files excepted."""
        form_fields = self._history_form_class(request, obj).base_fields
        return {
            field.name: (field, language, label)
            for field, language, label in history_fields(
                self.model, self.compare_exclude
            )
            if restorable(field)
            and field.name in form_fields
            and not form_fields[field.name].disabled
        }

    def _history_post_data(self, request, obj, restored):
        """The admin's change form as the editor would post it unchanged (the form
        and its inline rows, or the working copy it shows), with the restored
        values in it. Django has no way to turn a form back into its POST data."""
        method, request.method = request.method, "GET"
        try:
            form = self._history_form_class(request, obj)(instance=obj)
            formsets, prefixes = [], {}
            for formset_class, inline in self.get_formsets_with_inlines(request, obj):
                prefix = formset_class.get_default_prefix()
                prefixes[prefix] = prefixes.get(prefix, 0) + 1
                if prefixes[prefix] != 1 or not prefix:
                    prefix = f"{prefix}-{prefixes[prefix]}"
                formsets.append(
                    formset_class(
                        **self.get_formset_kwargs(request, obj, inline, prefix)
                    )
                )
        finally:
            request.method = method
        if form.is_bound:  # a working copy: the data it holds
            data = form.data.copy()
        else:
            data = QueryDict(mutable=True)
            parts = [form]
            for formset in formsets:
                parts += [formset.management_form, *formset.forms]
            for part in parts:
                for bound_field in part:
                    _post(
                        data,
                        bound_field.html_name,
                        bound_field.field,
                        bound_field.value(),
                    )
        for name, value in restored.items():
            field = form.fields[name]
            _post(data, form.add_prefix(name), field, field.prepare_value(value))
        return data

    def history_restore_view(self, request, object_id):
        """Put one field, or every field of one language, of an older version back
        into the item: the admin's change form as it is now, with those values,
        saved by the admin's change view (its checks, locking, working copies of
        live items, history). Nothing else of the item changes."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self._history_object(request, object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        form = RestoreForm(request.POST)
        if not form.is_valid():
            raise Http404
        version = get_object_or_404(
            Version.objects.get_for_object(obj).select_related("revision"),
            pk=form.cleaned_data["version_id"],
        )
        fields = self.history_restorable(request, obj)
        name, language = form.cleaned_data["field"], form.cleaned_data["language"]
        if name:
            if name not in fields:
                raise Http404
            chosen = [name]
        elif language:
            chosen = [n for n, (_f, lang, _l) in fields.items() if lang == language]
        else:
            raise Http404
        back = HttpResponseRedirect(self._history_url(obj, "history"))
        try:
            old = version.field_dict
        except RevertError:
            messages.error(request, gettext("This version can no longer be restored."))
            return back
        if working_copy_get(obj) is not None and request.user.has_perm(
            PUBLISH_PERMISSION
        ):
            messages.error(
                request,
                gettext(
                    "This item has a working copy that is not published yet: publish "
                    "or discard it first, then restore."
                ),
            )
            return back
        changed = [
            n
            for n in chosen
            if not _same(
                fields[n][0], _value(fields[n][0], old), _current(obj, fields[n][0])
            )
        ]
        if not changed:
            messages.info(
                request,
                gettext("Nothing to restore: the item already has these values."),
            )
            return back

        message = gettext("Restored from the version of %(date)s: %(fields)s.") % {
            "date": formats.date_format(
                timezone.localtime(version.revision.date_created), "DATETIME_FORMAT"
            ),
            "fields": ", ".join(
                f"{label} ({language_name(lang)})" if lang else str(label)
                for _f, lang, label in (fields[n] for n in changed)
            ),
        }
        request.POST = self._history_post_data(
            request, obj, {n: _value(fields[n][0], old) for n in changed}
        )
        request.history_restored = message
        change_url = self._history_url(obj, "change")
        response = self.change_view(request, object_id, form_url=change_url)
        if response.status_code == 302:
            messages.success(request, message)
            return HttpResponseRedirect(change_url)
        errors = (getattr(response, "context_data", None) or {}).get("errors")
        if response.status_code == 200 and errors is not None:
            messages.error(
                request,
                gettext("Nothing was restored: %(problems)s")
                % {"problems": " ".join(str(e) for error in errors for e in error)},
            )
            return back
        return response


def _post(data, name, field, value):
    """Put a form field's value into data as a browser posts it."""
    widget = field.widget
    while isinstance(widget, RelatedFieldWidgetWrapper):
        widget = widget.widget
    if isinstance(widget, forms.FileInput):  # the stored file stays
        return
    if isinstance(widget, forms.MultiWidget):
        parts = value if isinstance(value, list | tuple) else widget.decompress(value)
        for suffix, subwidget, part in zip(
            widget.widgets_names, widget.widgets, parts, strict=False
        ):
            _post_widget(data, name + suffix, subwidget, part)
    else:
        _post_widget(data, name, widget, value)


def _post_widget(data, name, widget, value):
    if isinstance(widget, forms.CheckboxInput):
        if widget.check_test(value):
            data[name] = "on"
        else:
            data.pop(name, None)
    elif isinstance(widget, ChoiceWidget):
        data.setlist(name, widget.format_value(value))
    else:
        text = widget.format_value(value)
        data[name] = "" if text is None else str(text)
