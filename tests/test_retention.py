"""Personal data is kept no longer than the privacy page says, by commands the
daily timer of docs/deploy.md runs."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessLog
from django.core.management import call_command
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _aged(model, days, **fields):
    row = model.objects.create(
        username="redacteur", ip_address="192.0.2.1", user_agent=f"t{days}", **fields
    )
    model.objects.filter(pk=row.pk).update(
        attempt_time=timezone.now() - datetime.timedelta(days=days)
    )
    return row


def test_login_records_go_once_they_are_no_longer_needed():
    old_attempt = _aged(AccessAttempt, 1, failures_since_start=5)
    recent_attempt = _aged(AccessAttempt, 0, failures_since_start=1)
    old_log = _aged(AccessLog, 31)
    recent_log = _aged(AccessLog, 29)
    call_command("purge_login_records", verbosity=0)
    assert list(AccessAttempt.objects.all()) == [recent_attempt]
    assert list(AccessLog.objects.all()) == [recent_log]
    assert old_attempt.pk != recent_attempt.pk and old_log.pk != recent_log.pk


def test_the_deploy_guide_runs_every_purge_daily():
    from pathlib import Path

    guide = (Path(__file__).resolve().parent.parent / "docs" / "deploy.md").read_text()
    timer = guide[guide.index("gentse-se-jobs.service") :]
    for command in ("purge_quote_requests", "purge_login_records", "send_quote_mails"):
        assert f"manage.py {command}" in timer
    assert "OnCalendar=" in guide
