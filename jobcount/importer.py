"""CSV import of an edition's figures: every line checked, all or nothing."""

import csv
import io
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from companies.models import Company
from jobcount.models import Figure, WorkForm

COLUMNS = ["organisation", "company_slug", "work_form", "people", "target_group", "fte"]
REQUIRED = ["organisation", "work_form", "people", "target_group"]
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000


class FigureImportError(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


def template_csv() -> str:
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(COLUMNS)
    writer.writerow(["Voorbeeldbedrijf vzw", "", "maatwerk", "120", "95", "101.5"])
    return output.getvalue()


def _whole_number(raw, line, column, errors):
    try:
        value = int(raw)
    except (TypeError, ValueError):
        errors.append(
            _("Line %(line)s, %(column)s: “%(value)s” is not a whole number.")
            % {"line": line, "column": column, "value": raw}
        )
        return None
    if value < 0:
        errors.append(
            _("Line %(line)s, %(column)s: cannot be negative.")
            % {"line": line, "column": column}
        )
        return None
    return value


def _read(data: bytes):
    if len(data) > MAX_BYTES:
        raise FigureImportError([_("The file is larger than 2 MB.")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FigureImportError(
            [_("The file is not UTF-8 text. Save it as CSV UTF-8.")]
        ) from None
    if "\x00" in text:
        raise FigureImportError(
            [_("The file contains characters that a CSV file cannot.")]
        )
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as error:
        raise FigureImportError(
            [_("The file is not valid CSV: %(error)s") % {"error": error}]
        ) from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise FigureImportError(
            [_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}]
        )
    if not rows:
        raise FigureImportError([_("The file has no figures.")])
    if len(rows) > MAX_ROWS:
        raise FigureImportError(
            [_("At most %(max)s rows at a time.") % {"max": MAX_ROWS}]
        )
    return rows


def parse_figures(data: bytes, edition) -> list[Figure]:
    rows = _read(data)
    companies = {c.slug: c for c in Company.objects.all()}
    work_forms = set(WorkForm.values)
    errors, figures, seen = [], [], {}
    for line, row in enumerate(rows, start=2):
        if None in row:
            errors.append(
                _("Line %(line)s: more values than columns.") % {"line": line}
            )
            continue
        before = len(errors)
        organisation = (row.get("organisation") or "").strip()
        if not organisation:
            errors.append(_("Line %(line)s, organisation: empty.") % {"line": line})
        work_form = (row.get("work_form") or "").strip()
        if work_form not in work_forms:
            errors.append(
                _(
                    "Line %(line)s, work_form: unknown work form “%(value)s” "
                    "(use %(known)s)."
                )
                % {
                    "line": line,
                    "value": work_form,
                    "known": ", ".join(sorted(work_forms)),
                }
            )
        people = _whole_number(
            (row.get("people") or "").strip(), line, "people", errors
        )
        target = _whole_number(
            (row.get("target_group") or "").strip(), line, "target_group", errors
        )
        if people is not None and target is not None and target > people:
            errors.append(
                _("Line %(line)s: more target-group employees than people.")
                % {"line": line}
            )
        fte = None
        raw_fte = (row.get("fte") or "").strip().replace(",", ".")
        if raw_fte:
            try:
                fte = Decimal(raw_fte)
                if (
                    fte < 0
                    or fte != fte.quantize(Decimal("0.1"))
                    or fte > Decimal("999999")
                ):
                    raise InvalidOperation
            except InvalidOperation:
                errors.append(
                    _(
                        "Line %(line)s, fte: “%(value)s” is not a number with at "
                        "most one decimal."
                    )
                    % {"line": line, "value": raw_fte}
                )
                fte = None
        slug = (row.get("company_slug") or "").strip()
        company = None
        if slug:
            company = companies.get(slug)
            if company is None:
                errors.append(
                    _(
                        "Line %(line)s, company_slug: no company “%(value)s” in "
                        "the directory."
                    )
                    % {"line": line, "value": slug}
                )
        key = (organisation.casefold(), work_form)
        if organisation and key in seen:
            errors.append(
                _(
                    "Line %(line)s: %(organisation)s appears twice for this work "
                    "form (see line %(first)s)."
                )
                % {"line": line, "organisation": organisation, "first": seen[key]}
            )
        seen.setdefault(key, line)
        if len(errors) == before:
            figures.append(
                Figure(
                    edition=edition,
                    organisation=organisation,
                    company=company,
                    work_form=work_form,
                    people=people,
                    target_group=target,
                    fte=fte,
                )
            )
    if errors:
        raise FigureImportError(errors)
    return figures


@transaction.atomic
def figures_replace(edition, data: bytes) -> int:
    """Replace the edition's figures with the file's, or change nothing at all."""
    figures = parse_figures(data, edition)
    edition.figures.all().delete()
    Figure.objects.bulk_create(figures)
    edition.save(update_fields=["updated_at"])  # the page shows when it changed
    return len(figures)
