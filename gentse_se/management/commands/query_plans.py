from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from gentse_se import queryplans


class Command(BaseCommand):
    help = (
        "PostgreSQL: explain every query of every page type and write "
        "docs/query-plans.md (use it on the data of generate_bench_data)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default=str(Path(settings.BASE_DIR) / "docs" / "query-plans.md")
        )

    def handle(self, *args, output, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Query plans are read from PostgreSQL only.")
        found = queryplans.page_plans()
        Path(output).write_text(queryplans.report(found))
        missing = [
            (page.name, table)
            for page in found
            for query in page.queries
            for table in query.missing_index
        ]
        for name, table in missing:
            self.stderr.write(f"Missing index: {name}: {table}")
        failed = [f"{page.url} ({page.status})" for page in found if page.status != 200]
        if failed:
            raise CommandError("These pages did not answer 200: " + ", ".join(failed))
        self.stdout.write(f"Query plans of {len(found)} page types written to {output}")
