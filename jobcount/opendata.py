"""Open data: the job-count figures as CSV and JSON, and the open-data page."""

from django.db.models import Max
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.opendata import LANGUAGE_CODES, csv_response, json_response
from core.opendata import text as _text
from jobcount.models import Edition

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


def _editions():
    return (
        Edition.objects.published()
        .prefetch_related("figures__company")
        .order_by("year")
    )


def editions_last_changed():
    return Edition.objects.published().aggregate(last=Max("updated_at"))["last"]


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
    return csv_response(jobcount_rows(), JOBCOUNT_COLUMNS, "banenmeting-gent.csv")


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
    return json_response(
        {
            "last_changed": last.isoformat() if last else None,
            "editions": editions,
        },
        "banenmeting-gent.json",
    )


@require_safe
def open_data(request):
    context = {
        "jobcount_last_changed": editions_last_changed(),
        "jobcount_columns": JOBCOUNT_COLUMNS,
        "examples": Edition.objects.published().filter(is_example=True).exists(),
        "breadcrumbs": [{"title": _("Open data"), "url": request.path}],
        "now": timezone.now(),
        "downloads": {
            "companies_csv": reverse("opendata_companies_csv"),
            "companies_json": reverse("opendata_companies_json"),
            "vacancies_csv": reverse("opendata_vacancies_csv"),
            "vacancies_json": reverse("opendata_vacancies_json"),
            "news_json": reverse("opendata_news_json"),
            "events_json": reverse("opendata_events_json"),
            "jobcount_csv": reverse("opendata_jobcount_csv"),
            "jobcount_json": reverse("opendata_jobcount_json"),
        },
    }
    return render(request, "jobcount/open_data.html", context)
