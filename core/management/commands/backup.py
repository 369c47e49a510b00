from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.backup import backup_create


class Command(BaseCommand):
    help = "Back up the database and the media folder into backups/<date-time>/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--folder", help="Where to write (default: backups/<now>/)."
        )

    def handle(self, *args, folder=None, **options):
        target = (
            Path(folder)
            if folder
            else (
                settings.BASE_DIR / "backups" / timezone.now().strftime("%Y%m%d-%H%M%S")
            )
        )
        backup_create(target)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
