"""The "Edit this page" link on the public site: a logged-in editor gets a link
to the item's change form; anonymous visitors never do, get no cookie, and are still
served the cached page, which has no link."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from pages.models import Page
from tests.factories import make_company, make_page, make_project
from tests.html import soup

pytestmark = pytest.mark.django_db


def edit_links(response):
    return [a["href"] for a in soup(response).select(".edit-link a[href]")]


@pytest.mark.parametrize("kind", ["page", "project", "company"])
def test_an_editor_sees_a_link_to_the_change_form(editor_client, kind):
    if kind == "page":
        obj, url = make_page(title_nl="Mensen", slug="mensen"), "/nl/mensen/"
    elif kind == "project":
        obj, url = make_project(), "/en/projects/testproject/"
    else:
        obj, url = make_company("koks"), "/fr/entreprises/koks/"
    response = editor_client.get(url)
    assert response.status_code == 200
    change = reverse(f"admin:{obj._meta.app_label}_{kind}_change", args=[obj.pk])
    assert edit_links(response) == [change]
    assert editor_client.get(change).status_code == 200


def test_anonymous_visitors_get_no_link_no_cookie_and_the_cached_page(
    client, editor_client
):
    make_page(title_nl="Mensen", slug="mensen")
    assert edit_links(editor_client.get("/nl/mensen/"))  # not stored for others
    first = client.get("/nl/mensen/")
    second = client.get("/nl/mensen/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert edit_links(response) == []
        assert not response.cookies
        assert "Set-Cookie" not in response
        assert "cookie" not in response.get("Vary", "").lower()
    assert edit_links(editor_client.get("/nl/mensen/"))  # the editor still sees it


def test_no_link_for_staff_without_permission_or_a_stale_session(client):
    make_page(title_nl="Mensen", slug="mensen")
    visitor = User.objects.create_user("bezoeker", password="x" * 16, is_staff=True)
    staff = Client()
    staff.force_login(visitor)
    assert edit_links(staff.get("/nl/mensen/")) == []
    client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-session"
    response = client.get("/nl/mensen/")
    assert response.status_code == 200
    assert edit_links(response) == []


def test_the_home_page_has_the_link_for_an_editor(editor_client, demo_content):
    links = edit_links(editor_client.get("/nl/"))
    assert links and links[0].startswith("/beheer/pages/homepage/")


@pytest.mark.parametrize(
    ("key", "url"),
    [("companies", "/nl/bedrijven/"), ("projects", "/en/projects/")],
)
def test_a_list_links_to_its_intro_page(editor_client, demo_content, key, url):
    intro = Page.objects.get(key=key)
    expected = reverse("admin:pages_page_change", args=[intro.pk])
    assert edit_links(editor_client.get(url)) == [expected]
