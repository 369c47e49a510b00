import pytest
from django.core.management import call_command

from pages.models import HomePage
from tests.html import soup


@pytest.mark.django_db
def test_demo_content_loads_twice_without_change():
    call_command("load_demo_content", verbosity=0)
    first = list(HomePage.objects.values())
    call_command("load_demo_content", verbosity=0)
    assert list(HomePage.objects.values()) == first


@pytest.mark.django_db
def test_demo_content_never_overwrites_an_editors_change(client):
    call_command("load_demo_content", verbosity=0)
    home = HomePage.load()
    home.title_nl = "Werken in de Gentse sociale economie"
    home.save()
    call_command("load_demo_content", verbosity=0)
    assert HomePage.load().title_nl == "Werken in de Gentse sociale economie"
    assert soup(client.get("/nl/")).h1.get_text(strip=True) == (
        "Werken in de Gentse sociale economie"
    )


@pytest.mark.django_db
def test_home_falls_back_to_dutch_marked_as_dutch(client):
    call_command("load_demo_content", verbosity=0)
    home = HomePage.load()
    home.intro_fr = ""
    home.save()
    page = soup(client.get("/fr/"))
    intro = page.select_one(".home-intro__text")
    assert "sociale economie" in intro.get_text()
    assert intro["lang"] == "nl"


@pytest.mark.django_db
def test_home_page_is_a_single_row():
    call_command("load_demo_content", verbosity=0)
    other = HomePage(title_nl="Nog een", intro_nl="x", key_figure_nl="1")
    other.save()  # save() keeps the one row
    assert HomePage.objects.count() == 1


def test_admin_edits_home_page_with_language_tabs_and_local_jquery_ui(admin_client):
    call_command("load_demo_content", verbosity=0)
    response = admin_client.get("/beheer/pages/homepage/1/change/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="title_nl"' in html and 'name="title_fr"' in html
    assert "tabbed_translation_fields.js" in html
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html
    assert 'lang="nl"' in html  # the back office speaks Dutch


def test_admin_speaks_dutch_whatever_the_browser_asks(admin_client):
    response = admin_client.get("/beheer/", headers={"accept-language": "en"})
    assert "Beheer" in response.content.decode()
    assert response.content.decode().count('lang="nl"') >= 1
