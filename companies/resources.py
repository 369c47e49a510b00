"""The companies as CSV, for the admin's import and export (django-import-export).

The columns and their meaning are those editors have always had: one line per
company, found by its slug; sectors and offerings as their codes separated by ";";
the short description per language; published as 1 or 0. Columns left out of a file
keep their values. Every line is checked (the model's full_clean) and a single wrong
line imports nothing.
"""

from urllib.parse import urlsplit

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import resources, widgets

from companies.models import Company
from core.csv_import import CsvFormat, CsvResourceMixin, Number, WholeNumber, YesNo

COLUMNS = [
    "slug",
    "name",
    "short_description_nl",
    "short_description_en",
    "short_description_fr",
    "organisation_type",
    "street",
    "postcode",
    "municipality",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "vacancies_url",
    "kbo_number",
    "headcount",
    "headcount_year",
    "sectors",
    "offerings",
    "published",
]
REQUIRED_COLUMNS = ["slug", "name", "short_description_nl"]
LIST_SEPARATOR = ";"


class CompanyCsv(CsvFormat):
    columns = COLUMNS
    required_columns = REQUIRED_COLUMNS
    no_rows_message = gettext_lazy("The file has no companies.")


class Text(widgets.CharWidget):
    """Text; empty is NULL where the column allows it (a translation left empty),
    so that importing an export changes nothing."""

    def __init__(self, null=False):
        super().__init__(allow_blank=True)
        self.null = null

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row, **kwargs)
        return None if self.null and text == "" else text


class Url(widgets.CharWidget):
    """An address without https:// gets it, as in the admin's form."""

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row, **kwargs)
        if not text:
            return text
        try:
            has_scheme = bool(urlsplit(text).scheme)
        except ValueError:
            raise ValueError(URLValidator.message) from None
        return text if has_scheme else "https://" + text


class Codes(widgets.ManyToManyWidget):
    """Sectors or offerings by their codes, separated by ";"; an unknown code is an
    error (not left out without a word)."""

    def __init__(self, model):
        super().__init__(model, separator=LIST_SEPARATOR, field="slug")

    def clean(self, value, row=None, **kwargs):
        codes = list(
            dict.fromkeys(
                c.strip() for c in str(value or "").split(LIST_SEPARATOR) if c.strip()
            )
        )
        found = {o.slug: o for o in self.model.objects.filter(slug__in=codes)}
        unknown = [c for c in codes if c not in found]
        if unknown:
            raise ValueError(
                _("unknown code(s) %(codes)s.") % {"codes": ", ".join(unknown)}
            )
        return [found[c] for c in codes]


def _widget(field_name):
    field = Company._meta.get_field(field_name)
    if field.many_to_many:
        return Codes(field.related_model)
    if field_name == "published":
        return YesNo()
    if field.get_internal_type() == "DecimalField":
        return Number()
    if field.get_internal_type() == "PositiveIntegerField":
        return WholeNumber()
    if isinstance(field, models.URLField):
        return Url()
    return Text(null=field.null)


class CompanyResource(CsvResourceMixin, resources.ModelResource):
    class Meta:
        model = Company
        fields = COLUMNS
        export_order = COLUMNS
        import_id_fields = ["slug"]
        # All or nothing: the whole file in one transaction, every line validated.
        use_transactions = True
        clean_model_instances = True
        # A line that changes nothing is not saved (an export imported again
        # changes nothing, not even the "last changed" date); the preview shows it.
        skip_unchanged = True
        report_skipped = True
        skip_diff = False

    @classmethod
    def field_from_django_field(cls, field_name, django_field, readonly):
        field = super().field_from_django_field(field_name, django_field, readonly)
        field.widget = _widget(field_name)
        return field

    def filter_export(self, queryset, **kwargs):
        return queryset.prefetch_related("sectors", "offerings")

    def before_import(self, dataset, **kwargs):
        self._first_line = {}

    def import_instance(self, instance, row, **kwargs):
        """The columns' values, with the errors of every column at once (the
        sectors and offerings too, which are only saved after the company)."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in ("sectors", "offerings"):
            if name in row:
                try:
                    self.fields[name].clean(row)
                except ValueError as error:
                    errors[name] = [str(error)]
        slug = row.get("slug", "")
        if slug in self._first_line:
            errors.setdefault(NON_FIELD_ERRORS, []).append(
                _("the slug %(slug)s appears twice (see line %(first)s).")
                % {"slug": slug, "first": self._first_line[slug]}
            )
        else:
            self._first_line[slug] = kwargs.get("line", "?")
        if errors:
            raise ValidationError(errors)

    def validation_exclude(self, errors):
        """full_clean for the columns of the file (as the former ModelForm did): the
        logo, the long descriptions and the rest are not the import's business."""
        imported = {f.attribute for f in self.fields.values()}
        return super().validation_exclude(errors) | {
            f.name for f in Company._meta.get_fields() if f.name not in imported
        }
