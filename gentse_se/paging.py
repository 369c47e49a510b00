"""Pagination in one query: the rows of one page and the total come from the same
SELECT (COUNT(*) OVER ()), where Django's Paginator over a queryset asks twice (a
COUNT, then the page).

Django's Paginator still does the arithmetic, the checks and the elided page range: it
is given a `Windowed` list, which answers `count()` by reading the page the visitor
asked for, with the total beside its rows, and then hands out those rows when the
Paginator slices it. Only when that page is empty (a number past the end) does it
count apart, and read the last page."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

MAX_PAGE = 100_000


class Windowed:
    """A list read a page at a time: read(start, stop) gives (rows, total), the
    total being None when there are no rows at start; count() the total alone."""

    def __init__(self, read, count, per_page, wanted):
        self.read = read
        self._count = count
        self.per_page = per_page
        self.wanted = wanted
        self._start, self._rows = None, []

    def count(self):
        start = (self.wanted - 1) * self.per_page
        rows, total = self.read(start, start + self.per_page)
        if rows:
            self._start, self._rows = start, rows
            return total
        return self._count()

    def __getitem__(self, window):
        start, stop = window.start, window.stop
        # The Paginator asks for the page read by count(), cut at the total on the
        # last page; any other page (a number past the end) is read now.
        if start == self._start and (
            stop - start <= len(self._rows) or len(self._rows) < self.per_page
        ):
            return self._rows[: stop - start]
        return self.read(start, stop)[0]


def paginate(read, count, per_page, number):
    """The page the visitor asked for (a Page of Django's Paginator: past the end,
    the last page; not a number, the first), mostly in one query."""
    try:
        # Past the end (or absurdly far) the page is empty and counted apart.
        wanted = min(max(1, int(number)), MAX_PAGE)
    except (TypeError, ValueError):
        wanted = 1
    paginator = Paginator(Windowed(read, count, per_page, wanted), per_page)
    return paginator.get_page(number)


def page_of_ids(queryset, per_page, number):
    """The page of queryset's primary keys, in its order, with the total."""

    def read(start, stop):
        rows = list(
            queryset.annotate(_total=Window(Count("pk"))).values_list("pk", "_total")[
                start:stop
            ]
        )
        return [pk for pk, _total in rows], (rows[0][1] if rows else None)

    return paginate(read, queryset.count, per_page, number)
