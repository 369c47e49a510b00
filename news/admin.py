from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ContentAdmin, all_languages
from news import views
from news.models import Event, NewsItem


def publication(description):
    return (
        _("Publication"),
        {
            "fields": ["status", "publish_from", "publish_until"],
            "description": description,
        },
    )


class EventTimeFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("upcoming")), ("past", _("past"))]

    def queryset(self, request, queryset):
        if self.value() == "upcoming":
            return queryset.upcoming()
        if self.value() == "past":
            return queryset.past()
        return queryset


@admin.register(NewsItem)
class NewsItemAdmin(ContentAdmin):
    preview_renderer = staticmethod(views.render_news_preview)
    list_display = [
        "title",
        "date",
        "status",
        "visible_now",
        "languages_filled",
        "updated_at",
    ]
    list_filter = ["status", "date"]
    search_fields = ["slug"] + all_languages("title", "summary", "body")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["companies", "projects"]
    date_hierarchy = "date"
    fieldsets = [
        (None, {"fields": ["title", "slug", "date", "summary", "body"]}),
        (_("Linked to"), {"fields": ["companies", "projects"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        publication(
            _(
                "A news item is visible when its status is published and now lies "
                "between 'publish from' and 'publish until' (both optional). Use "
                "'View on site' to preview a draft."
            )
        ),
    ]


@admin.register(Event)
class EventAdmin(ContentAdmin):
    preview_renderer = staticmethod(views.render_event_preview)
    list_display = [
        "title",
        "starts_at",
        "ends_at",
        "place",
        "status",
        "visible_now",
        "languages_filled",
    ]
    list_filter = ["status", EventTimeFilter, "starts_at"]
    search_fields = ["slug", "registration_url"] + all_languages(
        "title", "summary", "body", "place"
    )
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["companies", "projects"]
    date_hierarchy = "starts_at"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (
            _("Facts"),
            {"fields": ["starts_at", "ends_at", "place", "registration_url"]},
        ),
        (_("Linked to"), {"fields": ["companies", "projects"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        publication(
            _(
                "An event is visible when its status is published and now lies "
                "between 'publish from' and 'publish until' (both optional). After "
                "its end it moves to the archive of past events. Use 'View on "
                "site' to preview a draft."
            )
        ),
    ]
