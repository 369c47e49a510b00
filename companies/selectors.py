"""Reads for the directory, the company page and the catalogue."""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.utils.translation import get_language

from companies.models import Company, Offering, OfferingCategory, Sector, Vacancy

CATALOGUE_LIMIT = 8  # companies shown per offering in the catalogue
# What a company card and a catalogue entry show: nothing more is read.
CARD_FIELDS = (
    "pk",
    "name",
    "slug",
    "short_description_nl",
    "short_description_en",
    "short_description_fr",
)


@dataclass
class DirectoryFilters:
    """The filters of the directory and the catalogue (companies.forms reads them
    from the request)."""

    q: str = ""
    sectors: list[str] = field(default_factory=list)
    offerings: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    reserved: bool = False
    ignored: list[str] = field(default_factory=list)

    @property
    def active(self):
        return bool(
            self.q or self.sectors or self.offerings or self.types or self.reserved
        )


def filter_options() -> dict:
    """Everything the filter form offers (two queries)."""
    return {
        "sectors": list(Sector.objects.all()),
        "offerings": list(Offering.objects.select_related("category")),
        "types": list(Company.OrganisationType.choices),
    }


def text_match(q: str) -> Q:
    """Name and descriptions in the active language, falling back to Dutch."""
    language = get_language()
    condition = Q(name__icontains=q)
    for field_name in ("short_description", "long_description"):
        condition |= Q(**{f"{field_name}_{language}__icontains": q})
        if language != "nl":
            condition |= Q(**{f"{field_name}_nl__icontains": q})
    return condition


def company_list(filters: DirectoryFilters):
    """The published companies that match the filters, by name, with what a card
    shows."""
    companies = (
        Company.objects.visible()
        .in_sectors(filters.sectors)
        .offering(filters.offerings)
        .of_types(filters.types)
    )
    if filters.offerings:
        # Offerings not confirmed within CONFIRMATION_MONTHS are hidden from buyers.
        companies = companies.offerings_confirmed()
    if filters.reserved:
        companies = companies.filter(reserved_contracts=True).exclude(
            reserved_contracts_source=""
        )
    if filters.q:
        companies = companies.filter(text_match(filters.q))
    return companies.for_cards().only(*CARD_FIELDS).order_by("name", "pk")


def catalogue(filters: DirectoryFilters):
    """Categories → offerings → the first CATALOGUE_LIMIT published companies that
    deliver them, with the total per offering. Four queries, whatever the data: the
    companies come per offering already cut to the limit (a window function)."""
    matching = company_list(filters)
    if not filters.offerings:
        matching = matching.offerings_confirmed()  # stale offerings: not listed
    through = Company.offerings.through
    totals = dict(
        through.objects.filter(company__in=matching.values("pk").order_by())
        .values("offering")
        .annotate(total=Count("company", distinct=True))
        .values_list("offering", "total")
    )
    companies = matching.prefetch_related(None).only(*CARD_FIELDS)
    offerings = Offering.objects.filter(pk__in=list(totals)).prefetch_related(
        Prefetch(
            "companies",
            queryset=companies[:CATALOGUE_LIMIT],
            to_attr="delivered_by",
        )
    )
    categories = (
        OfferingCategory.objects.filter(offerings__in=list(totals))
        .distinct()
        .prefetch_related(
            Prefetch("offerings", queryset=offerings, to_attr="shown_offerings")
        )
    )
    result = []
    for category in categories:
        for offering in category.shown_offerings:
            offering.delivered_total = totals[offering.pk]
        if category.shown_offerings:
            result.append((category, category.shown_offerings))
    return result


def companies_with_vacancies():
    return Company.objects.visible().with_vacancies().order_by("name")


def quote_figures():
    """What Buy social! brings, without any personal data: per month the requests,
    the mails to companies, their answers and the purchases; per offering the
    requests; and the overall answer rate and share followed by a purchase."""
    from django.db.models.functions import TruncMonth

    from companies.models import QuoteDelivery, QuoteRequest

    company_mails = Q(deliveries__kind=QuoteDelivery.Kind.COMPANY)
    months = list(
        QuoteRequest.objects.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(
            requests=Count("pk", distinct=True),
            companies=Count("deliveries", filter=company_mails),
            answered=Count(
                "deliveries", filter=company_mails & ~Q(deliveries__answer="")
            ),
            bought=Count(
                "pk", filter=Q(outcome=QuoteRequest.Outcome.BOUGHT), distinct=True
            ),
            followed_up=Count("pk", filter=~Q(outcome=""), distinct=True),
        )
        .order_by("month")
    )
    offerings = list(
        Offering.objects.annotate(requests=Count("quote_requests"))
        .filter(requests__gt=0)
        .order_by("-requests", "name")
    )
    mails = sum(row["companies"] for row in months)
    followed_up = sum(row["followed_up"] for row in months)
    return {
        "months": months,
        "offerings": offerings,
        "requests": sum(row["requests"] for row in months),
        "answer_rate": (
            sum(row["answered"] for row in months) / mails if mails else None
        ),
        "purchase_share": (
            sum(row["bought"] for row in months) / followed_up if followed_up else None
        ),
    }


def vacancy_filter_options() -> dict:
    """What the vacancy filters offer: sectors and companies that have a vacancy
    visitors see now, and every work form (three queries)."""
    visible = Vacancy.objects.visible()
    return {
        "sectors": list(
            Sector.objects.filter(
                companies__in=visible.values("company_id").order_by()
            ).distinct()
        ),
        "forms": list(Vacancy.WorkForm.choices),
        "companies": list(
            Company.objects.filter(pk__in=visible.values("company_id").order_by())
            .only("pk", "name", "slug")
            .order_by("name")
        ),
    }


def vacancy_list(filters: dict):
    """The vacancies visitors see now that match the filters, newest first, with
    their company."""
    vacancies = Vacancy.objects.visible()
    if filters.get("sector"):
        vacancies = vacancies.in_sectors([filters["sector"]])
    if filters.get("form"):
        vacancies = vacancies.filter(work_form=filters["form"])
    if filters.get("company"):
        vacancies = vacancies.filter(company__slug=filters["company"])
    return vacancies.select_related("company").order_by("-posted_on", "title", "pk")


def open_vacancy_count() -> int:
    return Vacancy.objects.visible().count()
