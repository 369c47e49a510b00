"""Reads for the directory, the company page and the catalogue."""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, Prefetch, Q, Window
from django.utils.translation import get_language

from companies.models import Company, Offering, OfferingCategory, Sector
from gentse_se import memo
from gentse_se.memo import shared
from gentse_se.paging import page_of_ids, paginate
from gentse_se.prepared import prepare

MAX_QUERY_LENGTH = 200
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
    """The filters of the directory and the catalogue, read from GET parameters.

    Unknown values are dropped (and reported), never an error page."""

    q: str = ""
    sectors: list[str] = field(default_factory=list)
    offerings: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def active(self):
        return bool(self.q or self.sectors or self.offerings or self.types)


def _clean_text(value: str) -> str:
    value = "".join(ch for ch in value if ch.isprintable())
    return " ".join(value.split())[:MAX_QUERY_LENGTH]


def filters_from(params, options) -> DirectoryFilters:
    filters = DirectoryFilters(q=_clean_text(params.get("q", "")))
    for name, attribute, known in (
        ("sector", "sectors", options["sector_slugs"]),
        ("offering", "offerings", options["offering_slugs"]),
        ("type", "types", options["type_values"]),
    ):
        values = []
        for value in params.getlist(name)[:50]:
            if value in known:
                if value not in values:
                    values.append(value)
            elif value:
                filters.ignored.append(value[:40])
        setattr(filters, attribute, values)
    return filters


@shared
def filter_options() -> dict:
    """Everything the filter form offers (two queries)."""
    sectors = list(Sector.objects.all())
    offerings = list(Offering.objects.select_related("category"))
    types = list(Company.OrganisationType.choices)
    return {
        "sectors": sectors,
        "offerings": offerings,
        "types": types,
        "sector_slugs": {sector.slug for sector in sectors},
        "offering_slugs": {offering.slug for offering in offerings},
        "type_values": {value for value, _label in types},
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


def _text_filter(companies, q):
    """PostgreSQL: the company's stored search vector (name, descriptions; accents
    ignored, plurals folded, words may be typed in part), read through its index.
    Elsewhere: the text, case-insensitively."""
    if connection.vendor != "postgresql":
        return companies.filter(text_match(q))
    from gentse_se.search import stored_vector, ts_query

    query = ts_query(q, get_language(), prefix=True)
    if query is None:
        return companies.filter(text_match(q))
    return companies.annotate(_search=stored_vector(Company, get_language())).filter(
        _search=query
    )


def company_list(filters: DirectoryFilters):
    companies = (
        Company.objects.published()
        .in_sectors(filters.sectors)
        .offering(filters.offerings)
        .of_types(filters.types)
    )
    if filters.q:
        companies = _text_filter(companies, filters.q)
    return companies.for_cards().only(*CARD_FIELDS).order_by("name", "pk")


def company_page(filters: DirectoryFilters, number, per_page):
    """The page of the directory the visitor asked for: a Page of the ids of its
    companies, in order, with the total (one query; gentse_se.paging). Without a
    text filter the query is built once per number of ticked choices
    (gentse_se.prepared)."""
    if filters.q:
        return page_of_ids(
            company_list(filters).prefetch_related(None), per_page, number
        )
    total = memo.recall(_WHOLE_DIRECTORY) if not filters.active else memo.MISSING
    if total is not memo.MISSING:
        # The whole directory, its total known (shared by all its pages): the page
        # without counting every company again.
        def read_all(start, stop):
            ids = [pk for (pk,) in _directory_ids().rows({}, stop - start, start)]
            return ids, (total if ids else None)

        return paginate(read_all, lambda: total, per_page, number)
    shape = (len(filters.sectors), len(filters.offerings), len(filters.types))
    prepared = _directory_page(*shape)
    values = {
        f"{name}{index}": value
        for name, chosen in (
            ("sector", filters.sectors),
            ("offering", filters.offerings),
            ("type", filters.types),
        )
        for index, value in enumerate(chosen)
    }

    def read(start, stop):
        rows = prepared.rows(values, stop - start, start)
        total = rows[0][1] if rows else None
        if total is not None and not filters.active:
            memo.store(_WHOLE_DIRECTORY, total)
        return [pk for pk, _total in rows], total

    return paginate(read, lambda: read(0, 1)[1] or 0, per_page, number)


_WHOLE_DIRECTORY = ("directory_total",)


@prepare(suffix=" LIMIT %s OFFSET %s", columns=("pk",))
def _directory_ids(stand_ins):
    """The ids of one page of the whole directory."""
    return company_list(DirectoryFilters()).prefetch_related(None).values_list("pk")


@prepare(suffix=" LIMIT %s OFFSET %s", columns=("pk", "_total"))
def _directory_page(stand_ins, sectors, offerings, types):
    """(pk, total) of one page of the directory with this many choices ticked."""
    filters = DirectoryFilters(
        sectors=[stand_ins.text(f"sector{index}") for index in range(sectors)],
        offerings=[stand_ins.text(f"offering{index}") for index in range(offerings)],
        types=[stand_ins.text(f"type{index}") for index in range(types)],
    )
    return (
        company_list(filters)
        .prefetch_related(None)
        .annotate(_total=Window(Count("pk")))
        .values_list("pk", "_total")
    )


def companies_for_cards(ids):
    """The companies with these ids, with what a card shows (two queries)."""
    return Company.objects.filter(pk__in=ids).for_cards().only(*CARD_FIELDS)


def company_detail(slug: str) -> Company | None:
    """The published company with this address, or None (one query, built once:
    gentse_se.prepared)."""
    found = _company_by_slug().objects(Company, {"slug": slug})
    return found[0] if found else None


@prepare()
def _company_by_slug(stand_ins):
    return Company.objects.published().filter(slug=stand_ins.text("slug")).order_by()


@dataclass
class CompanyLinks:
    sectors: list
    offerings: list
    projects: list


@prepare()
def _company_links(stand_ins):
    """(kind, id) of the company's sectors (0), offerings (1) and projects (2)."""
    from pages.models import Project

    company = stand_ins.number("company")
    parts = [
        (Company.sectors.through, "sector_id"),
        (Company.offerings.through, "offering_id"),
        (Project.companies.through, "project_id"),
    ]
    sqls, params = [], []
    for kind, (through, column) in enumerate(parts):
        links = through.objects.filter(company_id=company).values_list(column)
        sql, link_params = links.query.sql_with_params()
        sqls.append(
            f"SELECT {kind} AS kind, {column} AS id FROM ({sql}) AS links{kind}"
        )
        params += link_params
    return " UNION ALL ".join(sqls), params


def company_links(company: Company) -> CompanyLinks:
    """The company's sectors, offerings and published projects, in their order.

    One query reads the three link tables together; the sectors and offerings
    themselves come from the shared filter options, and the projects are read in a
    second query only when the company has any."""
    from pages.models import Project

    ids = (set(), set(), set())
    for kind, pk in _company_links().rows({"company": company.pk}):
        ids[kind].add(pk)
    options = filter_options()
    projects = []
    if ids[2]:
        projects = list(
            Project.objects.published()
            .filter(pk__in=list(ids[2]))
            .order_by("-start_date", "pk")
        )
    return CompanyLinks(
        sectors=[sector for sector in options["sectors"] if sector.pk in ids[0]],
        offerings=[o for o in options["offerings"] if o.pk in ids[1]],
        projects=projects,
    )


def catalogue(filters: DirectoryFilters):
    """Categories → offerings → the first CATALOGUE_LIMIT published companies that
    deliver them, with the total per offering. Four queries, whatever the data: the
    companies come per offering already cut to the limit (a window function)."""
    matching = company_list(filters)
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
    return Company.objects.published().with_vacancies().order_by("name")
