"""An edition's figures as CSV, for the admin's import and export
(django-import-export).

One line per organisation and work form. An import replaces all of the edition's
figures, inside the import's transaction: every line checked, all or nothing.
The company is reached through the model (Figure.company), never by importing the
companies app: the domain apps stay independent of each other.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import fields, resources, widgets

from core.csv_import import CsvFormat, CsvResourceMixin, Number, WholeNumber
from jobcount.models import Figure, WorkForm

COLUMNS = ["organisation", "company_slug", "work_form", "people", "target_group", "fte"]
REQUIRED_COLUMNS = ["organisation", "work_form", "people", "target_group"]
# The template's example line; imported as it is, it is refused.
EXAMPLE_ORGANISATION = "VOORBEELD vzw (voorbeeldregel: vervang of wis deze regel)"
EXAMPLE = [EXAMPLE_ORGANISATION, "", "maatwerk", "120", "95", "101.5"]


class FigureCsv(CsvFormat):
    columns = COLUMNS
    required_columns = REQUIRED_COLUMNS
    no_rows_message = gettext_lazy("The file has no figures.")


class WorkFormCode(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        value = super().clean(value, row, **kwargs)
        if value not in WorkForm.values:
            raise ValueError(
                _("unknown work form “%(value)s” (use %(known)s).")
                % {"value": value, "known": ", ".join(sorted(WorkForm.values))}
            )
        return value


class CompanyBySlug(widgets.ForeignKeyWidget):
    """The company in the directory by its slug (optional)."""

    def __init__(self):
        super().__init__(Figure._meta.get_field("company").related_model, "slug")

    def clean(self, value, row=None, **kwargs):
        if not value:
            return None
        company = self.model.objects.filter(slug=value).first()
        if company is None:
            raise ValueError(
                _("no company “%(value)s” in the directory.") % {"value": value}
            )
        return company


class FigureResource(CsvResourceMixin, resources.ModelResource):
    organisation = fields.Field("organisation", "organisation", widgets.CharWidget())
    company_slug = fields.Field("company", "company_slug", CompanyBySlug())
    work_form = fields.Field("work_form", "work_form", WorkFormCode())
    people = fields.Field("people", "people", WholeNumber())
    target_group = fields.Field("target_group", "target_group", WholeNumber())
    fte = fields.Field("fte", "fte", Number())

    class Meta:
        model = Figure
        fields = COLUMNS
        export_order = COLUMNS
        # Every line is a new figure: the edition's figures are replaced.
        force_init_instance = True
        # All or nothing: the deletion and every line in one transaction.
        use_transactions = True
        clean_model_instances = True
        skip_diff = False

    def __init__(self, edition=None, **kwargs):
        super().__init__(**kwargs)
        self.edition = edition

    def init_instance(self, row=None):
        return Figure(edition=self.edition)

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("company")

    def before_import(self, dataset, **kwargs):
        if self.edition is None:
            raise ValueError(_("Choose the edition the figures are for."))
        self._first_line = {}
        self.edition.figures.all().delete()

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.organisation == EXAMPLE_ORGANISATION:
            errors.setdefault(NON_FIELD_ERRORS, []).append(
                _("this is the template's example line: replace or delete it.")
            )
        if "fte" not in errors and instance.fte is not None and instance.fte < 0:
            errors["fte"] = [_("cannot be negative.")]
        if (
            "people" not in errors
            and "target_group" not in errors
            and instance.people is not None
            and instance.target_group is not None
            and instance.target_group > instance.people
        ):
            errors["target_group"] = [_("more target-group employees than people.")]
        key = (instance.organisation.casefold(), instance.work_form)
        if instance.organisation and key in self._first_line:
            errors.setdefault(NON_FIELD_ERRORS, []).append(
                _(
                    "%(organisation)s appears twice for this work form (see line "
                    "%(first)s)."
                )
                % {
                    "organisation": instance.organisation,
                    "first": self._first_line[key],
                }
            )
        self._first_line.setdefault(key, kwargs.get("line", "?"))
        if errors:
            raise ValidationError(errors)

    def validation_exclude(self, errors):
        exclude = super().validation_exclude(errors)
        if NON_FIELD_ERRORS in errors:
            # A line that repeats another: said once, not again by the constraint.
            exclude.add("organisation")
        return exclude

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run"):
            # The page says when; a new version: forms opened before are stale.
            self.edition.save(update_fields=["updated_at", "version"])
