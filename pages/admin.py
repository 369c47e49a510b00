from django.contrib import admin
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import ContentAdmin, all_languages
from core.admin_i18n import DutchAdminMixin
from core.linkcheck import LinkReportAdminMixin
from core.locking import LockingMixin
from core.readability import ReadabilityAdminMixin
from core.review import ReviewAdminMixin
from core.sorting import SortableMixin
from core.translation_status import TranslationStatusAdminMixin
from pages import views
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
class HomePageAdmin(
    TranslationStatusAdminMixin,
    ReadabilityAdminMixin,
    ReviewAdminMixin,
    LinkReportAdminMixin,
    DutchAdminMixin,
    LockingMixin,
    TabbedTranslationAdmin,
):
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
class PageAdmin(SortableMixin, ContentAdmin):
    """Pages in their tree: the list says where each page sits and sorts by
    dragging (django-admin-sortable2; filter on a parent page to order its
    sub-pages), the form's order field does the same by keyboard. Fixed sections
    (a page with a role) are deleted by administrators only."""

    preview_renderer = staticmethod(views.render_page_preview)
    list_display = [
        "title",
        "place",
        "status",
        "visible_now",
        "show_in_navigation",
        "menu_order",
        "languages_filled",
        "updated_at",
    ]
    list_filter = [
        "status",
        ParentListFilter,
        ("parent", admin.RelatedOnlyFieldListFilter),
        "show_in_navigation",
        "key",
    ]
    list_select_related = ["parent__parent"]
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

    @admin.display(description=_("place in the site"), ordering="parent__title")
    def place(self, obj):
        """Where the page sits: "Main section › Sub-page", or "—" for a main one."""
        return " › ".join(page.title for page in obj.ancestors()) or "—"

    def is_fixed_for(self, request, obj):
        """A fixed section (a page with a role), for someone who may not delete it."""
        return obj is not None and bool(obj.key) and not request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        # Per object, so the list's bulk delete refuses fixed sections too.
        if self.is_fixed_for(request, obj):
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.is_fixed_for(request, obj):
            readonly.append("key")
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if self.is_fixed_for(request, obj):
            name, options = fieldsets[0]
            note = gettext(
                "This page is a fixed section of the site (%(role)s). You can "
                "change its text, but not delete it or change its role: ask an "
                "administrator."
            ) % {"role": obj.get_key_display()}
            fieldsets[0] = (name, {**options, "description": note})
        return fieldsets

    def get_max_order(self, request, obj=None):
        """A new page comes last among its siblings."""
        siblings = Page.objects.filter(parent_id=obj.parent_id if obj else None)
        return max(siblings.values_list("menu_order", flat=True), default=0)


@admin.register(Project)
class ProjectAdmin(ContentAdmin):
    preview_renderer = staticmethod(views.render_project_preview)
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
