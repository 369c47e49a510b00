from django.core.management.base import BaseCommand

from core import pagecache
from demo import pages as demo


class Command(BaseCommand):
    help = (
        "Load the demo content. Idempotent: only what is missing is created; "
        "nothing an editor changed is overwritten."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--examples",
            action="store_true",
            help="Also add invented job-count figures, marked as voorbeeldcijfers.",
        )

    def handle(self, *args, examples=False, **options):
        created = demo.load_all(examples=examples)
        pagecache.content_changed()  # some rows are written in bulk, without signals
        self.stdout.write(f"Demo content: {created} item(s) created.")
