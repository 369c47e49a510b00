"""PostgreSQL: with the large data set, no page type filters a large table by a
sequential scan where an index should be read (tools.queryplans), and a missing
index is really found (the check can fail)."""

import pytest
from django.core.management import call_command
from django.db import connection

from tools import queryplans

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="query plans come from PostgreSQL"
    ),
]


@pytest.fixture
def large_data_set(demo_content):
    call_command("generate_bench_data", verbosity=0)


def test_no_page_type_misses_an_index(large_data_set):
    found = queryplans.page_plans()
    assert {page.status for page in found} == {200}
    assert sum(len(page.queries) for page in found) > 20
    missing = {
        (page.name, table)
        for page in found
        for query in page.queries
        for table in query.missing_index
    }
    assert not missing, missing


def test_a_missing_index_is_reported(large_data_set):
    with connection.cursor() as cursor:
        # The bench rows' deferred foreign-key checks (Company.owner) run now:
        # PostgreSQL alters no table with checks still pending.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        # Without the slug index, the company page scans every company.
        cursor.execute(
            "ALTER TABLE companies_company DROP CONSTRAINT IF EXISTS "
            "companies_company_slug_key"
        )
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'companies_company' "
            "AND indexdef LIKE '%(slug%'"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{name}"')
    found = queryplans.page_plans({"company page": "/nl/bedrijven/bench-00042/"})
    assert any("companies_company" in query.missing_index for query in found[0].queries)
