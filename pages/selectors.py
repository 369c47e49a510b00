"""Reads composed for one screen."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from core.models import empty
from pages.models import MAX_DEPTH, PARENTS, Page, Project


def page_by_path(
    path: str, *, published_only: bool = True, dutch_slugs: bool = False
) -> Page | None:
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
            .select_related(PARENTS)
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


def page_children(page: Page) -> list[Page]:
    return list(Page.objects.visible().filter(parent=page).select_related(PARENTS))


def navigation() -> dict:
    """Main navigation (main sections), the footer's legal links and the job
    seekers' path ("Werken in de sociale economie", linked from several pages), in
    one query."""
    linked = (*Page.LEGAL_KEYS, Page.Key.WORK)
    pages = list(
        Page.objects.published()
        .filter(parent=None)
        .filter(Q(show_in_navigation=True) | Q(key__in=linked))
        .order_by("menu_order", "pk")
    )
    return {
        "nav": [page for page in pages if page.show_in_navigation],
        "legal": [page for page in pages if page.key in Page.LEGAL_KEYS],
        "work": next((page for page in pages if page.key == Page.Key.WORK), None),
    }


def project_list(year: int | None = None):
    projects = Project.objects.visible()
    if year is not None:
        # Without an end date, a project counts after its first year only when it is
        # known to run still: "no end date" is not "still running".
        projects = projects.filter(start_date__year__lte=year).filter(
            Q(end_date__year__gte=year)
            | Q(end_date__isnull=True, running=Project.Running.YES)
            | Q(end_date__isnull=True, start_date__year=year)
        )
    return projects.order_by("-start_date", "pk")


def project_years() -> list[int]:
    """Every year in which a published project ran, newest first."""
    years = set()
    today_year = timezone.localdate().year
    rows = Project.objects.visible().values_list("start_date", "end_date", "running")
    for start, end, running in rows:
        if end is None:
            last = today_year if running == Project.Running.YES else start.year
        else:
            last = end.year
        years.update(range(start.year, last + 1))
    return sorted(years, reverse=True)


def project_by_slug(slug: str) -> Project | None:
    field = f"slug_{get_language()}"
    match = Q(**{field: slug}) | (empty(field) & Q(slug_nl=slug))
    return Project.objects.visible().filter(match).order_by("pk").first()
