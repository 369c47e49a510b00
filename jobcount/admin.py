from django.contrib import admin, messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from gentse_se.admin import ContentAdmin
from jobcount.importer import FigureImportError, figures_replace, template_csv
from jobcount.models import Edition, Figure


class FigureInline(admin.TabularInline):
    model = Figure
    extra = 0
    autocomplete_fields = ["company"]
    fields = ["organisation", "company", "work_form", "people", "target_group", "fte"]


@admin.register(Edition)
class EditionAdmin(ContentAdmin):
    change_form_template = "admin/jobcount/edition/change_form.html"
    list_display = [
        "year",
        "status",
        "visible_now",
        "is_example",
        "figure_count",
        "updated_at",
    ]
    list_filter = ["status", "is_example"]
    search_fields = ["year", "note_nl", "note_en", "note_fr"]
    inlines = [FigureInline]
    fieldsets = [
        (
            None,
            {"fields": ["year", "reference_date", "publication_date", "is_example"]},
        ),
        (_("Method and source"), {"fields": ["note", "source_url", "report"]}),
        (
            _("Published totals (only without figures per organisation)"),
            {
                "fields": [
                    "headline_people",
                    "headline_people_qualifier",
                    "headline_target_group",
                    "headline_target_group_qualifier",
                ]
            },
        ),
        (_("Publication"), {"fields": ["status", "publish_from", "publish_until"]}),
    ]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(figure_count=Count("figures"))

    @admin.display(description=_("figures"), ordering="figure_count")
    def figure_count(self, obj):
        return obj.figure_count

    def get_urls(self):
        return [
            path(
                "csv-template/",
                self.admin_site.admin_view(self.template_view),
                name="jobcount_edition_template",
            ),
            path(
                "<int:pk>/import-csv/",
                self.admin_site.admin_view(self.import_view),
                name="jobcount_edition_import",
            ),
            *super().get_urls(),
        ]

    def template_view(self, request):
        response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            'attachment; filename="banenmeting-sjabloon.csv"'
        )
        return response

    def import_view(self, request, pk):
        edition = get_object_or_404(Edition, pk=pk)
        if not self.has_change_permission(request, edition):
            return HttpResponse(status=403)
        errors, needs_confirmation = [], False
        existing = edition.figures.count()
        if request.method == "POST":
            upload = request.FILES.get("file")
            confirmed = request.POST.get("confirm_replace") == "1"
            if upload is None:
                errors = [_("Choose a CSV file.")]
            elif existing and not confirmed:
                needs_confirmation = True
            else:
                try:
                    count = figures_replace(edition, upload.read())
                except FigureImportError as error:
                    errors = error.errors
                else:
                    self.message_user(
                        request,
                        _("%(count)s figures imported for %(year)s.")
                        % {"count": count, "year": edition.year},
                        messages.SUCCESS,
                    )
                    return redirect("admin:jobcount_edition_change", edition.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import the figures of %(year)s from CSV")
            % {"year": edition.year},
            "opts": self.model._meta,
            "edition": edition,
            "existing": existing,
            "errors": errors,
            "needs_confirmation": needs_confirmation,
            "template_url": reverse("admin:jobcount_edition_template"),
        }
        return TemplateResponse(request, "admin/jobcount/edition/import.html", context)
