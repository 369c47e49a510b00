import subprocess
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from tests.helpers import LANGUAGES
from tests.html import soup

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("fr-BE,fr;q=0.9,nl;q=0.5", "/fr/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("nl-BE", "/nl/"),
        ("de-DE,de;q=0.9", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_home_answers_in_each_language_with_the_right_lang(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == language


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_links_lead_to_the_same_page_in_the_other_language(client, language):
    page = soup(client.get(f"/{language}/"))
    switcher = page.select_one("header .language-switcher")
    links = {a["hreflang"]: a["href"] for a in switcher.select("a[hreflang]")}
    assert set(links) == set(LANGUAGES) - {language}
    for code, href in links.items():
        assert href == f"/{code}/"
        other = soup(client.get(href))
        assert other.html["lang"] == code


@pytest.mark.django_db
def test_canonical_and_hreflang_alternates_with_x_default(client):
    page = soup(client.get("/en/"))
    assert page.select_one("link[rel=canonical]")["href"] == "http://testserver/en/"
    alternates = {
        link["hreflang"]: link["href"]
        for link in page.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {
        "nl": "http://testserver/nl/",
        "en": "http://testserver/en/",
        "fr": "http://testserver/fr/",
        "x-default": "http://testserver/nl/",
    }


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_po_files_are_complete_and_compile(language, tmp_path):
    po = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", str(tmp_path / "out.mo"), str(po)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr, result.stderr
    assert "fuzzy" not in result.stderr, result.stderr


def test_ui_strings_are_translated_at_run_time():
    with translation.override("nl"):
        assert translation.gettext("Skip to main content") == (
            "Overslaan en naar de inhoud gaan"
        )
    with translation.override("fr"):
        assert translation.gettext("Page not found") == "Page introuvable"


def test_home_url_has_a_prefix_in_every_language():
    for language in LANGUAGES:
        with translation.override(language):
            assert reverse("pages:home") == f"/{language}/"
