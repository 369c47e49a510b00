"""No lost edits: a form saved after someone else saved the item is refused with a
message naming what changed meanwhile, the editor's input is shown again, and the
stored item keeps the other editor's work."""

import json

import pytest
from concurrency.exceptions import RecordModifiedError
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.db.models.signals import pre_save
from django.test import Client
from django.utils import translation
from django.utils.text import capfirst
from reversion.models import Version

from companies.models import Company
from core.permissions import EDITOR_GROUP
from jobcount.models import Edition, Figure
from pages.models import Page
from tests.factories import make_company, make_page
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels", "fr": "Frans"}


def form_data(response):
    """What a browser would send for the admin's change form as the page shows it."""
    form = soup(response).find(
        "form", id=lambda value: value and value.endswith("_form")
    )
    data = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            data[name] = element.text.removeprefix("\n")
        elif element.name == "select":
            chosen = [
                o.get("value", o.text)
                for o in element.find_all("option")
                if o.has_attr("selected")
            ]
            if element.has_attr("multiple"):
                data[name] = chosen
            elif chosen:
                data[name] = chosen[0]
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        elif element.get("type") not in ("submit", "button", "file", "image", "reset"):
            data[name] = element.get("value", "")
    return data


def dutch_label(model, name, language=None):
    with translation.override("nl"):
        label = str(capfirst(model._meta.get_field(name).verbose_name))
        if language:
            label += f" ({LANGUAGE_NAMES[language]})"
    return label


def conflict_errors(response):
    """The texts of the form's own errors (at the top) and of its rows."""
    page = soup(response)
    return [item.get_text(" ", strip=True) for item in page.select("ul.errorlist li")]


def account(username, superuser=False):
    if superuser:
        user = User.objects.create_superuser(username, f"{username}@example.org", "x")
    else:
        user = User.objects.create_user(
            username, f"{username}@example.org", "x", is_staff=True
        )
        user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_lost_update_of_the_issue_shows_a_conflict_and_keeps_the_first_save():
    # Not published: the Redacteurs' saves change the item itself (no working copy).
    company = make_company(slug="ryhove", name="Ryhove", published=False)
    url = f"/beheer/companies/company/{company.pk}/change/"
    editor_a, editor_b = account("a"), account("b")
    data_a = form_data(editor_a.get(url))
    data_b = form_data(editor_b.get(url))

    data_a["short_description_nl"] = "De tekst van A."
    assert editor_a.post(url, data_a).status_code == 302

    data_b["municipality"] = "Gent"
    response = editor_b.post(url, data_b)

    assert response.status_code == 200  # the form again, not saved
    company.refresh_from_db()
    assert company.short_description_nl == "De tekst van A."
    assert company.municipality == ""
    errors = " ".join(conflict_errors(response))
    assert dutch_label(Company, "short_description", "nl") in errors
    assert dutch_label(Company, "municipality") not in errors
    page = soup(response)
    assert page.find("input", {"name": "municipality"})["value"] == "Gent"
    # A link to the saved version, in a new tab (this one keeps the input).
    link = page.select_one("ul.errorlist a[target=_blank]")
    assert link["href"] == url


def test_a_stale_form_stays_refused_when_sent_again():
    company = make_company(published=False)
    url = f"/beheer/companies/company/{company.pk}/change/"
    editor_a, editor_b = account("a"), account("b")
    data_b = form_data(editor_b.get(url))
    data_a = form_data(editor_a.get(url))
    data_a["phone"] = "09 123 45 67"
    assert editor_a.post(url, data_a).status_code == 302

    data_b["phone"] = "09 765 43 21"
    first = editor_b.post(url, data_b)
    again = editor_b.post(url, form_data(first))

    assert again.status_code == 200
    company.refresh_from_db()
    assert company.phone == "09 123 45 67"
    assert dutch_label(Company, "phone") in " ".join(conflict_errors(again))


def test_a_form_opened_after_the_save_saves():
    page = make_page()
    url = f"/beheer/pages/page/{page.pk}/change/"
    a, b = account("a", superuser=True), account("b", superuser=True)
    data_a = form_data(a.get(url))
    data_a["summary_nl"] = "Eerst."
    assert a.post(url, data_a).status_code == 302
    data_b = form_data(b.get(url))
    data_b["summary_en"] = "Then."
    assert b.post(url, data_b).status_code == 302
    page.refresh_from_db()
    assert (page.summary_nl, page.summary_en) == ("Eerst.", "Then.")


def test_translated_fields_are_named_per_language():
    page = make_page()
    url = f"/beheer/pages/page/{page.pk}/change/"
    a, b = account("a", superuser=True), account("b", superuser=True)
    data_a, data_b = form_data(a.get(url)), form_data(b.get(url))
    data_a["title_fr"] = "Page d'essai"
    assert a.post(url, data_a).status_code == 302

    data_b["title_nl"] = "Andere titel"
    response = b.post(url, data_b)

    errors = " ".join(conflict_errors(response))
    assert dutch_label(Page, "title", "fr") in errors
    assert dutch_label(Page, "title", "nl") not in errors
    page.refresh_from_db()
    assert (page.title_nl, page.title_fr) == ("Testpagina", "Page d'essai")


@pytest.fixture
def edition():
    edition = Edition.objects.create(year=2024, status=Edition.Status.PUBLISHED)
    Figure.objects.create(
        edition=edition,
        organisation="Ryhove",
        work_form="maatwerk",
        people=100,
        target_group=80,
    )
    return edition


def test_a_change_in_an_inline_row_makes_the_whole_form_stale(edition):
    url = f"/beheer/jobcount/edition/{edition.pk}/change/"
    a, b = account("a", superuser=True), account("b", superuser=True)
    data_a, data_b = form_data(a.get(url)), form_data(b.get(url))
    row = next(key for key in data_a if key.endswith("-0-people"))
    data_a[row] = "120"
    assert a.post(url, data_a).status_code == 302

    data_b["note_nl"] = "Geteld door de stad."
    response = b.post(url, data_b)

    assert response.status_code == 200
    edition.refresh_from_db()
    assert edition.note_nl == ""
    assert edition.figures.get().people == 120
    errors = conflict_errors(response)
    assert len(errors) == 2  # the item, and its row that changed
    assert dutch_label(Figure, "people") in errors[1]


def test_a_stale_inline_row_alone_is_refused(edition):
    """The row changed elsewhere (the figures' own admin): the row says so."""
    url = f"/beheer/jobcount/edition/{edition.pk}/change/"
    figure = edition.figures.get()
    figure_url = f"/beheer/jobcount/figure/{figure.pk}/change/"
    a, b = account("a", superuser=True), account("b", superuser=True)
    data_b = form_data(b.get(url))
    data_a = form_data(a.get(figure_url))
    data_a["target_group"] = "70"
    assert a.post(figure_url, data_a).status_code == 302

    row = next(key for key in data_b if key.endswith("-0-target_group"))
    data_b[row] = "60"
    response = b.post(url, data_b)

    assert response.status_code == 200
    figure.refresh_from_db()
    assert figure.target_group == 70
    label = dutch_label(Figure, "target_group")
    assert any(label in error for error in conflict_errors(response))


def test_a_restore_from_the_history_saves_and_a_stale_one_does_not():
    page = make_page()
    url = f"/beheer/pages/page/{page.pk}/change/"
    a, b = account("a", superuser=True), account("b", superuser=True)
    data = form_data(a.get(url))
    a.post(url, {**data, "title_nl": "Versie twee"})
    first = Version.objects.get_for_object(page).last()
    data = form_data(a.get(url))
    a.post(url, {**data, "title_nl": "Versie drie"})
    restore_url = f"/beheer/pages/page/{page.pk}/history/{first.pk}/"

    restore = a.get(restore_url)
    assert restore.status_code == 200
    assert a.post(restore_url, form_data(restore)).status_code == 302
    page.refresh_from_db()
    assert page.title_nl == "Versie twee"

    # B restores from a page opened before A's save: refused, A's title stays.
    stale = b.get(restore_url)
    data = form_data(a.get(url))
    a.post(url, {**data, "title_nl": "Versie vier"})
    response = b.post(restore_url, form_data(stale))
    assert response.status_code == 200
    page.refresh_from_db()
    assert page.title_nl == "Versie vier"
    # The fields show the restored version: only the refusal and the link.
    assert soup(response).select_one("ul.errorlist a[target=_blank]")


def test_a_save_the_database_refuses_runs_the_form_again_instead_of_failing():
    """Someone saves between the form's check and its save: the database refuses
    the save (django-concurrency raises), and the form runs again, where its check
    sees the other save. Here the refusal is simulated once, without another save:
    the second run saves."""
    company = make_company(published=False)
    url = f"/beheer/companies/company/{company.pk}/change/"
    editor = account("a")
    data = form_data(editor.get(url))
    data["phone"] = "09 111 11 11"
    attempts = []

    def refuse_the_first_save(sender, instance, **kwargs):
        attempts.append(instance.phone)
        if len(attempts) == 1:
            raise RecordModifiedError("Record has been modified", target=instance)

    pre_save.connect(refuse_the_first_save, sender=Company)
    try:
        response = editor.post(url, data)
    finally:
        pre_save.disconnect(refuse_the_first_save, sender=Company)

    assert response.status_code == 302
    assert attempts == ["09 111 11 11", "09 111 11 11"]
    company.refresh_from_db()
    assert company.phone == "09 111 11 11"


def test_a_stale_copy_in_code_cannot_overwrite_either():
    company = make_company()
    first, second = (
        Company.objects.get(pk=company.pk),
        Company.objects.get(pk=company.pk),
    )
    first.phone = "09 111 11 11"
    first.save()
    second.street = "Elders 1"
    with pytest.raises(RecordModifiedError):
        second.save()


def test_the_version_is_no_change_in_the_history():
    page = make_page()
    url = f"/beheer/pages/page/{page.pk}/change/"
    admin = account("a", superuser=True)
    data = form_data(admin.get(url))
    data["summary_nl"] = "Anders."
    admin.post(url, data)
    entry = LogEntry.objects.filter(object_id=str(page.pk)).latest("action_time")
    [change] = json.loads(entry.change_message)
    assert len(change["changed"]["fields"]) == 1  # the summary, nothing else


def test_who_may_only_look_gets_no_version_in_the_form(edition):
    viewer = User.objects.create_user("kijker", "k@example.org", "x", is_staff=True)
    viewer.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_edition", "view_figure"])
    )
    client = Client()
    client.force_login(viewer, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(f"/beheer/jobcount/edition/{edition.pk}/change/")
    assert response.status_code == 200
    page = soup(response)
    assert not page.find("input", attrs={"name": lambda n: n and "version" in n})


def test_publishing_a_stale_working_copy_shows_the_conflict():
    """A Redacteur's working copy of a live company, then a live save by someone
    who had the form open before: publishing the copy would undo that save."""
    company = make_company(slug="ryhove", name="Ryhove")  # published: live
    url = f"/beheer/companies/company/{company.pk}/change/"
    editor = account("redacteur")
    other, publisher = account("p2", superuser=True), account("p", superuser=True)
    data_other = form_data(other.get(url))
    data_editor = form_data(editor.get(url))
    data_editor["short_description_nl"] = "Tekst van de werkkopie."
    assert editor.post(url, data_editor).status_code == 302
    company.refresh_from_db()
    assert company.short_description_nl != "Tekst van de werkkopie."  # only the copy

    data_other["phone"] = "09 222 22 22"
    assert other.post(url, data_other).status_code == 302

    response = publisher.post(url, form_data(publisher.get(url)))

    assert response.status_code == 200
    company.refresh_from_db()
    assert company.phone == "09 222 22 22"
    assert company.short_description_nl != "Tekst van de werkkopie."
    assert dutch_label(Company, "phone") in " ".join(conflict_errors(response))
