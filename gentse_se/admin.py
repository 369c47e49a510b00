"""What every content admin shares: language tabs, history with compare/restore
(django-reversion), https links by default and a "view on site" that previews."""

from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from gentse_se.html import heading_problems


class ContentAdmin(CompareVersionAdmin, TabbedTranslationAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    history_latest_first = True
    rich_text_fields = ("body", "long_description")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for field in self.rich_text_fields:
            for code, name in settings.LANGUAGES:
                problems = heading_problems(getattr(obj, f"{field}_{code}", "") or "")
                if problems:
                    messages.warning(
                        request,
                        _(
                            "The %(language)s text skips a heading level (%(where)s). "
                            "Screen-reader users navigate by headings: use Heading 2, "
                            "then Heading 3, without skipping."
                        )
                        % {"language": name, "where": ", ".join(problems)},
                    )

    def view_on_site(self, obj):
        """Published items open on the site; others in the staff-only preview."""
        if hasattr(obj, "is_visible") and not obj.is_visible():
            return obj.get_preview_url()
        return obj.get_absolute_url()

    @admin.display(description=_("languages"))
    def languages_filled(self, obj):
        return " ".join(code.upper() for code in obj.languages()) or "—"

    @admin.display(description=_("visible now"), boolean=True)
    def visible_now(self, obj):
        return obj.is_visible()


def all_languages(*fields):
    """Field names in every language, for search_fields."""
    return [f"{field}_{code}" for field in fields for code, _name in settings.LANGUAGES]
