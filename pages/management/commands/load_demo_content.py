from django.core.management.base import BaseCommand

from pages import demo


class Command(BaseCommand):
    help = (
        "Load the demo content. Idempotent: only what is missing is created; "
        "nothing an editor changed is overwritten."
    )

    def handle(self, *args, **options):
        created = demo.load_all()
        self.stdout.write(f"Demo content: {created} item(s) created.")
