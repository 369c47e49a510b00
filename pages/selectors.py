"""Reads composed for one screen."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from gentse_se.memo import shared
from pages.models import MAX_DEPTH, Page, Project, empty

_PARENTS = "__".join(["parent"] * MAX_DEPTH)


def page_by_path(
    path: str, *, published_only: bool = True, dutch_slugs: bool = False
) -> Page | None:
    if published_only:
        return _published_page_by_path(path, dutch_slugs=dutch_slugs)
    return _page_by_path(path, published_only=False, dutch_slugs=dutch_slugs)


@shared
def _published_page_by_path(path: str, *, dutch_slugs: bool) -> Page | None:
    return _page_by_path(path, published_only=True, dutch_slugs=dutch_slugs)


def _page_by_path(path: str, *, published_only: bool, dutch_slugs: bool) -> Page | None:
    """The page at this path in the active language (own slugs, or the Dutch ones
    where a page has none), with its ancestors loaded. Every page on the way must be
    visible. With dutch_slugs, the path is read as the Dutch one."""
    slugs = [slug for slug in path.strip("/").split("/") if slug]
    if not slugs or len(slugs) > MAX_DEPTH:
        return None
    language = get_language()
    field = f"slug_{language}"
    queryset = Page.objects.published() if published_only else Page.objects.all()
    parent = None
    page = None
    for slug in slugs:
        match = Q(**{field: slug}) | (empty(field) & Q(slug_nl=slug))
        if language == "nl" or dutch_slugs:
            match = Q(slug_nl=slug)
        page = (
            queryset.filter(match, parent=parent)
            .select_related(_PARENTS)
            .order_by("pk")
            .first()
        )
        if page is None:
            return None
        parent = page
    return page


def page_breadcrumbs(page: Page) -> list[dict]:
    return [
        {"title": node.title, "url": node.get_absolute_url()}
        for node in [*page.ancestors(), page]
    ]


@shared
def page_children(page: Page) -> list[Page]:
    return list(Page.objects.published().filter(parent=page).select_related(_PARENTS))


@shared
def section_page(key: str) -> Page | None:
    return Page.objects.published().filter(key=key, parent=None).first()


@shared
def navigation() -> dict:
    """Main navigation (main sections) and the footer's legal links, in one query."""
    pages = list(
        Page.objects.published()
        .filter(parent=None)
        .filter(Q(show_in_navigation=True) | Q(key__in=Page.LEGAL_KEYS))
        .order_by("menu_order", "pk")
    )
    return {
        "nav": [page for page in pages if page.show_in_navigation],
        "legal": [page for page in pages if page.key in Page.LEGAL_KEYS],
    }


def project_list(year: int | None = None):
    projects = Project.objects.published()
    if year is not None:
        projects = projects.filter(start_date__year__lte=year).filter(
            Q(end_date__isnull=True) | Q(end_date__year__gte=year)
        )
    return projects.order_by("-start_date", "pk")


def project_years() -> list[int]:
    """Every year in which a published project ran, newest first."""
    years = set()
    today_year = timezone.localdate().year
    for start, end in Project.objects.published().values_list("start_date", "end_date"):
        years.update(range(start.year, (end.year if end else today_year) + 1))
    return sorted(years, reverse=True)


def project_by_slug(slug: str) -> Project | None:
    field = f"slug_{get_language()}"
    match = Q(**{field: slug}) | (empty(field) & Q(slug_nl=slug))
    return Project.objects.published().filter(match).order_by("pk").first()
