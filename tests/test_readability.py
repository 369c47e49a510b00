"""Readability while writing (core.readability): textstat's figures, shown in the
admin form without JavaScript, a soft warning on save, a JSON endpoint, no network."""

import socket

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.management import call_command
from textstat.textstat import textstatistics

from core.readability import readability_score
from tests.factories import make_page
from tests.html import form_data

pytestmark = pytest.mark.django_db

NL = (
    "De stad Gent helpt mensen aan werk. Veel bedrijven in Gent nemen mensen aan die "
    "steun nodig hebben. Zij leren een vak en verdienen een loon. Sociale bedrijven "
    "werken samen met de stad om iedereen een eerlijke kans op de arbeidsmarkt te "
    "geven. Op deze pagina ziet u wie ze zijn en wat ze doen."
)
EN = (
    "The city helps people find work. Many firms in Ghent hire people who need "
    "support. They learn a trade and earn a wage. Social firms work with the city to "
    "give each person a fair chance on the job market. This page shows who they are "
    "and what they do."
)
FR = (
    "La ville de Gand aide les gens à trouver du travail. Beaucoup d'entreprises à "
    "Gand engagent des personnes qui ont besoin de soutien. Elles apprennent un "
    "métier et gagnent un salaire. Les entreprises sociales travaillent avec la ville "
    "pour donner à chacun une vraie chance. Cette page montre qui elles sont."
)
HARD = (
    "Overeenkomstig de toepasselijke reglementaire bepalingen inzake "
    "arbeidsmarktintegratie worden maatwerkbedrijven verondersteld "
    "doelgroepwerknemers met een arbeidshandicap duurzame tewerkstellingstrajecten "
    "aan te bieden, waarbij individuele begeleidingsverplichtingen, "
    "competentieversterkende opleidingsinitiatieven en administratieve "
    "rapporteringsverplichtingen ten aanzien van de bevoegde overheidsinstanties "
    "onverminderd van toepassing blijven gedurende de volledige "
    "tewerkstellingsperiode."
)
# The published constants: Flesch (1948), Douma (1960), Kandel & Moles (1958).
CONSTANTS = {
    "en": (206.835, 1.015, 84.6),
    "nl": (206.835, 0.93, 77),
    "fr": (207, 1.015, 73.6),
}


@pytest.fixture(autouse=True)
def cmudict_installed():
    call_command("readability_data", verbosity=0)


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(("lang", "text"), [("nl", NL), ("en", EN), ("fr", FR)])
def test_scores_are_the_librarys_figures(lang, text, no_network):
    ts = textstatistics()
    ts.set_lang(lang)
    base, per_sentence, per_syllable = CONSTANTS[lang]
    words = ts.lexicon_count(text)
    sentences = ts.sentence_count(text)
    expected = (
        base
        - per_sentence * words / sentences
        - per_syllable * ts.syllable_count(text) / words
    )
    assert ts.flesch_reading_ease(text) == pytest.approx(expected)
    result = readability_score(text, lang)
    assert result["score"] == round(expected, 1)
    assert result["words"] == words
    assert result["sentences"] == sentences == 5
    assert result["reading_minutes"] == 1


def test_rich_text_blocks_end_sentences():
    html = (
        "<h2>Werk in Gent</h2><ul><li>"
        + "</li><li>".join(NL.split(". "))
        + "</li></ul>"
    )
    assert readability_score(html, "nl")["sentences"] == 6


def test_short_texts_get_no_score():
    result = readability_score("Een korte tekst.", "nl")
    assert result["score"] is None
    assert "Too short" in result["reason"] or "te kort" in result["reason"].lower()


def test_hard_text_is_below_the_threshold_and_quoted(settings):
    result = readability_score(HARD, "nl")
    assert result["low"]
    assert result["longest"][0].startswith("Overeenkomstig")
    assert len(result["longest"][0]) <= 120
    settings.READABILITY_MIN_SCORE = {"nl": -1000}
    assert not readability_score(HARD, "nl")["low"]


def change_url(obj):
    return f"/beheer/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def test_the_hint_is_in_the_form_without_javascript(admin_client):
    page = make_page(summary_nl=NL)
    html = BeautifulSoup(admin_client.get(change_url(page)).content, "html.parser")
    hint = html.select_one('[data-readability-for="id_summary_nl"]')
    assert hint is not None
    assert hint["aria-live"] == "polite"
    assert str(readability_score(NL, "nl")["score"]) in hint.text.replace(",", ".")
    textarea = html.find(id="id_summary_nl")
    assert textarea["data-readability-lang"] == "nl"
    assert html.select_one('[data-readability-for="id_title_nl"]') is None
    assert html.find("script", src=lambda s: s and "readability.js" in s)


def test_a_save_below_the_threshold_warns_but_saves(admin_client):
    page = make_page(summary_nl=NL)
    data = form_data(admin_client, change_url(page))
    data["body_nl"] = [f"<p>{HARD}</p>"]
    data["_save"] = ["1"]
    response = admin_client.post(change_url(page), data, follow=True)
    assert response.status_code == 200
    page.refresh_from_db()
    assert HARD in page.body_nl
    warnings = [
        str(m) for m in response.context["messages"] if m.level_tag == "warning"
    ]
    assert len(warnings) == 1
    assert "text" in warnings[0].lower() or "tekst" in warnings[0].lower()


URL = "/beheer/pages/page/readability/"


def test_the_endpoint_scores_with_the_library(admin_client, no_network):
    for lang, text in (("nl", NL), ("en", EN), ("fr", FR)):
        response = admin_client.post(URL, {"text": text, "lang": lang})
        assert response.status_code == 200
        data = response.json()
        assert data["score"] == readability_score(text, lang)["score"]
        assert 'aria-live="polite"' in data["html"]


def test_the_endpoint_refuses_bad_input(admin_client):
    assert admin_client.post(URL, {"text": NL, "lang": "de"}).status_code == 400
    assert admin_client.post(URL, {"lang": "nl"}).status_code == 400
    assert admin_client.get(URL).status_code == 400
    assert (
        admin_client.post(URL, {"text": "a " * 30_000, "lang": "nl"}).status_code == 400
    )


def test_the_endpoint_needs_staff_permission_and_csrf(client, admin_user):
    assert client.post(URL, {"text": NL, "lang": "nl"}).status_code == 302  # to login
    staff = User.objects.create_user(
        "staff", password="x-lang-wachtwoord", is_staff=True
    )
    client.force_login(staff)
    assert client.post(URL, {"text": NL, "lang": "nl"}).status_code == 403
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(admin_user)
    assert strict.post(URL, {"text": NL, "lang": "nl"}).status_code == 403


def test_the_editor_group_may_use_it(editor_client):
    assert editor_client.post(URL, {"text": NL, "lang": "nl"}).status_code == 200
