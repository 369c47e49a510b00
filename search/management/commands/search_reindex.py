from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from search import index


class Command(BaseCommand):
    help = (
        "SQLite: rebuild the site search's index of pages, projects and companies "
        "(after writes that send no signal, such as bulk_create or update()). "
        "PostgreSQL keeps its search vectors up to date itself."
    )

    def handle(self, *args, **options):
        if connection.vendor != "sqlite":
            self.stdout.write(
                "Nothing to do: PostgreSQL keeps its search vectors up to date."
            )
            return
        with transaction.atomic():
            count = index.rebuild(apps, connection)
        self.stdout.write(f"Indexed {count} pages, projects and companies.")
