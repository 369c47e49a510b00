"""One query per page of a list (gentse_se.paging): the rows and the total together,
Django's Paginator for the rest."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from companies.models import Company
from gentse_se.paging import page_of_ids
from tests.factories import make_company

pytestmark = pytest.mark.django_db


@pytest.fixture
def companies():
    return [make_company(f"bedrijf-{number:02}").pk for number in range(25)]


def _page(number):
    queryset = Company.objects.order_by("slug")
    with CaptureQueriesContext(connection) as queries:
        page = page_of_ids(queryset, 10, number)
        ids = list(page.object_list)
    return page, ids, len(queries.captured_queries)


def test_a_page_and_the_total_in_one_query(companies):
    page, ids, queries = _page("2")
    assert (page.number, page.paginator.count, page.paginator.num_pages) == (2, 25, 3)
    assert ids == companies[10:20]
    assert queries == 1


def test_the_last_page_is_cut_at_the_total(companies):
    page, ids, queries = _page(3)
    assert ids == companies[20:] and queries == 1


@pytest.mark.parametrize("number", ["99", "99999999999999999999999"])
def test_past_the_end_the_last_page(companies, number):
    page, ids, _queries = _page(number)
    assert page.number == 3 and ids == companies[20:]


@pytest.mark.parametrize(
    "number, expected",
    [(None, 1), ("", 1), ("x", 1), ("2.5", 1), ("-1", 3), ("0", 3)],
)
def test_not_a_page_number_the_first_or_the_last(companies, number, expected):
    """As Django's Paginator.get_page: not a number, the first page; below one, the
    last."""
    page, ids, _queries = _page(number)
    assert page.number == expected
    assert ids == (companies[:10] if expected == 1 else companies[20:])


def test_an_empty_list_has_one_empty_page(db):
    page, ids, _queries = _page("1")
    assert (page.number, page.paginator.count, ids) == (1, 0, [])
