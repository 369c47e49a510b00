"""An editor (Redacteurs group, not a superuser) runs the content, and only that."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from reversion.models import Version

from core.permissions import EDITOR_GROUP
from pages.models import Page
from tests.factories import make_page

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-voor-tests"


def test_create_editor_command_puts_the_user_in_the_group(capsys):
    call_command("create_editor", "an", "an@example.org")
    user = User.objects.get(username="an")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [EDITOR_GROUP]
    assert "Password" in capsys.readouterr().out


@pytest.mark.parametrize(
    "url",
    [
        "/beheer/auth/user/",
        "/beheer/auth/group/",
        "/beheer/auth/user/add/",
        "/beheer/auth/group/add/",
    ],
)
def test_editor_gets_403_on_users_groups_and_permissions(editor_client, url):
    assert editor_client.get(url).status_code == 403


def test_editor_creates_translates_schedules_and_a_publisher_publishes(
    editor_client, publisher_client, client
):
    data = {
        "title_nl": "Nieuwe pagina",
        "slug_nl": "nieuwe-pagina",
        "title_en": "New page",
        "slug_en": "new-page",
        "title_fr": "Nouvelle page",
        "slug_fr": "nouvelle-page",
        "body_nl": "<p>Hallo</p>",
        "status": "draft",
        "menu_order": 100,
    }
    response = editor_client.post("/beheer/pages/page/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug_nl="nieuwe-pagina")
    assert client.get("/en/new-page/").status_code == 404
    preview = editor_client.get(f"/nl/voorbeeld/pagina/{page.pk}/")
    assert preview.status_code == 200
    data.update(publish_from_0="2020-01-01", publish_from_1="10:00")
    # A Redacteur submits; the page stays unpublished until an Eindredacteur
    # publishes it.
    response = editor_client.post(
        f"/beheer/pages/page/{page.pk}/change/", {**data, "_submit_for_review": "1"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert client.get("/en/new-page/").status_code == 404
    data.update(status="published")
    response = publisher_client.post(f"/beheer/pages/page/{page.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert client.get("/en/new-page/").status_code == 200
    assert client.get("/fr/nouvelle-page/").status_code == 200


def test_editor_restores_an_earlier_version_and_recovers_a_deleted_page(editor_client):
    data = {
        "title_nl": "Versie een",
        "slug_nl": "versies",
        "status": "published",
        "menu_order": 100,
    }
    editor_client.post("/beheer/pages/page/add/", data)
    page = Page.objects.get(slug_nl="versies")
    editor_client.post(
        f"/beheer/pages/page/{page.pk}/change/", {**data, "title_nl": "Versie twee"}
    )
    versions = Version.objects.get_for_object(page)
    assert versions.count() == 2
    first = versions.last()
    history = editor_client.get(f"/beheer/pages/page/{page.pk}/history/")
    assert history.status_code == 200
    revert_url = f"/beheer/pages/page/{page.pk}/history/{first.pk}/"
    assert editor_client.get(revert_url).status_code == 200
    editor_client.post(revert_url, {**data, "title_nl": "Versie een"})
    page.refresh_from_db()
    assert page.title_nl == "Versie een"

    editor_client.post(f"/beheer/pages/page/{page.pk}/delete/", {"post": "yes"})
    assert not Page.objects.filter(pk=page.pk).exists()
    recover_list = editor_client.get("/beheer/pages/page/recover/")
    assert recover_list.status_code == 200
    deleted = Version.objects.get_deleted(Page).first()
    response = editor_client.post(
        f"/beheer/pages/page/recover/{deleted.pk}/", {**data, "title_nl": "Versie een"}
    )
    assert response.status_code == 302
    assert Page.objects.filter(slug_nl="versies").exists()


def test_compare_view_of_two_versions(editor_client):
    data = {
        "title_nl": "Eerst",
        "slug_nl": "vergelijk",
        "status": "published",
        "menu_order": 100,
    }
    editor_client.post("/beheer/pages/page/add/", data)
    page = Page.objects.get(slug_nl="vergelijk")
    editor_client.post(
        f"/beheer/pages/page/{page.pk}/change/", {**data, "title_nl": "Daarna"}
    )
    new, old = Version.objects.get_for_object(page)[:2]
    response = editor_client.get(
        f"/beheer/pages/page/{page.pk}/history/compare/",
        {"version_id1": old.pk, "version_id2": new.pk},
    )
    assert response.status_code == 200
    assert "Daarna" in response.content.decode()


def test_admin_view_on_site_previews_a_draft(admin_client):
    page = make_page(slug="concept", status="draft")
    response = admin_client.get(f"/beheer/pages/page/{page.pk}/change/")
    assert f"/voorbeeld/pagina/{page.pk}/" in response.content.decode() or "r/" in (
        response.content.decode()
    )


def test_admin_search_covers_every_language(admin_client):
    make_page(slug="zoek", title_fr="Recherche introuvable ailleurs")
    response = admin_client.get("/beheer/pages/page/", {"q": "introuvable"})
    assert "Testpagina" in response.content.decode()


def test_five_wrong_passwords_lock_the_pair_with_a_clear_dutch_message(editor):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(5):
        attacker.post(
            "/beheer/login/?next=/beheer/",
            {"username": "redacteur", "password": "fout"},
        )
    locked = attacker.post(
        "/beheer/login/?next=/beheer/", {"username": "redacteur", "password": PASSWORD}
    )
    assert locked.status_code == 429
    assert "tijdelijk geblokkeerd" in locked.content.decode()
    elsewhere = Client(REMOTE_ADDR="198.51.100.7")
    response = elsewhere.post(
        "/beheer/login/?next=/beheer/", {"username": "redacteur", "password": PASSWORD}
    )
    assert response.status_code == 302


def test_admin_warns_on_save_when_the_text_skips_a_heading_level(admin_client):
    data = {
        "title_nl": "Koppen",
        "slug_nl": "koppen",
        "status": "published",
        "menu_order": 100,
        "body_nl": "<h2>Een</h2><h4>Te diep</h4>",
    }
    response = admin_client.post("/beheer/pages/page/add/", data, follow=True)
    assert "slaat een kopniveau over" in response.content.decode()
    assert Page.objects.filter(slug_nl="koppen").exists()  # saved, with a warning
    fine = {**data, "slug_nl": "goed", "body_nl": "<h2>Een</h2><h3>Twee</h3>"}
    response = admin_client.post("/beheer/pages/page/add/", fine, follow=True)
    assert "slaat een kopniveau over" not in response.content.decode()
