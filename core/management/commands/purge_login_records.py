import datetime

from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

KEEP_LOG_DAYS = 30


class Command(BaseCommand):
    help = (
        "Delete editors' login records (django-axes) that are no longer needed: "
        "failed attempts once their lock-out has ended, logins after 30 days."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        ended = now - settings.AXES_COOLOFF_TIME
        attempts, _ = AccessAttempt.objects.filter(attempt_time__lt=ended).delete()
        cutoff = now - datetime.timedelta(days=KEEP_LOG_DAYS)
        logins, _ = AccessLog.objects.filter(attempt_time__lt=cutoff).delete()
        self.stdout.write(
            f"Deleted {attempts} failed login attempt(s) and {logins} login "
            f"record(s) older than {KEEP_LOG_DAYS} days."
        )
