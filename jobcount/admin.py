import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.forms import ConfirmImportForm
from import_export.results import RowResult
from import_export.signals import post_import

from core.admin import ContentAdmin, CsvImportExportMixin, CsvImportForm, TabularInline
from core.admin_i18n import DutchAdminMixin
from core.locking import LockingMixin
from jobcount.models import Edition, Figure
from jobcount.resources import EXAMPLE, FigureCsv, FigureResource
from jobcount.views import render_edition_preview


class FigureInline(DutchAdminMixin, TabularInline):
    model = Figure
    extra = 0
    autocomplete_fields = ["company"]
    fields = ["organisation", "company", "work_form", "people", "target_group", "fte"]


@admin.register(Edition)
class EditionAdmin(ContentAdmin):
    change_form_template = "admin/jobcount/edition/change_form.html"
    preview_renderer = staticmethod(render_edition_preview)
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
        return super().get_queryset(request).annotate(figure_count=Count("figures"))

    @admin.display(description=_("figures"), ordering="figure_count")
    def figure_count(self, obj):
        return obj.figure_count


class FigureImportForm(CsvImportForm):
    """The CSV file and the edition it replaces the figures of."""

    edition = forms.ModelChoiceField(
        queryset=Edition.objects.all(),
        label=capfirst(_("job count edition")),
        help_text=_("The file replaces all figures of this edition."),
    )
    field_order = ["edition", "import_file", "format", "resource"]


class FigureConfirmForm(ConfirmImportForm):
    edition = forms.ModelChoiceField(
        queryset=Edition.objects.all(), widget=forms.HiddenInput
    )


@admin.register(Figure)
class FigureAdmin(
    DutchAdminMixin, LockingMixin, CsvImportExportMixin, admin.ModelAdmin
):
    """The figures of every edition; here an edition's figures are imported from a
    CSV (a preview, then a confirmation; the file replaces them all or nothing
    changes) and exported, by django-import-export."""

    list_display = [
        "organisation",
        "work_form",
        "people",
        "target_group",
        "fte",
        "edition",
    ]
    list_filter = ["edition", "work_form"]
    list_select_related = ["edition"]
    search_fields = ["organisation"]
    autocomplete_fields = ["company"]
    fields = [
        "edition",
        "organisation",
        "company",
        "work_form",
        "people",
        "target_group",
        "fte",
    ]
    change_list_template = "admin/jobcount/figure/change_list.html"
    import_template_name = "admin/jobcount/figure/import.html"
    import_title = _("Import figures from CSV")
    import_form_class = FigureImportForm
    confirm_form_class = FigureConfirmForm
    resource_classes = [FigureResource]
    csv_format = FigureCsv
    csv_template_filename = "banenmeting-sjabloon.csv"
    csv_template_rows = [EXAMPLE]

    def has_import_permission(self, request):
        # An import adds figures and deletes the edition's former ones.
        return self.has_add_permission(request) and self.has_delete_permission(request)

    def get_export_filename(self, request, queryset, file_format):
        edition = Edition.objects.filter(
            pk=request.GET.get("edition__id__exact") or None
        ).first()
        if edition is not None:
            return f"banenmeting-{edition.year}.csv"
        return f"banenmeting-cijfers-{timezone.localdate().isoformat()}.csv"

    def get_import_form_initial(self, request):
        edition = request.GET.get("edition", "")
        return {"edition": edition} if edition.isdigit() else {}

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            initial["edition"] = import_form.cleaned_data["edition"].pk
        return initial

    def get_import_resource_kwargs(self, request, **kwargs):
        form = kwargs.get("form")
        edition = getattr(form, "cleaned_data", {}).get("edition")
        return {
            **super().get_import_resource_kwargs(request, **kwargs),
            "edition": edition,
        }

    def get_import_extra_context(self, request, context):
        edition = getattr(context["form"], "cleaned_data", {}).get("edition")
        return {
            "edition": edition,
            "existing": edition.figures.count() if edition else 0,
        }

    def process_dataset(self, dataset, form, request, **kwargs):
        result = super().process_dataset(dataset, form, request, **kwargs)
        result.edition = form.cleaned_data["edition"]
        return result

    def import_succeeded(self, result, request):
        """One entry in the edition's history, a message, and the edition."""
        edition = result.edition
        count = result.totals[RowResult.IMPORT_TYPE_NEW]
        comment = gettext("Figures replaced by a CSV import (%(count)s).") % {
            "count": count
        }
        # One entry in the edition's history, not one per figure: a version of the
        # edition with its figures (EditionAdmin follows them), so that the former
        # figures can be brought back from the history.
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(comment)
            reversion.add_to_revision(edition)
        LogEntry.objects.log_actions(
            request.user.pk,
            [edition],
            CHANGE,
            change_message=comment,
            single_object=True,
        )
        messages.success(
            request,
            gettext("%(count)s figures imported for %(year)s.")
            % {"count": count, "year": edition.year},
        )
        post_import.send(sender=None, model=self.model)
        return HttpResponseRedirect(
            reverse("admin:jobcount_edition_change", args=[edition.pk])
        )
