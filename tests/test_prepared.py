"""Queries built once by the ORM and run with each request's values
(gentse_se.prepared)."""

import datetime

import pytest
from django.db.models import Count, Window
from django.utils import timezone

from companies.models import Company
from gentse_se.prepared import prepare
from pages.models import Page
from tests.factories import make_company, make_page

pytestmark = pytest.mark.django_db


@prepare(columns=("name", "_total"))
def _named(stand_ins, count):
    names = [stand_ins.text(f"name{index}") for index in range(count)]
    return (
        Company.objects.filter(name__in=names)
        .annotate(_total=Window(Count("pk")))
        .order_by("name")
        .values_list("name", "_total")
    )


def test_a_prepared_query_runs_with_each_requests_values():
    for name in ("Aa", "Bb", "Cc"):
        make_company(name.lower(), name=name)
    assert _named(2).rows({"name0": "Aa", "name1": "Cc"}) == [("Aa", 2), ("Cc", 2)]
    assert _named(2).rows({"name0": "Bb", "name1": "Zz"}) == [("Bb", 1)]
    assert _named(2) is _named(2)  # built once per shape


@prepare(columns=("pk",))
def _published(stand_ins):
    return Page.objects.published(stand_ins.moment("now")).values_list("pk")


def test_the_clock_is_a_value_too():
    now = timezone.now()
    page = make_page(slug="straks", publish_from=now + datetime.timedelta(hours=1))
    assert _published().rows({"now": now}) == []
    later = now + datetime.timedelta(hours=2)
    assert _published().rows({"now": later}) == [(page.pk,)]


@prepare()
def _rewritten(stand_ins):
    # icontains turns its value into a LIKE pattern: no stand-in can survive that.
    return Company.objects.filter(name__icontains=stand_ins.text("q")).values_list("pk")


def test_a_stand_in_that_a_lookup_rewrites_is_refused():
    with pytest.raises(ValueError, match="stand-ins changed"):
        _rewritten()
