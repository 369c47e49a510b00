"""The list of projects by year claims no more than is known: a project without an
end date counts after its first year only when an editor said it still runs."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pages.models import Project
from tests.factories import make_project
from tests.html import soup

pytestmark = pytest.mark.django_db


def titles(client, year):
    response = client.get("/nl/projecten/", {"year": year})
    return [h.get_text(strip=True) for h in soup(response).select("main li h3")]


@pytest.fixture
def projects():
    make_project(
        title_nl="Loopt nog",
        slug_nl="loopt-nog",
        start_date=datetime.date(2016, 1, 1),
        start_precision=Project.Precision.YEAR,
        running=Project.Running.YES,
    )
    make_project(
        title_nl="Onbekend",
        slug_nl="onbekend",
        start_date=datetime.date(2017, 1, 1),
        start_precision=Project.Precision.SEASON,
    )
    make_project(
        title_nl="Afgelopen",
        slug_nl="afgelopen",
        start_date=datetime.date(2014, 5, 1),
        end_date=datetime.date(2015, 6, 30),
        running=Project.Running.NO,
    )


def test_an_unknown_end_counts_only_in_the_first_year(client, projects):
    assert "Onbekend" in titles(client, 2017)
    assert "Onbekend" not in titles(client, 2018)


def test_a_project_known_to_run_counts_up_to_this_year(client, projects):
    this_year = timezone.localdate().year
    assert "Loopt nog" in titles(client, this_year)
    assert "Afgelopen" not in titles(client, this_year)
    assert "Afgelopen" in titles(client, 2015)


def test_the_year_list_offers_no_year_nobody_knows_about(client):
    make_project(
        title_nl="Onbekend", slug_nl="onbekend", start_date=datetime.date(2017, 1, 1)
    )
    years = [
        option["value"]
        for option in soup(client.get("/nl/projecten/")).select("#id_year option")
        if option.get("value")
    ]
    assert years == ["2017"]


def test_an_end_date_and_still_running_contradict_each_other():
    project = Project(
        title_nl="X",
        slug_nl="x",
        start_date=datetime.date(2019, 1, 1),
        end_date=datetime.date(2020, 1, 1),
        running=Project.Running.YES,
    )
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "running" in error.value.message_dict
