"""CSV export and import of companies (all-or-nothing, errors by line number)."""

import csv
import io

from django import forms
from django.db import models, transaction
from django.utils.translation import gettext as _

from companies.models import Company, Offering, Sector

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
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
LIST_SEPARATOR = ";"


def companies_csv(companies) -> str:
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(COLUMNS)
    for company in companies.prefetch_related("sectors", "offerings"):
        row = []
        for column in COLUMNS:
            if column == "sectors":
                row.append(LIST_SEPARATOR.join(s.slug for s in company.sectors.all()))
            elif column == "offerings":
                row.append(LIST_SEPARATOR.join(o.slug for o in company.offerings.all()))
            elif column == "published":
                row.append("1" if company.published else "0")
            else:
                value = getattr(company, column)
                row.append("" if value is None else str(value))
        writer.writerow(row)
    return output.getvalue()


def _https_by_default(field, **kwargs):
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class CompanyRowForm(forms.ModelForm):
    class Meta:
        model = Company
        formfield_callback = _https_by_default
        fields = [c for c in COLUMNS if c not in ("sectors", "offerings")]


class CsvImportError(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


def _read_rows(data: bytes):
    if len(data) > MAX_BYTES:
        raise CsvImportError([_("The file is larger than 2 MB.")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CsvImportError(
            [_("The file is not UTF-8 text. Save it as CSV UTF-8.")]
        ) from None
    if "\x00" in text:
        raise CsvImportError(
            [_("The file contains characters that a CSV file cannot.")]
        )
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as error:
        raise CsvImportError(
            [_("The file is not valid CSV: %(error)s") % {"error": error}]
        ) from None
    missing = [c for c in ("slug", "name", "short_description_nl") if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    errors = []
    if missing:
        errors.append(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    if unknown:
        errors.append(
            _("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)}
        )
    if len(rows) > MAX_ROWS:
        errors.append(_("At most %(max)s rows at a time.") % {"max": MAX_ROWS})
    if errors:
        raise CsvImportError(errors)
    return header, rows


def _slugs(raw, known, line, column, errors):
    values = [v.strip() for v in (raw or "").split(LIST_SEPARATOR) if v.strip()]
    unknown = [v for v in values if v not in known]
    if unknown:
        errors.append(
            _("Line %(line)s, %(column)s: unknown code(s) %(codes)s.")
            % {"line": line, "column": column, "codes": ", ".join(unknown)}
        )
    return [known[v] for v in values if v in known]


@transaction.atomic
def companies_import(data: bytes) -> dict:
    """Validate every row first; save all of them or none. Returns counts."""
    header, rows = _read_rows(data)
    sectors = {s.slug: s for s in Sector.objects.all()}
    offerings = {o.slug: o for o in Offering.objects.all()}
    existing = {c.slug: c for c in Company.objects.all()}
    errors, valid, seen = [], [], set()
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        if None in row:
            errors.append(
                _("Line %(line)s: more values than columns.") % {"line": number}
            )
            continue
        slug = (row.get("slug") or "").strip()
        if slug in seen:
            errors.append(
                _("Line %(line)s: the slug %(slug)s appears twice.")
                % {"line": number, "slug": slug}
            )
            continue
        seen.add(slug)
        instance = existing.get(slug)
        values = {}
        for column in header:
            if column in ("sectors", "offerings"):
                continue
            values[column] = (row.get(column) or "").strip()
        if instance is not None:
            # Columns left out of the file keep their current values.
            for field in CompanyRowForm.Meta.fields:
                if field not in values:
                    current = getattr(instance, field)
                    values[field] = "" if current is None else current
        values["published"] = values.get("published", "1") in (
            "1",
            "true",
            "ja",
            "yes",
            "True",
        )
        form = CompanyRowForm(values, instance=instance)
        row_sectors = (
            _slugs(row.get("sectors"), sectors, number, "sectors", errors)
            if "sectors" in header
            else None
        )
        row_offerings = (
            _slugs(row.get("offerings"), offerings, number, "offerings", errors)
            if "offerings" in header
            else None
        )
        if not form.is_valid():
            for field, messages in form.errors.items():
                for message in messages:
                    errors.append(
                        _("Line %(line)s, %(column)s: %(message)s")
                        % {"line": number, "column": field, "message": message}
                    )
            continue
        valid.append((form, row_sectors, row_offerings))
    if errors:
        raise CsvImportError(errors)
    created = updated = 0
    for form, row_sectors, row_offerings in valid:
        is_new = form.instance.pk is None
        company = form.save()
        if row_sectors is not None:
            company.sectors.set(row_sectors)
        if row_offerings is not None:
            company.offerings.set(row_offerings)
        created += is_new
        updated += not is_new
    return {"created": created, "updated": updated}
