"""The admin speaks Dutch to an editor (the Redacteurs account), with friendly
messages, and keeps the site's fixed parts and order in place (issue 16, item 7)."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth.models import User
from django.db.models import CheckConstraint, UniqueConstraint
from reversion.models import Version

from pages.models import Page
from tests.factories import make_company, make_page, make_sector

pytestmark = pytest.mark.django_db

# English seen in the Dutch admin before (issue 16), as words of the page's text
# and of its titles, labels and buttons. ("Filter" is Dutch as well: not listed.)
ENGLISH = [
    "Text [",
    "Title [",
    "Summary [",
    "Available",
    "Chosen",
    "Choose all",
    "Remove all",
    "Choose selected",
    "Remove selected",
    "arrow button",
    "Axes",
    "Access attempts",
    "Access failures",
    "Access logs",
    "Compare",
    "compare",
    "Show changes",
    "Revert to this version",
    "changed to:",
    "successfully",
    "Constraint",
    "Beperking",
    "is geschonden",
    "De bedrijf",
    "De pagina",
    "De sector",
    "met succes",
    "Model name",
    "Add link",
    "Change or view list link",
    "Languages filled",
    "Sort",
    "Move selected",
    "Select all",
    "Resource",
    "Error:",
    "Django",
]
PATTERN = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ENGLISH)) + r")(?!\w)")
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "value")


def english_in(html):
    """The listed English an editor reads or hears on the page."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    texts = [soup.get_text(" ")]
    for element in soup.find_all(True):
        if element.name == "input" and element.get("type") not in (
            "submit",
            "button",
        ):
            continue  # what an editor typed, not the admin's words
        if element.name in ("textarea", "option"):
            continue
        texts += [str(element.get(name, "")) for name in SHOWN_ATTRIBUTES]
    return sorted({m.group(1) for text in texts for m in PATTERN.finditer(text)})


def form_data(html):
    """What the browser would post for the admin's form (<model>_form), as it
    stands."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", id=re.compile(r"_form$"))
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = [
                o.get("value", "") for o in field.find_all("option", selected=True)
            ]
            if field.has_attr("multiple"):
                data[name] = chosen
            elif chosen:
                data[name] = chosen[0]
            else:
                first = field.find("option")
                data[name] = first.get("value", "") if first else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    return data


def change(client, url, **values):
    """Save the admin form at url with some values changed, as an editor does."""
    data = form_data(client.get(url).content.decode())
    data.update(values)
    return client.post(url, data, follow=True)


@pytest.fixture
def content(demo_content):
    """The demo content, and a page and a company with two versions each."""
    page = make_page(slug="twee-versies", status="draft")
    company = make_company(sectors=[make_sector("een-test-sector")], published=False)
    return page, company


def admin_urls(client, page, company):
    """Every admin page an editor opens: the index, each model's list and add
    form, an object's change form, history, compare and delete, the imports, the
    password change."""
    index = client.get("/beheer/")
    urls = ["/beheer/", "/beheer/password_change/"]
    for app in index.context["app_list"]:
        for model in app["models"]:
            urls.append(model["admin_url"])
            if model.get("add_url"):
                urls.append(model["add_url"])
            model_class = model["model"]
            obj = model_class._default_manager.order_by("pk").first()
            if obj is not None:
                base = f"{model['admin_url']}{obj.pk}/"
                urls += [f"{base}change/", f"{base}history/", f"{base}delete/"]
    for obj, prefix in ((page, "pages/page"), (company, "companies/company")):
        versions = list(Version.objects.get_for_object(obj)[:2])
        if len(versions) == 2:
            urls.append(
                f"/beheer/{prefix}/{obj.pk}/history/compare/"
                f"?version_id1={versions[1].pk}&version_id2={versions[0].pk}"
            )
    urls += ["/beheer/companies/company/import/", "/beheer/jobcount/figure/import/"]
    return urls


def test_every_admin_page_an_editor_opens_is_in_dutch(editor_client, content):
    page, company = content
    for obj, url in (
        (page, f"/beheer/pages/page/{page.pk}/change/"),
        (company, f"/beheer/companies/company/{company.pk}/change/"),
    ):
        for title in ("Eerste titel fr", "Tweede titel fr"):
            field = "title_fr" if obj is page else "short_description_fr"
            change(editor_client, url, **{field: title, "_continue": "1"})
    urls = admin_urls(editor_client, page, company)
    assert any("/history/compare/" in url for url in urls)
    found = {}
    for url in urls:
        response = editor_client.get(url)
        if response.status_code in (403, 404):
            continue  # not for editors (a fixed section's delete page, …)
        assert response.status_code == 200, url
        english = english_in(response.content.decode())
        if english:
            found[url] = english
    assert found == {}


def test_the_two_box_picker_speaks_dutch():
    """The sector picker's words come from the admin's JavaScript catalogue."""
    editor = User.objects.create_user("r", is_staff=True)
    from django.test import Client

    client = Client()
    client.force_login(editor)
    catalogue = client.get("/beheer/jsi18n/").content.decode()
    for msgid, dutch in [
        ("Choose all %s", "Alle %s kiezen"),
        ("Remove all %s", "Alle %s verwijderen"),
        ("Choose selected %s", "Geselecteerde %s kiezen"),
        ("Remove selected %s", "Geselecteerde %s verwijderen"),
    ]:
        assert json.dumps({msgid: dutch})[1:-1] in catalogue, msgid


def test_history_shows_changed_fields_under_their_dutch_labels(editor_client):
    page = make_page(slug="labels", status="draft")
    url = f"/beheer/pages/page/{page.pk}/change/"
    change(editor_client, url, title_fr="Nouveau titre", summary_nl="Nieuw")
    history = editor_client.get(f"/beheer/pages/page/{page.pk}/history/")
    text = history.content.decode()
    assert "Titel [fr]" in text
    assert "Samenvatting [nl]" in text
    assert "Title [fr]" not in text


def test_history_written_before_reads_dutch_too(editor_client):
    """An entry stored with English labels, as every entry was before."""
    import reversion

    page = make_page(slug="oud", status="draft")
    with reversion.create_revision():
        page.save()
        reversion.set_comment("Text [fr] en Parent page gewijzigd.")
    text = editor_client.get(f"/beheer/pages/page/{page.pk}/history/").content
    text = text.decode()
    assert "Tekst [fr] en Bovenliggende pagina gewijzigd." in text
    stored = Version.objects.get_for_object(page).first().revision.comment
    assert stored == "Text [fr] en Parent page gewijzigd."


def test_save_message_has_no_article_before_the_model_name(editor_client):
    company = make_company(name="Ryhove", published=False)
    response = change(editor_client, f"/beheer/companies/company/{company.pk}/change/")
    messages = [
        BeautifulSoup(str(m), "html.parser").get_text()
        for m in response.context["messages"]
    ]
    assert "Gewijzigd: bedrijf ‘Ryhove’." in messages, messages
    assert not any("De bedrijf" in m or "met succes" in m for m in messages)


def test_every_constraint_has_its_own_message_and_code():
    ours = ("core", "pages", "companies", "jobcount")
    constraints = [
        constraint
        for model in apps.get_models()
        if model._meta.app_label in ours
        for constraint in model._meta.constraints
        if isinstance(constraint, UniqueConstraint | CheckConstraint)
    ]
    assert len(constraints) >= 9
    for constraint in constraints:
        assert (
            constraint.violation_error_message
            != constraint.default_violation_error_message
        ), constraint.name
        assert constraint.violation_error_code, constraint.name


def test_a_second_page_with_the_same_role_gets_a_plain_message(editor_client):
    make_page(slug="privacy", key="privacy")
    response = editor_client.post(
        "/beheer/pages/page/add/",
        {
            **form_data(editor_client.get("/beheer/pages/page/add/").content),
            "title_nl": "Nog een privacy",
            "slug_nl": "nog-een-privacy",
            "key": "privacy",
            "status": "draft",
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "page_key_unique" not in text and "Beperking" not in text
    assert "Een andere pagina heeft deze rol al." in text
    assert Page.objects.filter(key="privacy").count() == 1


def test_foreign_keys_have_no_delete_link_and_a_parent_no_edit_link(editor_client):
    parent = make_page(slug="ouder")
    child = make_page(slug="kind", parent=parent)
    text = editor_client.get(f"/beheer/pages/page/{child.pk}/change/").content
    soup = BeautifulSoup(text, "html.parser")
    assert soup.select_one("select[name=parent]") is not None
    assert soup.select(".delete-related") == []
    assert soup.select_one("#change_id_parent") is None
    figures = editor_client.get("/beheer/jobcount/figure/add/").content
    soup = BeautifulSoup(figures, "html.parser")
    assert soup.select_one("#add_id_edition") is not None  # adding stays
    assert soup.select(".delete-related") == []


def test_split_date_and_time_inputs_are_named(editor_client):
    soup = BeautifulSoup(
        editor_client.get("/beheer/pages/page/add/").content, "html.parser"
    )
    date = soup.select_one("#id_publish_from_0")
    time = soup.select_one("#id_publish_from_1")
    assert date["aria-label"] != time["aria-label"]
    assert date["aria-label"].endswith(": datum")


def test_an_editor_cannot_delete_a_fixed_section(editor_client, admin_client):
    privacy = make_page(slug="privacy", key="privacy")
    ordinary = make_page(slug="gewoon")
    change_form = editor_client.get(f"/beheer/pages/page/{privacy.pk}/change/")
    soup = BeautifulSoup(change_form.content, "html.parser")
    assert soup.select_one("a.deletelink") is None
    assert soup.select_one("[name=key]") is None  # the role is shown, not edited
    assert "vaste rubriek" in soup.get_text()
    delete_url = f"/beheer/pages/page/{privacy.pk}/delete/"
    assert editor_client.get(delete_url).status_code == 403
    assert editor_client.post(delete_url, {"post": "yes"}).status_code == 403
    editor_client.post(
        "/beheer/pages/page/",
        {
            "action": "delete_selected",
            "_selected_action": [privacy.pk, ordinary.pk],
            "post": "yes",
        },
    )
    assert Page.objects.filter(pk=privacy.pk).exists()
    # An ordinary page an editor deletes; a superuser deletes a fixed one too.
    editor_client.post(f"/beheer/pages/page/{ordinary.pk}/delete/", {"post": "yes"})
    assert not Page.objects.filter(pk=ordinary.pk).exists()
    admin_client.post(delete_url, {"post": "yes"})
    assert not Page.objects.filter(pk=privacy.pk).exists()


def test_pages_are_sorted_by_dragging_and_the_list_shows_their_place(
    editor_client,
):
    main = make_page(slug="hoofd", title_nl="Hoofdrubriek", status="draft")
    first = make_page(
        slug="een", title_nl="Een", parent=main, menu_order=1, status="draft"
    )
    second = make_page(slug="twee", title_nl="Twee", parent=main, menu_order=2)
    deep = make_page(slug="diep", title_nl="Diep", parent=second, menu_order=1)
    listing = editor_client.get("/beheer/pages/page/", {"parent__id__exact": main.pk})
    soup = BeautifulSoup(listing.content, "html.parser")
    handles = soup.select("#result_list .drag.handle")
    assert [h["pk"] for h in handles] == [str(first.pk), str(second.pk)]
    everything = editor_client.get("/beheer/pages/page/").content.decode()
    assert "Hoofdrubriek › Twee" in everything  # the place of "Diep"
    assert deep.title_nl in everything
    response = editor_client.post(
        "/beheer/pages/page/adminsortable2_update/",
        json.dumps({"updatedItems": [[second.pk, 1], [first.pk, 2]]}),
        content_type="application/json",
    )
    assert response.status_code == 200
    first.refresh_from_db()
    second.refresh_from_db()
    assert (second.menu_order, first.menu_order) == (1, 2)
    # Without JavaScript: the order field of the form.
    change(editor_client, f"/beheer/pages/page/{first.pk}/change/", menu_order="0")
    first.refresh_from_db()
    assert first.menu_order == 0


def test_sectors_are_sorted_by_dragging_or_their_order_field(editor_client):
    one = make_sector(slug="een", order=1)
    two = make_sector(slug="twee", order=2)
    form = editor_client.get(f"/beheer/companies/sector/{one.pk}/change/").content
    assert BeautifulSoup(form, "html.parser").select_one("[name=order]") is not None
    response = editor_client.post(
        "/beheer/companies/sector/adminsortable2_update/",
        json.dumps({"updatedItems": [[two.pk, 1], [one.pk, 2]]}),
        content_type="application/json",
    )
    assert response.status_code == 200
    two.refresh_from_db()
    assert two.order == 1


def test_login_protection_has_a_dutch_name_and_is_not_for_editors(
    editor_client, admin_client
):
    assert "axes" not in editor_client.get("/beheer/").content.decode().lower()
    index = admin_client.get("/beheer/").content.decode()
    assert "Aanmeldbeveiliging" in index
    assert "Aanmeldpogingen" in index
    assert not english_in(index)
