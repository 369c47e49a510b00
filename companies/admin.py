import reversion
from django.contrib import admin, messages
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.results import RowResult

from companies.models import Company, Offering, OfferingCategory, Sector
from companies.resources import CompanyCsv, CompanyResource
from companies.views import render_company_preview
from core.admin import ContentAdmin, CsvImportExportMixin, all_languages
from core.sorting import SortableMixin


class TermAdmin(ContentAdmin):
    view_on_site = False
    search_fields = all_languages("name") + ["slug"]
    prepopulated_fields = {"slug": ("name",)}

    @admin.display(description=_("languages"))
    def languages_filled(self, obj):
        return " ".join(
            c.upper() for c in ("nl", "en", "fr") if getattr(obj, f"name_{c}")
        )


@admin.register(Sector)
class SectorAdmin(SortableMixin, TermAdmin):
    """Sorted by dragging in the list, or by the order field in the form."""

    list_display = ["name", "slug", "order", "languages_filled"]
    fieldsets = [(None, {"fields": ["name", "slug", "order"]})]


@admin.register(OfferingCategory)
class OfferingCategoryAdmin(SectorAdmin):
    pass


@admin.register(Offering)
class OfferingAdmin(TermAdmin):
    list_display = ["name", "category", "slug", "languages_filled"]
    list_filter = ["category"]
    list_select_related = ["category"]


@admin.register(Company)
class CompanyAdmin(CsvImportExportMixin, ContentAdmin):
    """With CSV import (a preview, then a confirmation; all or nothing) and export
    by django-import-export; the list's own template keeps its links."""

    change_list_template = "admin/companies/company/change_list.html"
    preview_renderer = staticmethod(render_company_preview)
    import_template_name = "admin/companies/company/import.html"
    import_title = _("Import companies from CSV")
    resource_classes = [CompanyResource]
    csv_format = CompanyCsv
    csv_template_filename = "bedrijven-sjabloon.csv"
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

    def get_export_filename(self, request, queryset, file_format):
        return f"bedrijven-{timezone.localdate().isoformat()}.csv"

    def generate_log_entries(self, result, request):
        """The history of each company says, in Dutch, that an import changed it:
        one revision for the whole import (compare and restore, as after a save in
        the admin), and the admin's log."""
        imported = [
            row.instance
            for row in result.rows
            if row.import_type
            in (RowResult.IMPORT_TYPE_NEW, RowResult.IMPORT_TYPE_UPDATE)
            and row.instance is not None
        ]
        if imported:
            with reversion.create_revision():
                reversion.set_user(request.user)
                reversion.set_comment(gettext("Imported from CSV"))
                for company in imported:
                    reversion.add_to_revision(company)
        for import_type, flag in (
            (RowResult.IMPORT_TYPE_NEW, ADDITION),
            (RowResult.IMPORT_TYPE_UPDATE, CHANGE),
        ):
            changed = [
                row.instance
                for row in result.rows
                if row.import_type == import_type and row.instance is not None
            ]
            if changed:
                LogEntry.objects.log_actions(
                    request.user.pk,
                    changed,
                    flag,
                    change_message=gettext("Imported from CSV"),
                    single_object=len(changed) == 1,
                )

    def add_success_message(self, result, request):
        messages.success(
            request,
            gettext(
                "Imported: %(created)s new, %(updated)s changed, %(unchanged)s "
                "unchanged."
            )
            % {
                "created": result.totals[RowResult.IMPORT_TYPE_NEW],
                "updated": result.totals[RowResult.IMPORT_TYPE_UPDATE],
                "unchanged": result.totals[RowResult.IMPORT_TYPE_SKIP],
            },
        )


# Quote requests and their mails: companies/quote_admin.py.
from companies import quote_admin  # noqa: E402, F401
