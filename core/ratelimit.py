"""A fixed-window limit per visitor, counted atomically in the database.

Written by hand (a dozen lines): django-ratelimit keeps its counters in the cache,
where the database cache resets a counter's expiry on every attempt and two workers
can both read the same count; here the increment is one UPDATE … SET count = count + 1
on a unique row, which PostgreSQL and SQLite both serialise."""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.models import RateLimit


def _window_start(now, seconds):
    epoch = int(now.timestamp()) // seconds * seconds
    return datetime.datetime.fromtimestamp(epoch, tz=datetime.UTC)


def hashed(action: str, address: str) -> str:
    """A keyed hash of the address: the table never holds an address itself."""
    message = f"{action}:{address}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def hit(action: str, address: str, *, limit: int, seconds: int) -> bool:
    """Count one attempt; True when it is over the limit for the current window."""
    key = hashed(action, address)
    start = _window_start(timezone.now(), seconds)
    with transaction.atomic():
        updated = RateLimit.objects.filter(key=key, window_start=start).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateLimit.objects.create(key=key, window_start=start, count=1)
            except IntegrityError:  # created meanwhile by another request
                RateLimit.objects.filter(key=key, window_start=start).update(
                    count=F("count") + 1
                )
        count = RateLimit.objects.get(key=key, window_start=start).count
    return count > limit


def purge(seconds: int) -> int:
    """Delete the counts of windows that ended; returns how many rows went."""
    cutoff = timezone.now() - datetime.timedelta(seconds=seconds)
    deleted, _ = RateLimit.objects.filter(window_start__lt=cutoff).delete()
    return deleted
