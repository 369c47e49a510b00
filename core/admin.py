"""What every content admin shares: language tabs, history with compare/restore
(django-reversion), https links by default and a "view on site" that previews;
and what the admins with a CSV import and export share (CsvImportExportMixin)."""

import csv
import io

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.forms import ImportForm
from import_export.tmp_storages import CacheStorage
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from core.admin_i18n import DutchAdminMixin
from core.csv_import import MAX_BYTES, CsvFileError
from core.docx import DocxImportAdminMixin
from core.drafts import WorkingCopyMixin
from core.history import HistoryMixin
from core.html import heading_problems
from core.linkcheck import LinkReportAdminMixin
from core.locking import LockedInlineMixin, LockingMixin
from core.preview import PreviewMixin
from core.readability import ReadabilityAdminMixin
from core.redirects import RedirectOnDeleteMixin, register_redirect_admin
from core.review import ReviewAdminMixin
from core.rich_text import RichTextAdminMixin
from core.translation_status import TranslationStatusAdminMixin


class ContentAdmin(
    TranslationStatusAdminMixin,
    ReadabilityAdminMixin,
    ReviewAdminMixin,
    LinkReportAdminMixin,
    DutchAdminMixin,
    LockingMixin,
    WorkingCopyMixin,
    DocxImportAdminMixin,
    HistoryMixin,
    PreviewMixin,
    RichTextAdminMixin,
    RedirectOnDeleteMixin,
    CompareVersionAdmin,
    TabbedTranslationAdmin,
):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    history_latest_first = True
    rich_text_fields = ("body", "long_description")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for field in self.rich_text_fields:
            for code, name in settings.LANGUAGES:
                problems = heading_problems(getattr(obj, f"{field}_{code}", "") or "")
                if problems:
                    messages.warning(
                        request,
                        _(
                            "The %(language)s text skips a heading level (%(where)s). "
                            "Screen-reader users navigate by headings: use Heading 2, "
                            "then Heading 3, without skipping."
                        )
                        % {"language": name, "where": ", ".join(problems)},
                    )

    def view_on_site(self, obj):
        """Published items open on the site; others in the staff-only preview."""
        if hasattr(obj, "is_visible") and not obj.is_visible():
            return obj.get_preview_url()
        return obj.get_absolute_url()

    @admin.display(description=_("visible now"), boolean=True)
    def visible_now(self, obj):
        return obj.is_visible()


def all_languages(*fields):
    """Field names in every language, for search_fields."""
    return [f"{field}_{code}" for field in fields for code, _name in settings.LANGUAGES]


class TabularInline(LockedInlineMixin, admin.TabularInline):
    """Django's tabular inline shows a field's help text as a tooltip icon in the
    column header, while the field's input still points aria-describedby at a help
    element that a table row never has. Here the help text is written after the
    column's label instead, where everyone sees it, and nothing points nowhere."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and field.help_text:
            field.label = f"{field.label} ({field.help_text})"
            field.help_text = ""
        return field


class CsvImportForm(ImportForm):
    """django-import-export's form with one CSV file: a Dutch label, 2 MB at most."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["import_file"].label = _("CSV file")
        self.fields["import_file"].widget.attrs["accept"] = ".csv,text/csv"

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(_("The file is larger than 2 MB."))
        return upload


def import_errors(result, columns):
    """Every problem a (dry) run found, as the editor reads it: "Regel 3, postcode:
    …", by the file's own line numbers, in order. columns: a field's column."""
    if result is None:
        return []
    lines = getattr(result, "line_numbers", None) or []

    def line(number):
        return lines[number - 1] if 0 < number <= len(lines) else number + 1

    found = []
    for row in result.error_rows:
        for error in row.errors:
            found.append(
                (
                    line(row.number),
                    gettext("Line %(line)s: %(message)s")
                    % {"line": line(row.number), "message": error.error},
                )
            )
    for row in result.invalid_rows:
        for field, field_messages in row.error_dict.items():
            for message in field_messages:
                if field == NON_FIELD_ERRORS:
                    text = gettext("Line %(line)s: %(message)s")
                else:
                    text = gettext("Line %(line)s, %(column)s: %(message)s")
                found.append(
                    (
                        line(row.number),
                        text
                        % {
                            "line": line(row.number),
                            "column": columns.get(field, field),
                            "message": message,
                        },
                    )
                )
    found.sort(key=lambda item: item[0])
    return [str(error.error) for error in result.base_errors] + [t for _l, t in found]


class CsvImportExportMixin(ImportExportMixin):
    """CSV import (a preview, then a confirmation; all or nothing) and a one-click
    export, by django-import-export, with the file's CsvFormat (core.csv_import).

    The admin names its format (csv_format), the import page's title
    (import_title) and the template's file name and example lines; the page is
    templates/admin/csv_import.html, extended per model. A template to start from
    is at csv-template/ (URL name "<app>_<model>_csv_template")."""

    csv_format = None
    import_title = ""
    csv_template_filename = "sjabloon.csv"
    csv_template_rows = ()  # under the header line
    import_export_change_list_template = None
    import_form_class = CsvImportForm
    # The file waits for the confirmation in the shared cache (every worker sees
    # it; it expires) rather than in one machine's /tmp.
    tmp_storage_class = CacheStorage
    # Export is one click: the objects the list shows (its filters), as CSV.
    skip_export_form = True

    def get_import_formats(self):
        return [self.csv_format]

    def get_export_formats(self):
        return [self.csv_format]

    def has_import_permission(self, request):
        # django-import-export's default lets anyone who sees the list import.
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def _url_name(self, view):
        app_label, model_name = self.get_model_info()
        return f"{app_label}_{model_name}_{view}"

    def get_urls(self):
        return [
            path(
                "csv-template/",
                self.admin_site.admin_view(self.csv_template_view),
                name=self._url_name("csv_template"),
            ),
            *super().get_urls(),
        ]

    def csv_template_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        output = io.StringIO()
        writer = csv.writer(output)
        writer.writerow(self.resource_classes[0]().get_export_headers())
        writer.writerows(self.csv_template_rows)
        response = HttpResponse(
            output.getvalue(), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{self.csv_template_filename}"'
        )
        return response

    def get_import_extra_context(self, request, context):
        """What the model's import page shows besides the shared parts."""
        return {}

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        context = response.context_data
        result = context.get("result")
        resource = self.resource_classes[0]()
        context.update(
            title=self.import_title,
            import_errors=import_errors(
                result, {f.attribute: f.column_name for f in resource.fields.values()}
            ),
            columns=self.csv_format.columns,
            required_columns=self.csv_format.required_columns,
            template_url=reverse("admin:" + self._url_name("csv_template")),
            **self.get_import_extra_context(request, context),
        )
        if context.get("confirm_form"):
            lines = getattr(result, "line_numbers", None) or []
            context["preview"] = list(zip(lines, result.valid_rows(), strict=False))
        return response

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, CsvFileError):
            for message in e.messages:
                form.add_error("import_file", message)
        else:
            form.add_error(
                "import_file",
                _("The file is not valid CSV: %(error)s") % {"error": e},
            )

    def get_import_data_kwargs(self, **kwargs):
        # The confirmed import also rolls back on a line that fails to validate
        # (say, a slug someone took since the preview): all or nothing.
        return {
            **super().get_import_data_kwargs(**kwargs),
            "rollback_on_validation_errors": True,
        }

    def process_import(self, request, **kwargs):
        try:
            return super().process_import(request, **kwargs)
        except CsvFileError as error:
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(reverse("admin:" + self._url_name("import")))

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            messages.error(
                request,
                gettext("Nothing was imported: %(errors)s")
                % {"errors": " ".join(import_errors(result, {}))},
            )
            return HttpResponseRedirect(reverse("admin:" + self._url_name("import")))
        return self.import_succeeded(result, request)

    def import_succeeded(self, result, request):
        """After an import without errors: django-import-export's log entries, its
        message and the list."""
        return super().process_result(result, request)


register_redirect_admin(admin.site)

# The document library's admin (it imports all_languages from here).
from core import document_admin  # noqa: E402, F401
