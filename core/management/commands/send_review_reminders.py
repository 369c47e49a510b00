"""Mail each owner the items whose check is due (core.review), once a week."""

from django.conf import settings
from django.core.management.base import BaseCommand

from core.freshness import today
from core.review import send_review_reminders


class Command(BaseCommand):
    help = (
        "Mail each owner the content whose check is due. Runs daily; sends only on "
        "the weekday REVIEW_REMINDER_WEEKDAY (0 = Monday) unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Send today, whatever the weekday."
        )

    def handle(self, *args, force=False, **options):
        weekday = getattr(settings, "REVIEW_REMINDER_WEEKDAY", 0)
        if not force and today().weekday() != weekday:
            self.stdout.write("0 review reminders queued (not the reminder day)")
            return
        count = send_review_reminders()
        self.stdout.write(f"{count} review reminders queued")
