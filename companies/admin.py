from django.contrib import admin, messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from companies.csv_io import COLUMNS, CsvImportError, companies_csv, companies_import
from companies.models import Company, Offering, OfferingCategory, QuoteRequest, Sector
from gentse_se.admin import ContentAdmin, all_languages


@admin.register(Sector)
class SectorAdmin(ContentAdmin):
    view_on_site = False
    list_display = ["name", "slug", "order", "languages_filled"]
    search_fields = all_languages("name") + ["slug"]
    prepopulated_fields = {"slug": ("name",)}

    def languages_filled(self, obj):
        return " ".join(
            c.upper() for c in ("nl", "en", "fr") if getattr(obj, f"name_{c}")
        )


@admin.register(OfferingCategory)
class OfferingCategoryAdmin(SectorAdmin):
    pass


@admin.register(Offering)
class OfferingAdmin(SectorAdmin):
    list_display = ["name", "category", "slug", "languages_filled"]
    list_filter = ["category"]
    list_select_related = ["category"]


@admin.register(Company)
class CompanyAdmin(ContentAdmin):
    change_list_template = "admin/companies/company/change_list.html"
    list_display = [
        "name",
        "organisation_type",
        "municipality",
        "published",
        "languages_filled",
        "updated_at",
    ]
    list_filter = ["published", "organisation_type", "sectors", "offerings__category"]
    search_fields = ["name", "slug", "municipality", "kbo_number"] + all_languages(
        "short_description", "long_description"
    )
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ["sectors", "offerings"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "short_description", "long_description"]}),
        (
            _("Classification"),
            {"fields": ["organisation_type", "sectors", "offerings"]},
        ),
        (
            _("Contact details"),
            {
                "fields": [
                    "street",
                    "postcode",
                    "municipality",
                    "latitude",
                    "longitude",
                    "phone",
                    "email",
                    "website",
                    "vacancies_url",
                ]
            },
        ),
        (_("Logo"), {"fields": ["image", "image_alt"]}),
        (
            _("Facts"),
            {"fields": ["kbo_number", "headcount", "headcount_year", "published"]},
        ),
    ]

    def get_urls(self):
        return [
            path(
                "export-csv/",
                self.admin_site.admin_view(self.export_view),
                name="companies_company_export",
            ),
            path(
                "import-csv/",
                self.admin_site.admin_view(self.import_view),
                name="companies_company_import",
            ),
            *super().get_urls(),
        ]

    def export_view(self, request):
        if not self.has_view_permission(request):
            return HttpResponse(status=403)
        response = HttpResponse(
            companies_csv(Company.objects.order_by("name")),
            content_type="text/csv; charset=utf-8",
        )
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="bedrijven-{stamp}.csv"'
        )
        return response

    def import_view(self, request):
        if not (
            self.has_add_permission(request) and self.has_change_permission(request)
        ):
            return HttpResponse(status=403)
        errors = []
        if request.method == "POST":
            upload = request.FILES.get("file")
            if upload is None:
                errors = [_("Choose a CSV file.")]
            else:
                try:
                    counts = companies_import(upload.read())
                except CsvImportError as error:
                    errors = error.errors
                else:
                    self.message_user(
                        request,
                        _("Imported: %(created)s new, %(updated)s changed.") % counts,
                        messages.SUCCESS,
                    )
                    return redirect("admin:companies_company_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import companies from CSV"),
            "opts": self.model._meta,
            "errors": errors,
            "columns": COLUMNS,
        }
        return TemplateResponse(request, "admin/companies/company/import.html", context)


@admin.register(QuoteRequest)
class QuoteRequestAdmin(admin.ModelAdmin):
    list_display = ["created_at", "organisation", "name", "company", "status", "mailed"]
    list_filter = ["status", "mailed", "company"]
    list_select_related = ["company"]
    search_fields = ["name", "organisation", "email", "message", "company__name"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "company",
        "name",
        "organisation",
        "email",
        "phone",
        "message",
        "consent",
        "language",
        "mailed",
        "created_at",
    ]
    fields = [*readonly_fields[:-1], "status", "created_at"]
    actions = ["mark_handled"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Mark as handled"))
    def mark_handled(self, request, queryset):
        count = queryset.update(status=QuoteRequest.Status.HANDLED)
        self.message_user(
            request, _("%(count)s request(s) marked as handled.") % {"count": count}
        )
