"""The admin index's "What needs attention?" (core.dashboard): one line per kind of
work with its count and a link to the filtered list, only for who may open it."""

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from companies.models import QuoteRequest
from core import dashboard
from core.models import WorkingCopy
from tests.factories import make_company, make_page
from tests.html import soup

pytestmark = pytest.mark.django_db

QUOTES_URL = reverse("admin:companies_quoterequest_changelist") + "?status__exact=new"


def make_quote_request(**overrides):
    fields = {
        "name": "An",
        "organisation": "Bouwbedrijf Gent",
        "email": "an@example.org",
        "message": "Wij zoeken een schilder.",
        "consent": True,
        **overrides,
    }
    return QuoteRequest.objects.create(**fields)


def lines_for(user, kind):
    request = RequestFactory().get("/beheer/")
    request.user = user
    return [line for line in dashboard.attention(request) if line.kind == kind]


@pytest.fixture
def fake_provider():
    """A provider of this test's own: a zero line and a line of 2."""

    def provider(request):
        return [
            dashboard.Attention("Nothing here", 0, "/beheer/zero/", "fake-zero"),
            dashboard.Attention("Two things", 2, "/beheer/two/", "fake-two"),
        ]

    dashboard.register(provider)
    yield provider
    dashboard.unregister(provider)


def test_a_waiting_quote_request_is_a_line_with_its_count_and_filtered_list(editor):
    make_quote_request()
    make_quote_request(status=QuoteRequest.Status.HANDLED)
    [line] = lines_for(editor, "quote-requests")
    assert line.count == 1
    assert line.url == QUOTES_URL


def test_no_waiting_quote_request_no_line(editor):
    make_quote_request(status=QuoteRequest.Status.HANDLED)
    assert lines_for(editor, "quote-requests") == []


def test_no_quote_line_for_a_user_who_may_not_view_quote_requests(db):
    make_quote_request()
    staff = User.objects.create_user("gast", is_staff=True)
    assert lines_for(staff, "quote-requests") == []


def test_the_line_links_to_a_list_with_only_the_waiting_requests(editor_client):
    make_quote_request(organisation="Wacht nog")
    make_quote_request(organisation="Al behandeld", status=QuoteRequest.Status.HANDLED)
    page = editor_client.get(QUOTES_URL).content.decode()
    assert "Wacht nog" in page
    assert "Al behandeld" not in page


def test_each_line_costs_one_query(editor, django_assert_num_queries):
    make_quote_request()
    editor.has_perm("companies.view_quoterequest")  # the permissions, read once
    request = RequestFactory().get("/beheer/")
    request.user = editor
    with django_assert_num_queries(1):
        [line] = dashboard.quote_requests_waiting(request)
    assert line.count == 1


def submitted_copy(author):
    page = make_page()
    return WorkingCopy.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=page.pk,
        state=WorkingCopy.State.SUBMITTED,
        author=author,
    )


def test_working_copies_waiting_for_review_count_for_a_publisher_only(
    editor, publisher
):
    submitted_copy(editor)
    [line] = lines_for(publisher, "review")
    assert line.count == 1
    assert line.url == reverse("admin:index") + "#review-heading"
    assert lines_for(editor, "review") == []


def test_a_registered_line_with_count_zero_is_hidden(editor, fake_provider):
    assert lines_for(editor, "fake-zero") == []
    [line] = lines_for(editor, "fake-two")
    assert line.count == 2


def test_an_unregistered_provider_gives_no_lines(editor, fake_provider):
    dashboard.unregister(fake_provider)
    try:
        assert lines_for(editor, "fake-two") == []
    finally:
        dashboard.register(fake_provider)


def test_the_index_shows_what_needs_attention_first(editor_client, fake_provider):
    make_quote_request()
    page = soup(editor_client.get("/beheer/"))
    content = page.find(id="content")
    headings = content.find_all(["h1", "h2", "h3"])
    assert headings[0].name == "h1"
    assert headings[1].get("id") == "attention-heading"
    section = page.find("section", attrs={"aria-labelledby": "attention-heading"})
    links = {a["href"]: a.parent.get_text(" ", strip=True) for a in section("a")}
    assert links[QUOTES_URL].endswith(": 1")
    assert links["/beheer/two/"].endswith(": 2")
    assert "/beheer/zero/" not in links
    assert reverse("admin:core_changerecord_changelist") in links


def test_headings_on_the_index_do_not_skip_a_level(publisher_client):
    page = soup(publisher_client.get("/beheer/"))
    levels = [int(h.name[1]) for h in page.find_all(["h1", "h2", "h3", "h4"])]
    assert levels.count(1) == 1
    assert levels[0] == 1
    steps = zip(levels, levels[1:], strict=False)
    assert all(later - earlier <= 1 for earlier, later in steps)


def test_with_nothing_to_do_the_index_says_so(db, django_user_model, client):
    # A staff user with no permissions: no provider has a line for them.
    user = django_user_model.objects.create_user("leeg", is_staff=True)
    client.force_login(user)
    make_quote_request()
    make_company()
    section = soup(client.get("/beheer/")).find(
        "section", attrs={"aria-labelledby": "attention-heading"}
    )
    assert section.find("ul") is None
    with translation.override("nl"):  # the back office speaks Dutch
        assert gettext("Nothing needs attention.") in section.get_text()
    assert not section.find("a")  # no change history either: no permission
