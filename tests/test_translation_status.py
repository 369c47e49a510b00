"""Translation status per item, language and field (core.translation_status)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.admin.models import LogEntry

from companies.models import Sector
from pages.models import Page
from tests.factories import make_page
from tests.html import form_data

pytestmark = pytest.mark.django_db

CHANGE = "/beheer/pages/page/{pk}/change/"
LIST = "/beheer/pages/page/"


def translated_page(**overrides):
    values = {
        "title_en": "Test page",
        "title_fr": "Page de test",
        "summary_en": "A short summary.",
        "summary_fr": "Un court résumé.",
        "body_en": "<p>Text of the page.</p>",
        "body_fr": "<p>Texte de la page.</p>",
        "status": Page.Status.DRAFT,
    }
    return make_page(**(values | overrides))


def state(obj):
    obj.refresh_from_db()
    return obj.translation_state


def test_complete_when_every_field_is_translated():
    page = translated_page()
    assert state(page)["outdated"] == {"en": [], "fr": []}
    assert state(page)["missing"] == {"en": [], "fr": []}
    assert not any(state(page)[f] for f in ("en_missing", "fr_missing"))


def test_incomplete_names_the_missing_fields_not_only_the_title():
    page = make_page(title_en="Test page", title_fr="Page de test")
    assert state(page)["missing"]["en"] == ["body", "summary"]
    assert state(page)["en_missing"] is True
    # A field empty in Dutch too is not missing (an image text without an image).
    assert "image_alt" not in state(page)["missing"]["fr"]


def test_empty_rich_text_counts_as_missing():
    page = translated_page(body_fr="<p> </p>")
    assert state(page)["missing"]["fr"] == ["body"]


def test_changing_the_dutch_makes_that_field_outdated_in_each_language():
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.save()
    assert state(page)["outdated"] == {"en": ["summary"], "fr": ["summary"]}
    assert state(page)["fr_outdated"] is True


def test_translating_after_the_dutch_changed_makes_it_current():
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.save()
    page.summary_fr = "Un autre résumé."
    page.save()
    assert state(page)["outdated"] == {"en": ["summary"], "fr": []}


def test_changing_dutch_and_translation_together_counts_as_translated():
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.summary_en = "Another summary."
    page.save()
    assert state(page)["outdated"]["en"] == []
    assert state(page)["outdated"]["fr"] == ["summary"]


def test_a_changed_link_or_markup_in_dutch_does_not_outdate_translations():
    page = translated_page(body_nl='<p>Lees <a href="https://a.example">dit</a>.</p>')
    page.body_nl = '<p>Lees <a href="https://b.example"><strong>dit</strong></a>.</p>'
    page.save()
    assert state(page)["outdated"] == {"en": [], "fr": []}


def test_saving_with_update_fields_keeps_the_status_current():
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.save(update_fields=["summary_nl"])
    assert state(page)["outdated"]["en"] == ["summary"]


def test_terms_are_tracked_too():
    sector = Sector.objects.create(
        slug="groen", name_nl="Groen", name_en="Green", order=1
    )
    assert state(sector)["missing"]["fr"] == ["name"]
    sector.name_nl = "Groenonderhoud"
    sector.save()
    assert state(sector)["outdated"]["en"] == ["name"]


def test_list_shows_the_status_and_filters_on_it(admin_client):
    outdated = translated_page(slug="verouderd", title_nl="Verouderde pagina")
    outdated.summary_nl = "Een andere samenvatting."
    outdated.save()
    translated_page(slug="compleet", title_nl="Complete pagina")
    page = BeautifulSoup(admin_client.get(LIST).content, "html.parser")
    cells = {
        row.find("th").get_text(strip=True): row.find(
            "td", class_="field-languages_filled"
        )
        for row in page.select("#result_list tbody tr")
    }
    assert cells["Verouderde pagina"].get_text() == "EN: verouderd; FR: verouderd"
    assert cells["Complete pagina"].get_text() == "EN: volledig; FR: volledig"
    filtered = admin_client.get(LIST, {"translation": "fr_outdated"}).content.decode()
    assert "Verouderde pagina" in filtered and "Complete pagina" not in filtered
    complete = admin_client.get(LIST, {"translation": "complete"}).content.decode()
    assert "Complete pagina" in complete and "Verouderde pagina" not in complete


def test_form_marks_the_outdated_field_and_shows_the_dutch_beside_it(admin_client):
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.save()
    form = BeautifulSoup(
        admin_client.get(CHANGE.format(pk=page.pk)).content, "html.parser"
    )
    field = form.find(id="id_summary_fr")
    assert field["data-translation-mark"] == "verouderd"
    assert not form.find(id="id_title_fr").has_attr("data-translation-mark")
    help_text = form.find(id="id_summary_fr_helptext")
    assert "Verouderd" in help_text.get_text()
    source = help_text.find("details", class_="translation-source")
    assert source.has_attr("open")
    assert source.find("p", lang="nl").get_text() == "Een andere samenvatting."


def test_form_marks_a_missing_translation(admin_client):
    page = make_page(title_en="Test page")
    form = BeautifulSoup(
        admin_client.get(CHANGE.format(pk=page.pk)).content, "html.parser"
    )
    assert form.find(id="id_summary_en")["data-translation-mark"] == "ontbreekt"
    assert form.find(id="id_title_fr")["data-translation-mark"] == "ontbreekt"


def test_mark_as_checked_clears_outdated_without_changing_text(admin_client):
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.save()
    version = page.version
    url = f"/beheer/pages/page/{page.pk}/translation-checked/fr/"
    form = BeautifulSoup(
        admin_client.get(CHANGE.format(pk=page.pk)).content, "html.parser"
    )
    assert form.find("form", action=url), "the change form offers the button"
    assert admin_client.get(url).status_code == 405
    response = admin_client.post(url)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.summary_fr == "Un court résumé."
    assert page.version == version
    assert page.translation_state["outdated"] == {"en": ["summary"], "fr": []}
    entry = LogEntry.objects.get(object_id=str(page.pk))
    assert entry.user.username == "admin"
    assert (
        entry.get_change_message() == "De vertaling Frans is gemarkeerd als nagekeken."
    )


def test_marked_as_checked_stays_checked_when_an_open_form_is_saved(admin_client):
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.save()
    data = form_data(admin_client, CHANGE.format(pk=page.pk))
    admin_client.post(f"/beheer/pages/page/{page.pk}/translation-checked/en/")
    data["title_nl"] = ["Testpagina, nieuwe titel"]
    data["title_en"] = ["Test page, new title"]
    data["_save"] = ["1"]
    response = admin_client.post(CHANGE.format(pk=page.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert state(page)["outdated"] == {"en": [], "fr": ["summary", "title"]}


def test_mark_as_checked_needs_change_permission(
    client, admin_client, django_user_model
):
    page = translated_page()
    viewer = django_user_model.objects.create_user("kijker", is_staff=True)
    client.force_login(viewer)
    url = f"/beheer/pages/page/{page.pk}/translation-checked/fr/"
    assert client.post(url).status_code == 403
    # Dutch is the source and "xx" no language of the site: nothing to mark.
    for lang in ("nl", "xx"):
        url = f"/beheer/pages/page/{page.pk}/translation-checked/{lang}/"
        assert admin_client.post(url).status_code == 403
    assert LogEntry.objects.count() == 0


def test_list_action_marks_several_as_checked(admin_client):
    pages = [translated_page(slug=f"p{i}", title_nl=f"Pagina {i}") for i in range(2)]
    for page in pages:
        page.summary_nl = "Een andere samenvatting."
        page.save()
    response = admin_client.post(
        LIST,
        {
            "action": "mark_translation_checked_en",
            "_selected_action": [p.pk for p in pages],
        },
    )
    assert response.status_code == 302
    assert [state(p)["outdated"]["en"] for p in pages] == [[], []]
    assert [state(p)["outdated"]["fr"] for p in pages] == [["summary"], ["summary"]]


def test_dashboard_counts_outdated_and_missing(admin_client):
    page = translated_page()
    page.summary_nl = "Een andere samenvatting."
    page.save()
    make_page(slug="zonder-vertaling", title_nl="Zonder vertaling")
    index = BeautifulSoup(admin_client.get("/beheer/").content, "html.parser")
    links = {
        a["href"]: a.find_parent("li").get_text(" ", strip=True)
        for a in index.select("[aria-labelledby=attention-heading] li a")
    }
    outdated = links[f"{LIST}?translation=fr_outdated"]
    assert outdated.startswith("Pagina's: Frans verouderd") and outdated.endswith("1")
    missing = links[f"{LIST}?translation=en_missing"]
    assert missing.endswith("1")
