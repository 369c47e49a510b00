from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core import pagecache
from core.backup import backup_restore


class Command(BaseCommand):
    help = "Restore the database and the media folder from a backup folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="A folder written by the backup command.")
        parser.add_argument(
            "--yes", action="store_true", help="Do not ask for confirmation."
        )

    def handle(self, *args, folder, yes=False, **options):
        path = Path(folder)
        if not path.is_dir():
            raise CommandError(f"No backup folder {path}.")
        if (
            not yes
            and input(f"Replace ALL data with the backup in {path}? [yes/no] ") != "yes"
        ):
            raise CommandError("Nothing restored.")
        backup_restore(path)
        pagecache.content_changed()
        self.stdout.write(self.style.SUCCESS(f"Restored from {path}"))
