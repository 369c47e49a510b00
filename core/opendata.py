"""What every open-data download shares: the CSV and JSON responses, safe for
spreadsheets. (No licence is claimed: none is given in a source yet.)"""

import csv
import io
import json
import re

from django.conf import settings
from django.http import HttpResponse

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def text(value):
    return "" if value is None else str(value)


# A cell that starts with one of these is a formula to a spreadsheet (OWASP, CSV
# injection). A phone number (+32 9 123 45 67) and a plain negative number are not
# formulas that can do harm, and stay readable.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"\+[0-9][0-9 ./()-]*|-[0-9]+(\.[0-9]+)?")


def csv_safe(value):
    """By hand: import-export's ESCAPE_FORMULAE only drops a leading "=" (no + - @)."""
    text = "" if value is None else str(value)
    if text[:1] in _FORMULA_START and not _HARMLESS.fullmatch(text):
        return "'" + text
    if text[:1] == "'" and text[1:2] in _FORMULA_START:
        return "'" + text  # so that csv_unquote gives this value back, quote and all
    return text


def csv_unquote(text):
    """The value that csv_safe quoted (a name like "'t Pand" keeps its quote)."""
    if text.startswith("'") and csv_safe(text[1:]) == text:
        return text[1:]
    return text


def csv_response(rows, columns, filename):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(columns)
    writer.writerows([csv_safe(cell) for cell in row] for row in rows)
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def json_response(data, filename):
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
