"""Preview of what is in an admin form, unsaved, in every language (core.preview),
and the staff-only previews of saved drafts."""

import re

import pytest
from django.contrib.auth.models import Permission, User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.db.models.signals import post_save
from django.test import Client
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from core import pagecache
from jobcount.models import Edition, Figure
from pages.models import Page
from tests.factories import image_bytes, make_company, make_page
from tests.helpers import LANGUAGES
from tests.html import soup

pytestmark = pytest.mark.django_db

NEW_TEXT = {"nl": "Nieuwe alinea", "en": "New paragraph", "fr": "Nouveau paragraphe"}


def form_data(response):
    """What the browser would post from the admin's change form, as it is."""
    form = soup(response).select_one("form[id$=_form]")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data.setdefault(name, []).append(field.get_text())
        elif field.name == "select":
            chosen = field.select("option[selected]")
            if not chosen and not field.has_attr("multiple"):
                chosen = field.select("option")[:1]
            data.setdefault(name, []).extend(o.get("value", "") for o in chosen)
        elif field.get("type") in ("submit", "button", "file", "image", "reset"):
            continue
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data.setdefault(name, []).append(field.get("value", ""))
    return data


def published_page():
    return make_page(
        slug="werken",
        title_en="Working",
        slug_en="working",
        title_fr="Travailler",
        slug_fr="travailler",
        body_nl="<p>Oude tekst</p>",
        body_en="<p>Old text</p>",
        body_fr="<p>Ancien texte</p>",
    )


def post_preview(client, change_url, language, **changes):
    data = form_data(client.get(change_url))
    data.update({key: [value] for key, value in changes.items()})
    preview_url = soup(client.get(change_url)).select_one(
        f"button[name=_preview][value={language}]"
    )["formaction"]
    return client.post(preview_url, {**data, "_preview": language})


def preview_url(token, language):
    with translation.override(language):
        return reverse("form_preview", args=[token])


def token_of(location):
    return location.rstrip("/").rsplit("/", 1)[-1]


def changed_page(client, page, language):
    change_url = f"/beheer/pages/page/{page.pk}/change/"
    response = post_preview(
        client,
        change_url,
        language,
        **{f"body_{code}": f"<p>{NEW_TEXT[code]}</p>" for code in LANGUAGES},
    )
    assert response.status_code == 303, response.content.decode()[:2000]
    return response["Location"]


def test_change_form_has_a_preview_button_per_language_after_save(admin_client):
    page = published_page()
    page_soup = soup(admin_client.get(f"/beheer/pages/page/{page.pk}/change/"))
    form = page_soup.select_one("form#page_form")
    buttons = form.select("button[name=_preview]")
    assert [b["value"] for b in buttons] == list(LANGUAGES)
    for button in buttons:
        assert button["formtarget"] == "_blank"
        assert button["formaction"].endswith(f"/{page.pk}/preview/")
    # Save stays the default button (Enter in a field): it comes first.
    submits = form.select("[type=submit]")
    assert submits[0].get("name") != "_preview"
    assert soup(admin_client.get("/beheer/pages/page/add/")).select(
        "form#page_form button[name=_preview]"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_unsaved_change_is_previewed_in_every_language_and_nothing_is_saved(
    admin_client, client, language
):
    page = published_page()
    location = changed_page(admin_client, page, language)
    assert re.fullmatch(r"[-\w]+", token_of(location))
    assert location == preview_url(token_of(location), language)
    response = admin_client.get(location)
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == language
    assert NEW_TEXT[language] in html.select_one("main").get_text()
    banner = html.select_one("main .messages--warning:has(strong)").get_text()
    if language == "en":  # the msgid; Dutch and French come from the .po files
        assert "not saved" in banner
    assert "no-store" in response["Cache-Control"]
    assert html.select_one("meta[name=robots]")["content"].startswith("noindex")
    page.refresh_from_db()
    assert (page.body_nl, page.body_en, page.body_fr) == (
        "<p>Oude tekst</p>",
        "<p>Old text</p>",
        "<p>Ancien texte</p>",
    )
    public = client.get("/nl/werken/").content.decode()
    assert "Oude tekst" in public
    assert "Nieuwe alinea" not in public


def test_preview_leaks_nothing(
    admin_client, django_capture_on_commit_callbacks, settings
):
    # Pages in a cache outside the database (as with Redis): no rollback undoes a
    # clear there.
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    page = published_page()
    generation = pagecache.current_generation()
    versions = Version.objects.get_for_object(page).count()
    called = []

    def schedule(sender, instance, **kwargs):
        transaction.on_commit(lambda: called.append(instance.pk))

    post_save.connect(schedule, sender=Page, dispatch_uid="test-preview-on-commit")
    try:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            location = changed_page(admin_client, page, "nl")
            response = admin_client.get(location)
    finally:
        post_save.disconnect(dispatch_uid="test-preview-on-commit", sender=Page)
    assert "Nieuwe alinea" in response.content.decode()
    assert called == []
    assert callbacks == []
    assert pagecache.current_generation() == generation
    assert Version.objects.get_for_object(page).count() == versions
    assert mail.outbox == []
    search = Client().get("/nl/zoeken/", {"q": "alinea"})
    assert "Testpagina" not in search.content.decode()


def test_token_preview_language_links_stay_in_the_same_preview(admin_client):
    page = published_page()
    location = changed_page(admin_client, page, "nl")
    html = soup(admin_client.get(location))
    token = token_of(location)
    links = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
    assert links == {code: preview_url(token, code) for code in ("en", "fr")}
    assert not html.select("link[rel=alternate]")
    assert html.select_one("link[rel=canonical]")["href"].endswith(location)
    english = admin_client.get(links["en"])
    assert english.status_code == 200
    assert "New paragraph" in english.content.decode()


def test_saved_draft_preview_links_to_its_preview_in_the_other_languages(
    admin_client,
):
    page = make_page(
        slug="concept", title_en="Draft", slug_en="draft", status=Page.Status.DRAFT
    )
    with translation.override("nl"):
        url = page.get_preview_url()
    html = soup(admin_client.get(url))
    links = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
    for code in ("en", "fr"):
        with translation.override(code):
            assert links[code] == reverse("pages:page_preview", kwargs={"pk": page.pk})
        assert admin_client.get(links[code]).status_code == 200
    assert not html.select("link[rel=alternate]")


def test_invalid_form_gives_a_page_with_the_errors(admin_client):
    page = published_page()
    change_url = f"/beheer/pages/page/{page.pk}/change/"
    response = post_preview(admin_client, change_url, "en", title_nl="")
    preview = admin_client.get(response["Location"])
    assert preview.status_code == 200
    assert soup(preview).html["lang"] == "nl"  # the back office's language
    problems = soup(preview).select(".preview-problems li")
    assert problems
    assert any("[nl]" in item.get_text() for item in problems)
    page.refresh_from_db()
    assert page.title_nl == "Testpagina"


def test_add_form_preview_saves_nothing(admin_client):
    data = form_data(admin_client.get("/beheer/pages/page/add/"))
    data.update(
        title_nl=["Nog niet bestaand"], slug_nl=["nog-niet"], body_nl=["<p>Nieuw</p>"]
    )
    response = admin_client.post(
        "/beheer/pages/page/preview/", {**data, "_preview": "nl"}
    )
    preview = admin_client.get(response["Location"])
    assert preview.status_code == 200
    assert "Nog niet bestaand" in soup(preview).select_one("h1").get_text()
    assert not Page.objects.filter(slug_nl="nog-niet").exists()


def test_only_staff_with_change_permission(admin_client):
    page = published_page()
    viewer = User.objects.create_user("kijker", "k@example.org", "x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_page"))
    client = Client()
    client.force_login(viewer, backend="django.contrib.auth.backends.ModelBackend")
    data = form_data(admin_client.get(f"/beheer/pages/page/{page.pk}/change/"))
    refused = client.post(
        f"/beheer/pages/page/{page.pk}/preview/", {**data, "_preview": "nl"}
    )
    assert refused.status_code == 403
    # A token made by someone else is not theirs.
    location = changed_page(admin_client, page, "nl")
    assert client.get(location).status_code == 404
    assert Client().get(location).status_code == 302  # to the login page


def test_editor_who_loses_change_permission_gets_403(editor_client, editor):
    page = published_page()
    location = changed_page(editor_client, page, "nl")
    assert editor_client.get(location).status_code == 200
    editor.groups.clear()
    editor.user_permissions.add(Permission.objects.get(codename="view_page"))
    assert editor_client.get(location).status_code == 403


def test_unknown_or_expired_token_is_404_with_a_message(admin_client):
    response = admin_client.get(preview_url("onbekend", "nl"))
    assert response.status_code == 404
    assert soup(response).select_one("#content-main p").get_text().strip()
    assert "no-store" in response["Cache-Control"]


def test_draft_company_has_a_preview_and_its_form_preview(admin_client, client):
    company = make_company(slug="verborgen", published=False)
    with translation.override("nl"):
        public_url, url = company.get_absolute_url(), company.get_preview_url()
    assert client.get(public_url).status_code == 404
    saved = admin_client.get(url)
    assert saved.status_code == 200
    assert soup(saved).select_one("meta[name=robots]")["content"].startswith("noindex")
    response = post_preview(
        admin_client,
        f"/beheer/companies/company/{company.pk}/change/",
        "fr",
        short_description_fr="Une entreprise d'essai.",
    )
    preview = admin_client.get(response["Location"])
    assert preview.status_code == 200
    assert "Une entreprise d'essai." in preview.content.decode()
    company.refresh_from_db()
    assert not company.short_description_fr


def test_draft_edition_has_a_preview_for_staff_only(admin_client, client):
    edition = Edition.objects.create(year=2031, status=Edition.Status.DRAFT)
    Figure.objects.create(
        edition=edition,
        organisation="Werkplaats",
        work_form="maatwerk",
        people=40,
        target_group=30,
    )
    with translation.override("nl"):
        url = edition.get_preview_url()
    assert client.get(url).status_code == 302
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "2031" in soup(response).select_one("main").get_text()
    assert "Werkplaats" in response.content.decode()


def test_edition_form_preview_shows_changed_figures_unsaved(admin_client):
    edition = Edition.objects.create(year=2032, status=Edition.Status.DRAFT)
    figure = Figure.objects.create(
        edition=edition,
        organisation="Werkplaats",
        work_form="maatwerk",
        people=40,
        target_group=30,
    )
    change_url = f"/beheer/jobcount/edition/{edition.pk}/change/"
    form_page = admin_client.get(change_url)
    assert len(soup(form_page).select("form button[name=_preview]")) == 3
    data = form_data(form_page)
    (prefix,) = {k[: -len("-0-people")] for k in data if k.endswith("-0-people")}
    data[f"{prefix}-0-organisation"] = ["Nieuwe werkplaats"]
    data[f"{prefix}-0-people"] = ["77"]
    response = admin_client.post(
        f"/beheer/jobcount/edition/{edition.pk}/preview/", {**data, "_preview": "en"}
    )
    preview = admin_client.get(response["Location"])
    assert preview.status_code == 200
    assert "Nieuwe werkplaats" in preview.content.decode()
    figure.refresh_from_db()
    assert (figure.organisation, figure.people) == ("Werkplaats", 40)


def test_a_new_image_is_not_kept_and_the_preview_says_so(admin_client):
    page = published_page()
    change_url = f"/beheer/pages/page/{page.pk}/change/"
    data = form_data(admin_client.get(change_url))
    upload = SimpleUploadedFile("nieuw.jpg", image_bytes(), content_type="image/jpeg")
    response = admin_client.post(
        f"/beheer/pages/page/{page.pk}/preview/",
        {**data, "image": upload, "image_alt_nl": "Een foto", "_preview": "nl"},
    )
    preview = admin_client.get(response["Location"])
    assert preview.status_code == 200
    warning = soup(preview).select_one("main .messages--warning:not(:has(strong))")
    assert warning and "nieuw.jpg" in warning.get_text()
    assert not soup(preview).select("main img")
    page.refresh_from_db()
    assert not page.image
