"""The desk's view of quote requests: every request with its mails, their delivery
states and the companies' answers, the buyer's follow-up, the desk's own notes."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from companies.models import QuoteDelivery, QuoteRequest
from companies.selectors import quote_figures
from core.admin_i18n import DutchAdminMixin
from core.locking import LockingMixin


class QuoteDeliveryInline(admin.TabularInline):
    model = QuoteDelivery
    extra = 0
    can_delete = False
    fields = readonly_fields = [
        "kind",
        "company",
        "email",
        "state",
        "tries",
        "last_error",
        "sent_at",
        "answer",
        "answered_at",
    ]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(QuoteRequest)
class QuoteRequestAdmin(DutchAdminMixin, LockingMixin, admin.ModelAdmin):
    list_display = [
        "created_at",
        "organisation",
        "company",
        "offering_list",
        "status",
        "outcome",
    ]
    list_filter = [
        "status",
        "outcome",
        "offerings",
        ("created_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["company"]
    search_fields = ["name", "organisation", "email", "message", "company__name"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "company",
        "offering_list",
        "name",
        "organisation",
        "email",
        "phone",
        "message",
        "needed_by",
        "location",
        "budget",
        "consent",
        "language",
        "outcome",
        "outcome_at",
        "created_at",
    ]
    fields = [*readonly_fields, "status", "desk_notes"]
    inlines = [QuoteDeliveryInline]
    actions = ["mark_handled"]

    def get_urls(self):
        figures = path(
            "figures/",
            self.admin_site.admin_view(self.figures_view),
            name="companies_quoterequest_figures",
        )
        return [figures, *super().get_urls()]

    def figures_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Figures of Buy social!"),
            "opts": self.model._meta,
            "figures": quote_figures(),
        }
        return TemplateResponse(
            request, "admin/companies/quoterequest/figures.html", context
        )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("offerings")

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("offerings"))
    def offering_list(self, obj):
        return ", ".join(offering.name for offering in obj.offerings.all()) or "—"

    @admin.action(description=_("Mark as handled"))
    def mark_handled(self, request, queryset):
        # A new version: a form of the request opened before is stale (core.locking).
        count = queryset.update(
            status=QuoteRequest.Status.HANDLED, version=F("version") + 1
        )
        self.message_user(
            request, _("%(count)s request(s) marked as handled.") % {"count": count}
        )
