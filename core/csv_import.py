"""What the admin's CSV imports and exports share (django-import-export): a CSV
format that reads UTF-8 line by line and names every problem by its line, the
widgets for numbers and yes/no, and the resources' line numbering.

Each app says which columns its file has (CsvFormat's columns, required_columns and
no_rows_message); its resource (fields, lookups, checks) stays in the app."""

import csv
import io
import re
from decimal import Decimal, InvalidOperation

import tablib
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import widgets
from import_export.formats.base_formats import CSV

from core.opendata import csv_safe, csv_unquote

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000


class CsvFileError(Exception):
    """What is wrong with the file as a whole, or with the shape of its lines."""

    def __init__(self, messages):
        super().__init__(" ".join(messages))
        self.messages = messages


class CsvFormat(CSV):
    """CSV in UTF-8, read line by line so that each problem is named by its line;
    tablib's reader would only say that the file is not of the right dimensions.

    A subclass names its columns, the ones a file must have, and what to say of a
    file without rows ("The file has no companies.")."""

    columns = ()
    required_columns = ()
    no_rows_message = ""

    def get_content_type(self):
        return "text/csv; charset=utf-8"

    def create_dataset(self, in_stream, **kwargs):
        if in_stream is None:  # the upload expired between preview and confirmation
            raise CsvFileError([_("The uploaded file is gone. Upload it again.")])
        if isinstance(in_stream, bytes):
            try:
                in_stream = in_stream.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise CsvFileError(
                    [_("The file is not UTF-8 text. Save it as CSV UTF-8.")]
                ) from None
        text = in_stream.removeprefix("\ufeff")
        if "\x00" in text:
            raise CsvFileError(
                [_("The file contains characters that a CSV file cannot.")]
            )
        try:
            records = list(csv.reader(io.StringIO(text)))
        except csv.Error as error:
            raise CsvFileError(
                [_("The file is not valid CSV: %(error)s") % {"error": error}]
            ) from None
        header = [column.strip() for column in records[0]] if records else []
        errors = []
        missing = [c for c in self.required_columns if c not in header]
        if missing:
            errors.append(
                _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
            )
        unknown = [c for c in header if c not in self.columns]
        if unknown:
            errors.append(
                _("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)}
            )
        twice = sorted({c for c in header if header.count(c) > 1})
        if twice:
            errors.append(
                _("Columns that appear twice: %(columns)s.")
                % {"columns": ", ".join(twice)}
            )
        rows, lines = [], []
        for line, record in enumerate(records[1:], start=2):  # line 1: the header
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > len(header):
                errors.append(
                    _("Line %(line)s: more values than columns.") % {"line": line}
                )
                continue
            # Spaces around a value are a slip; a quote csv_safe put in front goes.
            values = [csv_unquote(cell.strip()) for cell in record]
            rows.append(values + [""] * (len(header) - len(record)))
            lines.append(line)
        if len(rows) > MAX_ROWS:
            errors.append(_("At most %(max)s rows at a time.") % {"max": MAX_ROWS})
        if not rows and not errors:
            errors.append(str(self.no_rows_message))
        if errors:
            raise CsvFileError(errors)
        dataset = tablib.Dataset(*rows, headers=header)
        dataset.line_numbers = lines  # the file's line of each row, for the errors
        return dataset


class CsvResourceMixin:
    """For a resource read by CsvFormat: each row knows its line in the file
    (kwargs["line"] in import_instance), the result knows them all (for the
    errors and the preview), a line's errors come all at once (those of its
    columns, then the model's full_clean for the other fields) and an exported
    cell is never a formula."""

    def import_row(self, row, instance_loader, **kwargs):
        lines = getattr(instance_loader.dataset, "line_numbers", None)
        number = kwargs.get("row_number")
        if lines and number:
            kwargs["line"] = lines[number - 1]
        return super().import_row(row, instance_loader, **kwargs)

    def validation_exclude(self, errors):
        """The fields full_clean leaves alone: by default those with an error."""
        return set(errors)

    def validate_instance(
        self, instance, import_validation_errors=None, validate_unique=True
    ):
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(
                exclude=self.validation_exclude(errors),
                validate_unique=validate_unique,
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        result.line_numbers = getattr(dataset, "line_numbers", None)

    def export_field(self, field, instance, **kwargs):
        return csv_safe(super().export_field(field, instance, **kwargs))


class WholeNumber(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        if self.is_empty(value):
            return None
        if not re.fullmatch(r"-?[0-9]{1,15}", str(value)):
            raise ValueError(_("“%(value)s” is not a whole number.") % {"value": value})
        return int(value)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)  # 1200, never "1.200"


class Number(widgets.DecimalWidget):
    """A decimal point or comma on import; a point on export (not the locale's)."""

    def clean(self, value, row=None, **kwargs):
        if self.is_empty(value):
            return None
        try:
            number = Decimal(str(value).replace(",", "."))
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            raise ValueError(_("“%(value)s” is not a number.") % {"value": value})
        return number

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class YesNo(widgets.BooleanWidget):
    YES = {"1", "true", "ja", "yes", "waar"}
    NO = {"0", "false", "nee", "no", "onwaar", ""}  # empty: not published, as always

    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip().lower()
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise ValueError(
            _("write 1 (yes) or 0 (no), not “%(value)s”.") % {"value": value}
        )
