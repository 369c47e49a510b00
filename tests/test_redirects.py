"""Addresses that never break (core.redirects): a changed slug or parent leaves a
permanent redirect from every old address in every language, sub-pages included;
links in rich text follow; chains collapse; an editor redirects a deleted page's
address in the admin; the page cache and the sitemap are not fooled."""

import pytest
from django.contrib.redirects.models import Redirect

from pages.models import Page
from tests.factories import make_company, make_page, make_project
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "en", "fr")


def rename(obj, **values):
    for name, value in values.items():
        setattr(obj, name, value)
    obj.full_clean()
    obj.save()


@pytest.fixture
def tree():
    parent = make_page(
        title_nl="Werk",
        slug="werk",
        title_en="Work",
        slug_en="work",
        title_fr="Travail",
        slug_fr="travail",
    )
    child = make_page(title_nl="Vacatures", slug="vacatures", parent=parent)
    return parent, child


OLD = {
    "nl": ("/nl/werk/", "/nl/werk/vacatures/"),
    "en": ("/en/work/", "/en/work/vacatures/"),
    "fr": ("/fr/travail/", "/fr/travail/vacatures/"),
}
NEW = {
    "nl": ("/nl/aan-de-slag/", "/nl/aan-de-slag/vacatures/"),
    "en": ("/en/getting-started/", "/en/getting-started/vacatures/"),
    "fr": ("/fr/au-travail/", "/fr/au-travail/vacatures/"),
}


def rename_tree(parent):
    rename(
        parent, slug_nl="aan-de-slag", slug_en="getting-started", slug_fr="au-travail"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_renamed_page_and_its_sub_page_redirect_from_every_old_address(
    client, tree, language
):
    for old in OLD[language]:  # seen, and cached, before the rename
        assert client.get(old).status_code == 200
    rename_tree(tree[0])
    for old, new in zip(OLD[language], NEW[language], strict=True):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == new
        assert client.get(new).status_code == 200
        assert client.get(old).status_code == 301  # a redirect is never cached away


def test_a_page_moved_to_another_parent_redirects(client, tree):
    _parent, child = tree
    other = make_page(title_nl="Opleiding", slug="opleiding")
    rename(child, parent=other)
    response = client.get("/nl/werk/vacatures/")
    assert response.status_code == 301
    assert response["Location"] == "/nl/opleiding/vacatures/"
    assert client.get("/en/work/vacatures/")["Location"] == "/en/opleiding/vacatures/"


def test_saving_without_moving_makes_no_redirect(tree):
    parent, _child = tree
    rename(parent, title_nl="Werken")
    assert not Redirect.objects.exists()


def test_rich_text_links_follow_the_rename(client, tree):
    linking = make_page(
        title_nl="Overzicht",
        slug="overzicht",
        body_nl='<p><a href="/nl/werk/">Werk</a>, <a href="/nl/werk/vacatures/#lijst">'
        'vacatures</a> en <a href="/nl/werkplaats/">werkplaats</a>.</p>',
        body_en='<p><a href="/en/work/vacatures/">Jobs</a></p>',
    )
    company = make_company(
        "koks", long_description_fr='<p><a href="/fr/travail/">Travail</a></p>'
    )
    assert "/nl/werk/" in client.get("/nl/overzicht/").content.decode()
    rename_tree(tree[0])
    linking.refresh_from_db()
    company.refresh_from_db()
    assert '<a href="/nl/aan-de-slag/"' in linking.body_nl
    assert 'href="/nl/aan-de-slag/vacatures/#lijst"' in linking.body_nl
    assert 'href="/nl/werkplaats/"' in linking.body_nl  # another address, untouched
    assert 'href="/en/getting-started/vacatures/"' in linking.body_en
    assert 'href="/fr/au-travail/"' in company.long_description_fr
    shown = client.get("/nl/overzicht/").content.decode()
    assert 'href="/nl/aan-de-slag/"' in shown
    assert 'href="/nl/werk/"' not in shown


def test_chains_collapse_and_nothing_redirects_to_itself(client):
    page = make_page(title_nl="A", slug="a")
    rename(page, slug_nl="b")
    rename(page, slug_nl="c")
    response = client.get("/nl/a/")
    assert response.status_code == 301
    assert response["Location"] == "/nl/c/"  # straight to the end, no second hop
    olds = set(Redirect.objects.values_list("old_path", flat=True))
    assert not olds & set(Redirect.objects.values_list("new_path", flat=True))
    rename(page, slug_nl="a")  # back to where it started
    assert client.get("/nl/a/").status_code == 200
    assert client.get("/nl/c/")["Location"] == "/nl/a/"
    assert not Redirect.objects.filter(old_path="/nl/a/").exists()
    for redirect in Redirect.objects.all():
        assert redirect.old_path != redirect.new_path


def test_a_new_page_at_an_old_address_wins_over_the_redirect(client):
    page = make_page(title_nl="Oud", slug="oud")
    rename(page, slug_nl="nieuw")
    assert client.get("/nl/oud/").status_code == 301
    make_page(title_nl="Een andere pagina", slug="oud")
    response = client.get("/nl/oud/")
    assert response.status_code == 200
    assert "Een andere pagina" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "old", "new"),
    [
        ("nl", "/nl/projecten/oud-project/", "/nl/projecten/nieuw-project/"),
        ("en", "/en/projects/old-project/", "/en/projects/new-project/"),
        ("fr", "/fr/projets/oud-project/", "/fr/projets/nieuw-project/"),
    ],
)
def test_a_renamed_project_redirects(client, language, old, new):
    project = make_project(
        slug_nl="oud-project", title_en="Old project", slug_en="old-project"
    )
    rename(project, slug_nl="nieuw-project", slug_en="new-project")
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, new)
    assert client.get(new).status_code == 200


def test_a_renamed_company_redirects_in_every_language(client):
    company = make_company("koks")
    rename(company, slug="koks-en-co")
    for old, new in [
        ("/nl/bedrijven/koks/", "/nl/bedrijven/koks-en-co/"),
        ("/en/companies/koks/", "/en/companies/koks-en-co/"),
        ("/fr/entreprises/koks/", "/fr/entreprises/koks-en-co/"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)


ADD = "/beheer/redirects/redirect/add/"


def test_an_editor_redirects_a_deleted_pages_address(client, editor_client):
    page = make_page(title_nl="Weg", slug="weg")
    make_page(title_nl="Elders", slug="elders")
    assert client.get("/nl/weg/").status_code == 200  # cached
    response = editor_client.post(
        f"/beheer/pages/page/{page.pk}/delete/", {"post": "yes"}, follow=True
    )
    assert response.status_code == 200
    offer = f"{ADD}?old_path=%2Fnl%2Fweg%2F"
    assert offer in [a["href"] for a in soup(response).select(".messagelist a")]
    assert client.get("/nl/weg/").status_code == 404  # a 404 is not cached either
    form = soup(editor_client.get(offer)).select_one("input[name=old_path]")
    assert form["value"] == "/nl/weg/"
    response = editor_client.post(
        ADD, {"old_path": "/nl/weg/", "new_path": "/nl/elders/"}
    )
    assert response.status_code == 302
    response = client.get("/nl/weg/")
    assert (response.status_code, response["Location"]) == (301, "/nl/elders/")
    listing = editor_client.get("/beheer/redirects/redirect/")
    assert listing.status_code == 200
    assert "/nl/weg/" in listing.content.decode()


def test_the_redirect_form_refuses_bad_input_with_a_message(editor_client):
    Redirect.objects.create(site_id=1, old_path="/nl/b/", new_path="/nl/a/")
    for data in (
        {"old_path": "nl/zonder-schuine-streep/", "new_path": "/nl/a/"},
        {"old_path": "/nl/b/", "new_path": "/nl/c/"},  # already redirected
        {"old_path": "/nl/a/", "new_path": "/nl/b/"},  # would loop back
        {"old_path": "/nl/x/", "new_path": "javascript:alert(1)"},
    ):
        response = editor_client.post(ADD, data)
        assert response.status_code == 200, data
        assert response.context["adminform"].form.errors, data
    assert Redirect.objects.count() == 1


def test_a_redirect_made_in_the_admin_keeps_chains_collapsed(editor_client):
    Redirect.objects.create(site_id=1, old_path="/nl/b/", new_path="/nl/c/")
    Redirect.objects.create(site_id=1, old_path="/nl/z/", new_path="/nl/a/")
    editor_client.post(ADD, {"old_path": "/nl/a/", "new_path": "/nl/b/"})
    found = dict(Redirect.objects.values_list("old_path", "new_path"))
    assert found == {"/nl/b/": "/nl/c/", "/nl/a/": "/nl/c/", "/nl/z/": "/nl/c/"}


def test_the_sitemap_keeps_the_requests_host_and_only_live_addresses(client, tree):
    rename_tree(tree[0])
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/nl/aan-de-slag/vacatures/" in sitemap
    assert "/nl/werk/" not in sitemap
    assert "example.com" not in sitemap


def test_pages_with_a_role_keep_their_app_address(client):
    page = make_page(title_nl="Bedrijven", slug="bedrijven-intro", key="companies")
    rename(page, slug_nl="bedrijven-inleiding")
    assert not Redirect.objects.exists()
    assert Page.objects.get(pk=page.pk).get_absolute_url() == "/nl/bedrijven/"
