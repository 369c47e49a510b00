"""Month arithmetic for review dates and confirmations (issue 17, parts B1/B2).

Written by hand: the standard library has no month delta and dateutil is not a
dependency. A day past the end of the target month becomes its last day.
"""

import calendar

from django.conf import settings
from django.utils import timezone


def add_months(value, months):
    """value (a date or datetime) moved by a whole number of months."""
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    day = min(value.day, calendar.monthrange(year, month)[1])
    return value.replace(year=year, month=month, day=day)


def confirmation_months():
    return getattr(settings, "CONFIRMATION_MONTHS", 3)


def confirmation_cutoff(now=None):
    """A vacancy link or offerings confirmed before this moment are stale."""
    return add_months(now or timezone.now(), -confirmation_months())


def is_confirmed(moment, now=None):
    return moment is not None and moment >= confirmation_cutoff(now)


def first_due_day(checked_on, months):
    """The first day on which something checked on `checked_on` is due again (a
    check is due when checked on or before the day `months` ago): months later,
    or the 1st of the month after when that month has no such day."""
    due = add_months(checked_on, months)
    if add_months(due, -months) < checked_on:
        due = add_months(due.replace(day=1), 1)
    return due


def today():
    return timezone.localdate()
