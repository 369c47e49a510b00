"""The PostgreSQL plan of every query that every page type runs (`python -m
tools.queryplans`, run by `make bench` on PostgreSQL; tests/test_query_plans.py).

Each page is rendered with the page cache off, its queries are captured and run under
EXPLAIN ANALYZE. A *missing index* is a scan that
read a large table and threw most of it away: there an index would have found the few
rows it kept. Scans that keep (nearly) the whole table, such as the sitemap or a count
of all published companies, are not reported."""

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "build" / "reports" / "query-plans.md"

# A table this large that is filtered down to at most this share of its rows by a
# sequential scan is missing an index.
LARGE_TABLE = 1000
SELECTIVE_SHARE = 0.10

PAGES = {
    "home": "/nl/",
    "content page": "/nl/mensen/",
    "directory": "/nl/bedrijven/",
    "directory, filtered": (
        "/nl/bedrijven/?sector=bench-sector-1&offering=bench-offering-2&page=2"
    ),
    "directory, text filter": "/nl/bedrijven/?q=fiets",
    "company page": "/nl/bedrijven/bench-00042/",
    "catalogue": "/nl/koop-sociaal/",
    "search": "/nl/zoeken/?q=fietsen",
    "projects": "/nl/projecten/",
    "job count": "/nl/banenmeting/",
    "open data: companies": "/open-data/companies.json",
    "sitemap": "/sitemap.xml",
}


@dataclass
class Query:
    sql: str
    plan: dict
    scans: list = field(default_factory=list)  # (node type, table, index or "")
    missing_index: list = field(default_factory=list)  # table names


@dataclass
class PagePlans:
    name: str
    url: str
    status: int
    queries: list


def _table_rows():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' "
            "AND relnamespace = 'public'::regnamespace"
        )
        return {name: rows for name, rows in cursor.fetchall()}


def _walk(node):
    yield node
    for child in node.get("Plans", []):
        yield from _walk(child)


def explain(sql, table_rows):
    """Runs the query under EXPLAIN ANALYZE. A *missing index*: a scan of a large
    table that read and threw away at least LARGE_TABLE rows to keep at most
    SELECTIVE_SHARE of what it read. (With few rows, a sequential scan may be the
    planner's right choice; that is not reported. Nor is an index read in order until
    a LIMIT is met, when most rows it reads match.)"""
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0][0]["Plan"]
    query = Query(sql=sql, plan=plan)
    for node in _walk(plan):
        table = node.get("Relation Name")
        if not table:
            continue
        query.scans.append((node["Node Type"], table, node.get("Index Name", "")))
        loops = node.get("Actual Loops", 1) or 1
        removed = node.get("Rows Removed by Filter", 0) * loops
        kept = node.get("Actual Rows", 0) * loops
        if (
            table_rows.get(table, 0) >= LARGE_TABLE
            and removed >= LARGE_TABLE
            and kept <= (kept + removed) * SELECTIVE_SHARE
        ):
            query.missing_index.append(table)
    return query


def page_plans(pages=None):
    """Render each page (page cache off) and explain its queries."""
    if connection.vendor != "postgresql":
        raise RuntimeError("Query plans are read from PostgreSQL only.")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    table_rows = _table_rows()
    client = Client()
    found = []
    hosts = [*settings.ALLOWED_HOSTS, "testserver"]
    with override_settings(PAGE_CACHE=False, ALLOWED_HOSTS=hosts):
        for name, url in (pages or PAGES).items():
            with CaptureQueriesContext(connection) as context:
                response = client.get(url, secure=True)
                if getattr(response, "streaming", False):
                    b"".join(response.streaming_content)
            queries = [
                explain(query["sql"], table_rows)
                for query in context.captured_queries
                if query["sql"].lstrip().upper().startswith("SELECT")
                and "django_cache" not in query["sql"]
                and "django_page_cache" not in query["sql"]
            ]
            found.append(PagePlans(name, url, response.status_code, queries))
    return found


def report(found):
    lines = [
        "# Query plans",
        "",
        "Written by `python -m tools.queryplans` (run by `make bench` on PostgreSQL) "
        "with the data of `generate_bench_data`: each page type rendered without the "
        "page cache, every query run under EXPLAIN ANALYZE. *Missing index* marks a "
        f"scan that threw away {LARGE_TABLE:,}+ rows of a large table to keep at most "
        f"{SELECTIVE_SHARE:.0%} of what it read; tests/test_query_plans.py fails on "
        "one.",
        "",
    ]
    for page in found:
        lines += [f"## {page.name} (`{page.url}`, {page.status})", ""]
        for number, query in enumerate(page.queries, 1):
            scans = ", ".join(
                f"{kind} on {table}" + (f" using {index}" if index else "")
                for kind, table, index in query.scans
            )
            flag = (
                " — **missing index: " + ", ".join(query.missing_index) + "**"
                if query.missing_index
                else ""
            )
            lines.append(
                f"{number}. {query.plan['Actual Total Time']:.2f} ms, "
                f"{query.plan['Actual Rows']} rows: {scans or 'no table'}{flag}"
            )
        lines.append("")
    return "\n".join(lines)


def main(argv=None):
    """Explain every query of every page type in the database of the environment
    (DATABASE_URL, PostgreSQL only; use it on the data of generate_bench_data) and
    write the report. Exit status 1 when a page does not answer 200; missing indexes
    are listed on standard error."""
    parser = argparse.ArgumentParser(prog="python -m tools.queryplans")
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}"
    )
    output = parser.parse_args(argv).output
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gentse_se.settings")
    import django

    django.setup()
    if connection.vendor != "postgresql":
        print("Query plans are read from PostgreSQL only.", file=sys.stderr)
        return 2
    found = page_plans()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report(found))
    for page in found:
        for query in page.queries:
            for table in query.missing_index:
                print(f"Missing index: {page.name}: {table}", file=sys.stderr)
    failed = [f"{page.url} ({page.status})" for page in found if page.status != 200]
    if failed:
        print("These pages did not answer 200: " + ", ".join(failed), file=sys.stderr)
        return 1
    print(f"Query plans of {len(found)} page types written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
