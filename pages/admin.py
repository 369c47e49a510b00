from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import ContentAdmin, all_languages
from pages.models import HomePage, Page, Project

PUBLICATION = (
    _("Publication"),
    {
        "fields": ["status", "publish_from", "publish_until"],
        "description": _(
            "A page is visible when its status is published and now lies between "
            "'publish from' and 'publish until' (both optional). Use 'View on site' "
            "to preview a draft."
        ),
    },
)


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


class ParentListFilter(admin.SimpleListFilter):
    title = _("place in the site")
    parameter_name = "level"

    def lookups(self, request, model_admin):
        return [("top", _("main sections")), ("sub", _("sub-pages"))]

    def queryset(self, request, queryset):
        if self.value() == "top":
            return queryset.filter(parent__isnull=True)
        if self.value() == "sub":
            return queryset.filter(parent__isnull=False)
        return queryset


@admin.register(Page)
class PageAdmin(ContentAdmin):
    list_display = [
        "title",
        "parent",
        "status",
        "visible_now",
        "show_in_navigation",
        "menu_order",
        "languages_filled",
        "updated_at",
    ]
    list_filter = ["status", ParentListFilter, "show_in_navigation", "key"]
    list_select_related = ["parent"]
    search_fields = all_languages("title", "summary", "body", "slug")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["parent"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "parent", "summary", "body"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        PUBLICATION,
        (
            _("Navigation and search engines"),
            {"fields": ["show_in_navigation", "menu_order", "key", "meta_description"]},
        ),
    ]


@admin.register(Project)
class ProjectAdmin(ContentAdmin):
    list_display = [
        "title",
        "start_date",
        "end_date",
        "status",
        "visible_now",
        "languages_filled",
        "updated_at",
    ]
    list_filter = ["status", "start_date"]
    search_fields = all_languages("title", "summary", "body", "slug") + ["partners"]
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "start_date"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (
            _("Facts"),
            {
                "fields": [
                    "start_date",
                    "start_precision",
                    "end_date",
                    "running",
                    "partners",
                    "external_url",
                ]
            },
        ),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        PUBLICATION,
    ]
