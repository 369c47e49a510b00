"""Open data: the companies and the job-count figures as CSV and JSON.

Column and key names are stable (documented on the open-data page); the JSON carries
every language. Licence: Modellicentie Gratis Hergebruik of the Flemish government."""

import csv
import io
import json

from django.conf import settings
from django.db.models import Max
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from companies.models import Company
from jobcount.models import Edition

LICENCE = "Modellicentie Gratis Hergebruik (Vlaamse overheid)"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

COMPANY_COLUMNS = [
    "slug",
    "name",
    *[f"short_description_{code}" for code in LANGUAGE_CODES],
    "organisation_type",
    "sectors",
    "offerings",
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
    "page_url",
    "last_changed",
]
JOBCOUNT_COLUMNS = [
    "year",
    "row_type",
    "organisation",
    "company_slug",
    "work_form",
    "people",
    "people_qualifier",
    "target_group",
    "target_group_qualifier",
    "fte",
    "example_figures",
]


def _companies():
    return (
        Company.objects.published()
        .prefetch_related("sectors", "offerings")
        .order_by("name", "pk")
    )


def _editions():
    return (
        Edition.objects.published()
        .prefetch_related("figures__company")
        .order_by("year")
    )


def _page_url(request, company):
    with translation.override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(company.get_absolute_url())


def _text(value):
    return "" if value is None else str(value)


def companies_last_changed():
    return Company.objects.published().aggregate(last=Max("updated_at"))["last"]


def editions_last_changed():
    return Edition.objects.published().aggregate(last=Max("updated_at"))["last"]


def _csv_response(rows, columns, filename):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(columns)
    writer.writerows(rows)
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _json_response(data, filename):
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def companies_csv(request):
    rows = []
    for company in _companies():
        values = {
            **{
                column: _text(getattr(company, column, ""))
                for column in COMPANY_COLUMNS
            },
            "sectors": ";".join(s.slug for s in company.sectors.all()),
            "offerings": ";".join(o.slug for o in company.offerings.all()),
            "page_url": _page_url(request, company),
            "last_changed": company.updated_at.isoformat(),
        }
        rows.append([values[column] for column in COMPANY_COLUMNS])
    return _csv_response(rows, COMPANY_COLUMNS, "bedrijven-sociale-economie-gent.csv")


@require_safe
def companies_json(request):
    items = []
    for company in _companies():
        items.append(
            {
                "slug": company.slug,
                "name": company.name,
                "short_description": {
                    code: getattr(company, f"short_description_{code}") or None
                    for code in LANGUAGE_CODES
                },
                "description_html": {
                    code: getattr(company, f"long_description_{code}") or None
                    for code in LANGUAGE_CODES
                },
                "organisation_type": company.organisation_type or None,
                "sectors": [
                    {
                        "code": s.slug,
                        "name": {
                            c: getattr(s, f"name_{c}") or None for c in LANGUAGE_CODES
                        },
                    }
                    for s in company.sectors.all()
                ],
                "offerings": [
                    {
                        "code": o.slug,
                        "name": {
                            c: getattr(o, f"name_{c}") or None for c in LANGUAGE_CODES
                        },
                    }
                    for o in company.offerings.all()
                ],
                "address": {
                    "street": company.street or None,
                    "postcode": company.postcode or None,
                    "municipality": company.municipality or None,
                    "latitude": company.latitude,
                    "longitude": company.longitude,
                },
                "phone": company.phone or None,
                "email": company.email or None,
                "website": company.website or None,
                "vacancies_url": company.vacancies_url or None,
                "kbo_number": company.kbo_number or None,
                "headcount": company.headcount,
                "headcount_year": company.headcount_year,
                "page_url": _page_url(request, company),
                "last_changed": company.updated_at.isoformat(),
            }
        )
    last = companies_last_changed()
    return _json_response(
        {
            "licence": LICENCE,
            "last_changed": last.isoformat() if last else None,
            "companies": items,
        },
        "bedrijven-sociale-economie-gent.json",
    )


def jobcount_rows():
    rows = []
    for edition in _editions():
        figures = list(edition.figures.all())
        example = "1" if edition.is_example else "0"
        if (
            edition.headline_people is not None
            or edition.headline_target_group is not None
        ):
            rows.append(
                [
                    edition.year,
                    "published_total",
                    "",
                    "",
                    "",
                    _text(edition.headline_people),
                    edition.headline_people_qualifier,
                    _text(edition.headline_target_group),
                    edition.headline_target_group_qualifier,
                    "",
                    example,
                ]
            )
        for figure in figures:
            rows.append(
                [
                    edition.year,
                    "figure",
                    figure.organisation,
                    figure.company.slug if figure.company else "",
                    figure.work_form,
                    figure.people,
                    "exact",
                    figure.target_group,
                    "exact",
                    _text(figure.fte),
                    example,
                ]
            )
    return rows


@require_safe
def jobcount_csv(request):
    return _csv_response(jobcount_rows(), JOBCOUNT_COLUMNS, "banenmeting-gent.csv")


@require_safe
def jobcount_json(request):
    editions = []
    for edition in _editions():
        figures = list(edition.figures.all())
        totals = edition.totals(figures)
        editions.append(
            {
                "year": edition.year,
                "reference_date": edition.reference_date,
                "publication_date": edition.publication_date,
                "example_figures": edition.is_example,
                "method_and_source": {
                    code: getattr(edition, f"note_{code}") or None
                    for code in LANGUAGE_CODES
                },
                "source_url": edition.source_url or None,
                "published_total": (
                    {
                        "people": edition.headline_people,
                        "people_qualifier": edition.headline_people_qualifier,
                        "target_group": edition.headline_target_group,
                        "target_group_qualifier": (
                            edition.headline_target_group_qualifier
                        ),
                    }
                    if edition.headline_people is not None
                    else None
                ),
                "totals": {
                    "people": totals["people"],
                    "target_group": totals["target_group"],
                    "fte": totals["fte"],
                    "computed_from_figures": totals["computed"],
                },
                "figures": [
                    {
                        "organisation": figure.organisation,
                        "company_slug": figure.company.slug if figure.company else None,
                        "work_form": figure.work_form,
                        "people": figure.people,
                        "target_group": figure.target_group,
                        "fte": figure.fte,
                    }
                    for figure in figures
                ],
            }
        )
    last = editions_last_changed()
    return _json_response(
        {
            "licence": LICENCE,
            "last_changed": last.isoformat() if last else None,
            "editions": editions,
        },
        "banenmeting-gent.json",
    )


@require_safe
def open_data(request):
    context = {
        "licence": LICENCE,
        "companies_last_changed": companies_last_changed(),
        "jobcount_last_changed": editions_last_changed(),
        "company_columns": COMPANY_COLUMNS,
        "jobcount_columns": JOBCOUNT_COLUMNS,
        "examples": Edition.objects.published().filter(is_example=True).exists(),
        "breadcrumbs": [{"title": _("Open data"), "url": request.path}],
        "now": timezone.now(),
        "downloads": {
            "companies_csv": reverse("opendata_companies_csv"),
            "companies_json": reverse("opendata_companies_json"),
            "jobcount_csv": reverse("opendata_jobcount_csv"),
            "jobcount_json": reverse("opendata_jobcount_json"),
        },
    }
    return render(request, "jobcount/open_data.html", context)
