"""Open data: the published companies as CSV and JSON (column and key names are
stable, documented on the open-data page; the JSON carries every language)."""

from django.conf import settings
from django.db.models import Max
from django.utils import timezone, translation
from django.views.decorators.http import require_safe

from companies.models import Company, Vacancy, cpv_code_list
from core.opendata import LANGUAGE_CODES, csv_response, json_response
from core.opendata import text as _text

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
    "organisation_type_source",
    "organisation_type_date",
    "reserved_contracts",
    "reserved_contracts_source",
    "reserved_contracts_date",
    "delivery_area",
    "delivery_area_source",
    "delivery_area_date",
    "page_url",
    "last_changed",
]


def _companies():
    return (
        Company.objects.visible()
        .prefetch_related("sectors", "offerings")
        .order_by("name", "pk")
    )


def _page_url(request, company):
    with translation.override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(company.get_absolute_url())


def _offerings(company, now):
    """Offerings not confirmed within CONFIRMATION_MONTHS are left out, as on the
    site (from the prefetched list: no query per company)."""
    return company.offerings.all() if company.offerings_visible(now) else []


def _vacancies_url(company, now):
    return company.vacancies_url if company.vacancies_visible(now) else None


def companies_last_changed():
    return Company.objects.visible().aggregate(last=Max("updated_at"))["last"]


@require_safe
def companies_csv(request):
    now = timezone.now()
    rows = []
    for company in _companies():
        values = {
            **{
                column: _text(getattr(company, column, ""))
                for column in COMPANY_COLUMNS
            },
            "sectors": ";".join(s.slug for s in company.sectors.all()),
            "offerings": ";".join(o.slug for o in _offerings(company, now)),
            "vacancies_url": _vacancies_url(company, now) or "",
            "reserved_contracts": {True: "1", False: "0", None: ""}[
                company.reserved_contracts
            ],
            "page_url": _page_url(request, company),
            "last_changed": company.updated_at.isoformat(),
        }
        rows.append([values[column] for column in COMPANY_COLUMNS])
    return csv_response(rows, COMPANY_COLUMNS, "bedrijven-sociale-economie-gent.csv")


@require_safe
def companies_json(request):
    now = timezone.now()
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
                        "cpv_codes": cpv_code_list(o.cpv_codes),
                    }
                    for o in _offerings(company, now)
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
                "vacancies_url": _vacancies_url(company, now),
                "kbo_number": company.kbo_number or None,
                "headcount": company.headcount,
                "headcount_year": company.headcount_year,
                "for_buyers": {
                    fact: {
                        "value": getattr(company, fact),
                        "source": getattr(company, f"{fact}_source") or None,
                        "checked_on": getattr(company, f"{fact}_date"),
                    }
                    for fact in (
                        "organisation_type",
                        "reserved_contracts",
                        "delivery_area",
                    )
                },
                "page_url": _page_url(request, company),
                "last_changed": company.updated_at.isoformat(),
            }
        )
    last = companies_last_changed()
    return json_response(
        {
            "last_changed": last.isoformat() if last else None,
            "companies": items,
        },
        "bedrijven-sociale-economie-gent.json",
    )


QUOTE_COLUMNS = [
    "row_type",
    "month",
    "offering",
    "requests",
    "company_mails",
    "answered",
    "bought",
]


@require_safe
def quote_requests_csv(request):
    """What Buy social! brings, per month and per offering: counts only, no
    personal data (companies.selectors.quote_figures)."""
    from companies.selectors import quote_figures

    figures = quote_figures()
    rows = [
        [
            "month",
            row["month"].strftime("%Y-%m"),
            "",
            row["requests"],
            row["companies"],
            row["answered"],
            row["bought"],
        ]
        for row in figures["months"]
    ]
    rows += [
        ["offering", "", offering.slug, offering.requests, "", "", ""]
        for offering in figures["offerings"]
    ]
    return csv_response(rows, QUOTE_COLUMNS, "koop-sociaal-gent.csv")


VACANCY_COLUMNS = [
    "id",
    *[f"title_{code}" for code in LANGUAGE_CODES],
    *[f"description_{code}" for code in LANGUAGE_CODES],
    "company_slug",
    "company_name",
    "sectors",
    "work_form",
    "hours",
    "posting_url",
    "posted_on",
    "checked_on",
    "page_url",
]


def _vacancies():
    """What visitors see now (hidden ones, not checked in time, are left out)."""
    return (
        Vacancy.objects.visible()
        .select_related("company")
        .prefetch_related("company__sectors")
        .order_by("-posted_on", "pk")
    )


def _vacancy_url(request, vacancy):
    with translation.override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(vacancy.get_absolute_url())


@require_safe
def vacancies_csv(request):
    rows = []
    for vacancy in _vacancies():
        values = {
            "id": vacancy.pk,
            **{
                f"{field}_{code}": _text(getattr(vacancy, f"{field}_{code}"))
                for field in ("title", "description")
                for code in LANGUAGE_CODES
            },
            "company_slug": vacancy.company.slug,
            "company_name": vacancy.company.name,
            "sectors": ";".join(s.slug for s in vacancy.company.sectors.all()),
            "work_form": vacancy.work_form,
            "hours": vacancy.hours,
            "posting_url": vacancy.posting_url,
            "posted_on": vacancy.posted_on.isoformat(),
            "checked_on": _text(
                vacancy.reviewed_at and vacancy.reviewed_at.isoformat()
            ),
            "page_url": _vacancy_url(request, vacancy),
        }
        rows.append([values[column] for column in VACANCY_COLUMNS])
    return csv_response(rows, VACANCY_COLUMNS, "vacatures-sociale-economie-gent.csv")


@require_safe
def vacancies_json(request):
    items = [
        {
            "id": vacancy.pk,
            "title": {
                code: getattr(vacancy, f"title_{code}") or None
                for code in LANGUAGE_CODES
            },
            "description": {
                code: getattr(vacancy, f"description_{code}") or None
                for code in LANGUAGE_CODES
            },
            "company": {"slug": vacancy.company.slug, "name": vacancy.company.name},
            "sectors": [s.slug for s in vacancy.company.sectors.all()],
            "work_form": vacancy.work_form or None,
            "hours": vacancy.hours or None,
            "posting_url": vacancy.posting_url,
            "posted_on": vacancy.posted_on.isoformat(),
            "checked_on": vacancy.reviewed_at.isoformat()
            if vacancy.reviewed_at
            else None,
            "page_url": _vacancy_url(request, vacancy),
        }
        for vacancy in _vacancies()
    ]
    return json_response(
        {"generated": timezone.now().isoformat(), "vacancies": items},
        "vacatures-sociale-economie-gent.json",
    )
