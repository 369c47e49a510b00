import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from companies import services
from companies.models import QuoteRequest
from core import ratelimit

KEEP_DAYS = 365


class Command(BaseCommand):
    help = (
        "Delete quote requests older than 12 months and the rate limit's counts of "
        "past hours (personal data kept no longer)."
    )

    def handle(self, *args, **options):
        limit = timezone.now() - datetime.timedelta(days=KEEP_DAYS)
        deleted, _detail = QuoteRequest.objects.filter(created_at__lt=limit).delete()
        self.stdout.write(f"Deleted {deleted} quote request(s) older than 12 months.")
        counts = ratelimit.purge(services.RATE_WINDOW)
        self.stdout.write(f"Deleted {counts} rate-limit count(s) of past hours.")
