"""Collect the content's outbound links, check them, and report the broken ones."""

from django.core.management.base import BaseCommand

from core.linkcheck import links_check, links_collect, links_report


class Command(BaseCommand):
    help = "Check every outbound link of the content and mail owners about broken ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-mail", action="store_true", help="Check, but send no reports."
        )

    def handle(self, *args, no_mail=False, **options):
        collected = links_collect()
        checked = links_check()
        reported = 0 if no_mail else links_report()
        self.stdout.write(
            f"{collected} links collected, {checked} checked, {reported} reports queued"
        )
