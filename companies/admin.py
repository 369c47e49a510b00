import reversion
from django.contrib import admin, messages
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.results import RowResult

from companies.models import Company, Offering, OfferingCategory, Sector, Vacancy
from companies.resources import CompanyCsv, CompanyResource
from companies.views import render_company_preview, render_vacancy_preview
from core import dashboard, pagecache
from core.admin import ContentAdmin, CsvImportExportMixin, all_languages
from core.freshness import add_months, confirmation_months
from core.sorting import SortableMixin


class TermAdmin(ContentAdmin):
    view_on_site = False
    search_fields = all_languages("name") + ["slug"]
    prepopulated_fields = {"slug": ("name",)}


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


class HiddenFromVisitorsFilter(admin.SimpleListFilter):
    """Companies whose vacancy link or offerings are hidden until confirmed."""

    title = _("hidden from visitors")
    parameter_name = "hidden"

    def lookups(self, request, model_admin):
        return [
            ("vacancies", _("vacancy link (not confirmed)")),
            ("offerings", _("offerings (not confirmed)")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "vacancies":
            return queryset.vacancies_hidden()
        if self.value() == "offerings":
            return queryset.offerings_hidden()
        return queryset


# What the confirm buttons change: (URL part, field, button, log message, message).
CONFIRMATIONS = {
    "vacancies": (
        "confirm-vacancies",
        "vacancies_confirmed_at",
        _("Vacancy link still correct"),
        _("Vacancy link confirmed"),
        _("The vacancy link of “%(name)s” is confirmed: visitors see it again."),
    ),
    "offerings": (
        "confirm-offerings",
        "offerings_confirmed_at",
        _("Offerings still correct"),
        _("Offerings confirmed"),
        _("The offerings of “%(name)s” are confirmed: visitors and buyers see them."),
    ),
}


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

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), HiddenFromVisitorsFilter]

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                f"<path:object_id>/{part}/",
                self.admin_site.admin_view(self.confirm_view),
                {"kind": kind},
                name=f"{opts.app_label}_{opts.model_name}_{part.replace('-', '_')}",
            )
            for kind, (part, *_rest) in CONFIRMATIONS.items()
        ] + super().get_urls()

    def confirm_view(self, request, object_id, kind):
        """One click: the vacancy link or the offerings are still right, so
        visitors see them (again) for CONFIRMATION_MONTHS."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        _part, field, _label, log_message, message = CONFIRMATIONS[kind]
        # An UPDATE: no new version (django-concurrency) and no working copy.
        Company._base_manager.filter(pk=obj.pk).update(**{field: timezone.now()})
        LogEntry.objects.log_actions(
            request.user.pk,
            [obj],
            CHANGE,
            change_message=str(log_message),
            single_object=True,
        )
        pagecache.content_changed()  # an UPDATE sends no signal
        messages.success(request, message % {"name": obj.name})
        opts = self.model._meta
        return HttpResponseRedirect(
            reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change",
                args=[obj.pk],
                current_app=self.admin_site.name,
            )
        )

    def confirm_items(self, request, obj):
        """The confirm buttons of the change form: url, label and, when hidden,
        since when."""
        if (
            obj is None
            or obj.pk is None
            or not self.has_change_permission(request, obj)
        ):
            return []
        opts = self.model._meta
        shown = {
            "vacancies": bool(obj.vacancies_url),
            "offerings": obj.offerings.exists(),
        }
        visible = {
            "vacancies": obj.vacancies_visible(),
            "offerings": obj.offerings_visible(),
        }
        items = []
        for kind, (part, field, label, _log, _message) in CONFIRMATIONS.items():
            if not shown[kind]:
                continue
            url = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_{part.replace('-', '_')}",
                args=[obj.pk],
                current_app=self.admin_site.name,
            )
            hidden_since = None
            if not visible[kind]:
                hidden_since = add_months(getattr(obj, field), confirmation_months())
            items.append(
                {"kind": kind, "url": url, "label": label, "hidden_since": hidden_since}
            )
        return items

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        context["confirm_urls"] = self.confirm_items(request, obj) if change else []
        return super().render_change_form(
            request, context, add=add, change=change, form_url=form_url, obj=obj
        )

    def save_model(self, request, obj, form, change):
        """A changed vacancy link or changed offerings count as confirmed (for a
        working copy: once it is published, when this form is saved again)."""
        now = timezone.now()
        if "vacancies_url" in form.changed_data:
            obj.vacancies_confirmed_at = now
        if "offerings" in form.changed_data:
            obj.offerings_confirmed_at = now
        super().save_model(request, obj, form, change)

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


@dashboard.register
def stale_lines(request):
    """The admin index: companies whose vacancy link or offerings visitors no
    longer see, until someone confirms them."""
    if not request.user.has_perm("companies.change_company"):
        return []
    url = reverse("admin:companies_company_changelist")
    return [
        dashboard.Attention(
            gettext("Companies: vacancy link hidden (not confirmed)"),
            Company.objects.vacancies_hidden().count(),
            url + "?hidden=vacancies",
            "vacancies-hidden",
        ),
        dashboard.Attention(
            gettext("Companies: offerings hidden (not confirmed)"),
            Company.objects.offerings_hidden().count(),
            url + "?hidden=offerings",
            "offerings-hidden",
        ),
    ]


class VacancyShownFilter(admin.SimpleListFilter):
    """Vacancies that visitors see, and published ones hidden for lack of a check."""

    title = _("shown to visitors")
    parameter_name = "shown"

    def lookups(self, request, model_admin):
        return [
            ("yes", _("Yes")),
            ("hidden", _("No: not checked in time")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pk__in=Vacancy.objects.visible().values("pk"))
        if self.value() == "hidden":
            return queryset.filter(pk__in=Vacancy.objects.hidden().values("pk"))
        return queryset


@admin.register(Vacancy)
class VacancyAdmin(ContentAdmin):
    """A vacancy is shown while it was checked within CONFIRMATION_MONTHS: "Mark
    as checked" (core.review) shows a hidden one again."""

    preview_renderer = staticmethod(render_vacancy_preview)
    list_display = [
        "title",
        "company",
        "work_form",
        "posted_on",
        "status",
        "visible_now",
        "languages_filled",
    ]
    list_filter = ["status", VacancyShownFilter, "work_form", "hours"]
    list_select_related = ["company"]
    search_fields = ["company__name"] + all_languages("title", "description")
    autocomplete_fields = ["company"]
    date_hierarchy = "posted_on"
    fieldsets = [
        (None, {"fields": ["company", "title", "description", "posting_url"]}),
        (_("Facts"), {"fields": ["work_form", "hours", "posted_on"]}),
        (
            _("Publication"),
            {
                "fields": ["status", "publish_from", "publish_until"],
                "description": _(
                    "Visitors see a published vacancy until its next check is due: "
                    "then it is hidden until someone marks it as checked. Use "
                    "'publish until' for the closing date."
                ),
            },
        ),
    ]

    def save_model(self, request, obj, form, change):
        """A new link to the vacancy counts as a check."""
        if "posting_url" in form.changed_data:
            obj.reviewed_at = timezone.localdate()
        super().save_model(request, obj, form, change)


@dashboard.register
def hidden_vacancy_lines(request):
    """The admin index: vacancies that visitors no longer see until checked."""
    if not request.user.has_perm("companies.change_vacancy"):
        return []
    return [
        dashboard.Attention(
            gettext("Vacancies: hidden (not checked in time)"),
            Vacancy.objects.hidden().count(),
            reverse("admin:companies_vacancy_changelist") + "?shown=hidden",
            "vacancies-not-checked",
        )
    ]


# Quote requests and their mails: companies/quote_admin.py.
from companies import quote_admin  # noqa: E402, F401
