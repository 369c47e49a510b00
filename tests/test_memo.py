"""Shared data remembered per process (gentse_se.memo) is only reused while the content
state is unchanged: any content change, in any process, makes it stale at once."""

import pytest

from gentse_se import memo
from tests.factories import make_page

pytestmark = pytest.mark.django_db

calls = []


@memo.shared
def remembered(value):
    calls.append(value)
    return [value]


@pytest.fixture(autouse=True)
def fresh():
    calls.clear()
    memo._memory.clear()


def test_nothing_is_remembered_without_a_content_token():
    assert remembered(1) == remembered(1) == [1]
    assert calls == [1, 1]


def test_remembered_per_token_and_arguments():
    reset = memo.current_token.set("a")
    try:
        assert remembered(1) is remembered(1)
        remembered(2)
        assert calls == [1, 2]
        memo.current_token.set("b")  # a content change elsewhere
        remembered(1)
        assert calls == [1, 2, 1]
    finally:
        memo.current_token.reset(reset)


@memo.shared
def made_under():
    return memo.current_token.get()


def test_a_request_that_began_before_a_change_cannot_pass_on_its_value():
    reset = memo.current_token.set("old")
    try:
        assert made_under() == "old"
        memo.current_token.set("new")
        assert made_under() == "new"
        memo.current_token.set("old")  # a slow request that began before the change
        assert made_under() == "old"
        memo.current_token.set("new")
        assert made_under() == "new"  # never the value made under the old state
    finally:
        memo.current_token.reset(reset)


def test_the_navigation_follows_an_edit_at_once(client, settings):
    settings.PAGE_CACHE = False  # the memory works without the page cache too
    page = make_page(title_nl="Mensen", slug="mensen", show_in_navigation=True)
    assert "Mensen" in client.get("/nl/mensen/").content.decode()
    page.title_nl = "Wie werkt er"
    page.save()
    html = client.get("/nl/mensen/").content.decode()
    assert html.count("Wie werkt er") >= 2  # the heading and the navigation
    assert "Mensen" not in html
