"""What every content admin shares: language tabs, history with compare/restore
(django-reversion), https links by default and a "view on site" that previews."""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin


class ContentAdmin(CompareVersionAdmin, TabbedTranslationAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    history_latest_first = True

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
