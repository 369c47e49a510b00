"""The admin in Dutch where Django leaves English, and editors' forms without a way
out to what they did not open (DutchAdminMixin, on every admin of our content).

- Change messages: Django stores a changed field's form label untranslated ("Text
  [fr]", "Parent page") and translates it on display by that exact string, which no
  catalogue holds (the catalogues hold "text", "parent page"); django-reversion keeps
  the message as it read then. The history therefore shows each label in Dutch from
  the model's own verbose names, for old entries as for new ones.
- Foreign keys: no "delete" link beside a related object (it opened, say, the
  parent page's delete page from a form about another page).
- A split date and time: each of its two inputs is named after the field.
"""

import re

from django.contrib.admin.widgets import AdminSplitDateTime, RelatedFieldWidgetWrapper
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


def field_labels(*models):
    """Each field's form label as Django stores it in a change message (English)
    → the label in the active language: "Text [fr]" → "Tekst [fr]"."""
    labels = {}
    for model in models:
        for field in model._meta.get_fields():
            verbose_name = getattr(field, "verbose_name", None)
            if not verbose_name:
                continue
            with translation.override(None):
                english = str(capfirst(verbose_name))
            label = str(capfirst(verbose_name))
            if english != label:
                labels[english] = label
    return labels


def translate_labels(text, labels):
    """The message with every known English label in the active language."""
    if not text or not labels:
        return text
    names = sorted(labels, key=len, reverse=True)  # "Text [fr]" before "Text"
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return pattern.sub(lambda match: labels[match.group(1)], text)


class DutchAdminMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(formfield, "widget", None)
        if isinstance(widget, RelatedFieldWidgetWrapper):
            widget.can_delete_related = False
            if db_field.remote_field.model is db_field.model:
                # A page's parent is chosen, not edited from the child's form.
                widget.can_add_related = widget.can_change_related = False
            widget = widget.widget
        if isinstance(widget, AdminSplitDateTime):
            date, time = widget.widgets
            label = capfirst(db_field.verbose_name)
            date.attrs["aria-label"] = _("%(field)s: date") % {"field": label}
            time.attrs["aria-label"] = _("%(field)s: time") % {"field": label}
        return formfield

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        context = getattr(response, "context_data", None) or {}
        models = [self.model] + [inline.model for inline in self.inlines]
        labels = field_labels(*models)
        for action in context.get("action_list") or []:
            revision = action.get("revision") if isinstance(action, dict) else None
            if revision is not None:
                # Only for this response: the stored comment is left as it is.
                revision.comment = translate_labels(revision.comment, labels)
            elif hasattr(action, "change_message"):
                action.change_message = translate_labels(
                    action.get_change_message(), labels
                )
        return response
