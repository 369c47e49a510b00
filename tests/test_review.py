import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.test import Client, RequestFactory
from post_office.models import Email
from reversion.models import Version

from core import dashboard
from core.freshness import today
from core.review import due_date, review_due, review_lines, reviewed_models
from pages.models import Page


def marks_as_checked(action):
    """The "mark as checked" form in the object tools."""
    return bool(action) and action.endswith("/reviewed/")


pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)


def test_review_due_by_date(demo_content):
    page = Page.objects.first()
    Page.objects.filter(pk=page.pk).update(reviewed_at=None)
    assert review_due(Page, TODAY).filter(pk=page.pk).exists()
    Page.objects.filter(pk=page.pk).update(reviewed_at=datetime.date(2025, 5, 15))
    assert review_due(Page, TODAY).filter(pk=page.pk).exists()
    Page.objects.filter(pk=page.pk).update(reviewed_at=datetime.date(2026, 5, 15))
    assert not review_due(Page, TODAY).filter(pk=page.pk).exists()
    page.refresh_from_db()
    assert due_date(page) == datetime.date(2027, 5, 15)


def test_review_interval_setting(demo_content, settings):
    settings.REVIEW_INTERVAL_MONTHS = {"pages.page": 1}
    page = Page.objects.first()
    Page.objects.filter(pk=page.pk).update(reviewed_at=datetime.date(2026, 5, 1))
    assert review_due(Page, TODAY).filter(pk=page.pk).exists()


# --- The admin ----------------------------------------------------------------


@pytest.fixture
def page(demo_content):
    page = Page.objects.order_by("pk").first()
    Page.objects.filter(pk=page.pk).update(reviewed_at=None, owner=None)
    return page


def admin_url(obj, action):
    opts = obj._meta
    return f"/beheer/{opts.app_label}/{opts.model_name}/{obj.pk}/{action}/"


def changelist(model):
    opts = model._meta
    return f"/beheer/{opts.app_label}/{opts.model_name}/"


@pytest.fixture
def viewer_client(db):
    """A staff account that may only view pages."""
    user = User.objects.create_user(
        "lezer", "l@example.org", "een-lang-wachtwoord-voor-tests", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="view_page"))
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_the_form_has_the_owner_and_the_button(editor_client, editor, page):
    response = editor_client.get(admin_url(page, "change"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    owner = soup.find("select", attrs={"name": "owner"})
    assert owner is not None
    assert str(editor.pk) in [o.get("value") for o in owner.find_all("option")]
    form = soup.find("form", action=marks_as_checked)
    assert form["action"] == admin_url(page, "reviewed")
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert "Never checked" in form.parent.get_text() or "Nooit" in form.get_text()


def test_the_owner_is_one_of_the_active_staff(editor_client, page, django_user_model):
    visitor = django_user_model.objects.create_user("bezoeker", "b@example.org")
    gone = django_user_model.objects.create_user(
        "weg", "w@example.org", is_staff=True, is_active=False
    )
    response = editor_client.get(admin_url(page, "change"))
    soup = BeautifulSoup(response.content, "html.parser")
    values = [
        o.get("value") for o in soup.find("select", attrs={"name": "owner"})("option")
    ]
    assert str(visitor.pk) not in values and str(gone.pk) not in values


def test_no_owner_for_kinds_without_review(editor_client, demo_content):
    from companies.models import Sector

    sector = Sector.objects.first()
    response = editor_client.get(admin_url(sector, "change"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("select", attrs={"name": "owner"}) is None
    assert soup.find("form", action=marks_as_checked) is None
    response = editor_client.post(admin_url(sector, "reviewed"))
    assert response.status_code in (302, 404)  # no such view: the admin's fallback
    assert not LogEntry.objects.exists()


def test_mark_as_checked(editor_client, editor, page):
    before = Version.objects.get_for_object(page).count()
    response = editor_client.post(admin_url(page, "reviewed"), follow=True)
    assert response.redirect_chain[-1][0] == admin_url(page, "change")
    page.refresh_from_db()
    assert page.reviewed_at == today()
    entry = LogEntry.objects.get(object_id=str(page.pk))
    assert entry.user == editor and entry.action_flag == CHANGE
    assert entry.get_change_message() == "Gemarkeerd als nagekeken"
    assert Version.objects.get_for_object(page).count() == before  # no new version
    assert any(
        "checked" in str(m) or "nagekeken" in str(m)
        for m in response.context["messages"]
    )
    soup = BeautifulSoup(response.content, "html.parser")
    text = soup.find("form", action=marks_as_checked).get_text()
    assert "Never" not in text and "Nooit" not in text


def test_mark_as_checked_only_by_post(editor_client, page):
    response = editor_client.get(admin_url(page, "reviewed"))
    assert response.status_code == 405
    page.refresh_from_db()
    assert page.reviewed_at is None


def test_mark_as_checked_needs_the_change_permission(viewer_client, page):
    response = viewer_client.get(admin_url(page, "change"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("form", action=marks_as_checked) is None
    response = viewer_client.post(admin_url(page, "reviewed"))
    assert response.status_code == 403
    page.refresh_from_db()
    assert page.reviewed_at is None
    assert not LogEntry.objects.exists()


def test_the_action_marks_several(publisher_client, publisher, demo_content):
    pks = list(Page.objects.order_by("pk").values_list("pk", flat=True)[:3])
    Page.objects.update(reviewed_at=None)
    response = publisher_client.post(
        changelist(Page),
        {"action": "mark_reviewed", "_selected_action": [str(pk) for pk in pks]},
    )
    assert response.status_code == 302
    checked = Page.objects.filter(reviewed_at=today())
    assert sorted(checked.values_list("pk", flat=True)) == sorted(pks)
    assert LogEntry.objects.filter(user=publisher).count() == 3


def test_the_action_is_not_offered_without_change_permission(viewer_client, page):
    response = viewer_client.get(changelist(Page))
    assert response.status_code == 200
    assert "mark_reviewed" not in response.content.decode()


def test_the_list_filters_and_the_column(editor_client, editor, demo_content):
    first, second, third = Page.objects.order_by("pk")[:3]
    Page.objects.update(reviewed_at=datetime.date(2000, 1, 1), owner=None)
    Page.objects.filter(pk=first.pk).update(reviewed_at=today())
    Page.objects.filter(pk=second.pk).update(owner=editor)
    Page.objects.filter(pk=third.pk).update(reviewed_at=None)

    def listed(query):
        response = editor_client.get(changelist(Page) + query)
        assert response.status_code == 200
        return {obj.pk for obj in response.context["cl"].result_list}

    due = listed("?review_due=yes")
    assert first.pk not in due and {second.pk, third.pk} <= due
    assert listed("?review_due=no") == {first.pk}
    assert listed("?owner=me") == {second.pk}
    assert second.pk not in listed("?owner=nobody")
    assert first.pk in listed("?owner=nobody")
    text = editor_client.get(changelist(Page)).content.decode()
    assert "never" in text or "nooit" in text


# --- The dashboard ------------------------------------------------------------


def test_the_dashboard_counts_what_is_due(editor, demo_content):
    Page.objects.update(reviewed_at=today())
    Page.objects.filter(pk__in=Page.objects.order_by("pk")[:2].values("pk")).update(
        reviewed_at=None
    )
    request = RequestFactory().get("/beheer/")
    request.user = editor
    lines = {line.url: line for line in review_lines(request)}
    line = lines["/beheer/pages/page/?review_due=yes"]
    assert line.count == 2 and line.kind == "review-due"
    assert "2" not in line.label
    assert all(line.kind == "review-due" for line in lines.values())
    assert line in dashboard.attention(request)


def test_no_dashboard_line_without_change_permission(db, django_user_model):
    user = django_user_model.objects.create_user("x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_page"))
    request = RequestFactory().get("/beheer/")
    request.user = user
    assert review_lines(request) == []


# --- The reminders ------------------------------------------------------------

LONG_AGO = datetime.date(2000, 1, 1)


def remind(settings, *args, on_the_day=True):
    weekday = today().weekday()
    settings.REVIEW_REMINDER_WEEKDAY = weekday if on_the_day else (weekday + 1) % 7
    out = io.StringIO()
    call_command("send_review_reminders", *args, stdout=out)
    return out.getvalue()


def test_reminders_go_to_the_owner(settings, editor, publisher, demo_content):
    for model in reviewed_models():
        model._base_manager.update(owner=None)
    Page.objects.update(reviewed_at=today(), owner=publisher)  # not due
    page = Page.objects.order_by("pk").first()
    Page.objects.filter(pk=page.pk).update(reviewed_at=LONG_AGO, owner=editor)
    output = remind(settings)
    assert output.startswith("1 ")
    emails = list(Email.objects.all())
    assert [email.to for email in emails] == [[editor.email]]
    body = emails[0].message
    assert str(page) in body
    assert (
        f"{settings.SITE_URL.rstrip('/')}/beheer/pages/page/{page.pk}/change/" in body
    )
    assert "2001" in body  # due since a year after the check


def test_no_reminders_on_another_day_without_force(settings, editor, demo_content):
    for model in reviewed_models():
        model._base_manager.update(owner=None)
    Page.objects.update(reviewed_at=None, owner=editor)
    assert remind(settings, on_the_day=False).startswith("0 ")
    assert not Email.objects.exists()
    remind(settings, "--force", on_the_day=False)
    assert [email.to for email in Email.objects.all()] == [[editor.email]]


def test_no_reminder_without_an_address(settings, editor, demo_content):
    for model in reviewed_models():
        model._base_manager.update(owner=None)
    editor.email = ""
    editor.save()
    Page.objects.update(reviewed_at=None, owner=editor)
    remind(settings)
    assert not Email.objects.exists()


@pytest.mark.parametrize(
    "label",
    ["pages.homepage", "pages.project", "companies.company", "jobcount.edition"],
)
def test_every_reviewed_kind_has_the_owner_and_the_button(admin_client, label):
    from django.core.management import call_command as run

    run("load_demo_content", verbosity=0)
    model = apps.get_model(label)
    obj = model.objects.order_by("pk").first()
    response = admin_client.get(admin_url(obj, "change"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("select", attrs={"name": "owner"}) is not None
    assert soup.find("form", action=marks_as_checked) is not None
    response = admin_client.post(admin_url(obj, "reviewed"))
    assert response.status_code == 302
    assert model.objects.filter(pk=obj.pk, reviewed_at=today()).exists()
