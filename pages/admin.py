from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from pages.models import HomePage


@admin.register(HomePage)
class HomePageAdmin(TabbedTranslationAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["title", "intro"]}),
        (
            _("Key figure"),
            {
                "fields": [
                    "key_figure",
                    "key_figure_label",
                    "key_figure_source",
                    "key_figure_source_url",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not HomePage.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
