"""The site-wide change history (core.changes): every user's admin actions, read-only,
for the editors too."""

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth.models import User
from django.urls import reverse

from tests.factories import make_company, make_page
from tests.html import soup

pytestmark = pytest.mark.django_db

HISTORY_URL = reverse("admin:core_changerecord_changelist")


def log(user, obj, flag=CHANGE, message=""):
    return LogEntry.objects.log_actions(
        user.pk, [obj], flag, change_message=message, single_object=True
    )


def rows(response):
    return soup(response).select("#result_list tbody tr")


def test_an_editor_sees_another_users_change_with_a_link_to_the_item(
    editor_client, publisher_client
):
    page = make_page(title_nl="Over ons")
    data = {
        "title_nl": "Over ons en de stad",
        "slug_nl": page.slug_nl,
        "status": page.status,
        "menu_order": page.menu_order,
        "version": page.version,
    }
    response = publisher_client.post(
        reverse("admin:pages_page_change", args=[page.pk]), data
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = editor_client.get(HISTORY_URL)
    assert response.status_code == 200
    [row] = rows(response)
    assert "eindredacteur" in row.get_text()
    link = row.find("a", href=reverse("admin:pages_page_change", args=[page.pk]))
    assert link is not None
    assert "Over ons en de stad" in link.get_text()


def test_a_deleted_item_is_named_without_a_link(editor_client, publisher):
    page = make_page(title_nl="Weg")
    url = reverse("admin:pages_page_change", args=[page.pk])
    log(publisher, page, ADDITION)
    page.delete()
    [row] = rows(editor_client.get(HISTORY_URL))
    assert "Weg" in row.get_text()
    assert row.find("a", href=url) is None


def test_the_history_is_read_only(editor_client, publisher):
    entry = log(publisher, make_page(), message="Iets")
    change_url = reverse("admin:core_changerecord_change", args=[entry.pk])
    assert editor_client.get(reverse("admin:core_changerecord_add")).status_code == 403
    assert editor_client.get(change_url).status_code == 200  # to view
    assert editor_client.post(change_url, {"object_repr": "x"}).status_code == 403
    delete_url = reverse("admin:core_changerecord_delete", args=[entry.pk])
    assert editor_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert LogEntry.objects.filter(pk=entry.pk, object_repr=entry.object_repr).exists()
    page = soup(editor_client.get(HISTORY_URL))
    assert not page.find("a", href=reverse("admin:core_changerecord_add"))
    assert not page.select("select[name=action]")


def test_editors_may_view_the_history_and_the_outbound_links_only(editor, publisher):
    for user in (editor, publisher):
        for model in ("changerecord", "outboundlink"):
            assert user.has_perm(f"core.view_{model}")
            for action in ("add", "change", "delete"):
                assert not user.has_perm(f"core.{action}_{model}")


def test_a_staff_user_without_the_permission_gets_403(client):
    user = User.objects.create_user("gast", is_staff=True)
    client.force_login(user)
    assert client.get(HISTORY_URL).status_code == 403


def test_filtered_by_user(editor_client, editor, publisher):
    log(editor, make_page(title_nl="Van de redacteur"))
    log(publisher, make_page(title_nl="Van de eindredacteur", slug_nl="ander"))
    response = editor_client.get(HISTORY_URL, {"user__id__exact": publisher.pk})
    [row] = rows(response)
    assert "Van de eindredacteur" in row.get_text()


def test_the_list_searches_the_item_name(editor_client, publisher):
    log(publisher, make_page(title_nl="Zoek mij"))
    log(publisher, make_page(title_nl="Iets anders", slug_nl="anders"))
    [row] = rows(editor_client.get(HISTORY_URL, {"q": "zoek"}))
    assert "Zoek mij" in row.get_text()


def test_the_queries_do_not_grow_with_the_entries(
    editor_client, publisher, django_assert_max_num_queries
):
    def entries(count):
        for number in range(count):
            log(publisher, make_page(slug_nl=f"pagina-{number}-{count}"))
            log(publisher, make_company(slug=f"bedrijf-{number}-{count}"))

    entries(1)
    with django_assert_max_num_queries(40) as few:
        editor_client.get(HISTORY_URL)
    entries(10)
    with django_assert_max_num_queries(len(few.captured_queries)) as many:
        response = editor_client.get(HISTORY_URL)
    assert len(rows(response)) == 22
    assert len(many.captured_queries) == len(few.captured_queries)
