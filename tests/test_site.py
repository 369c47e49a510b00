"""Site-wide properties of every public page."""

import re

import pytest
from django.conf import settings

from tests.helpers import LANGUAGES
from tests.html import foreign_resources, soup
from tests.public_urls import all_public_urls


@pytest.fixture
def public_pages(client, demo_content):
    return {url: client.get(url) for url in all_public_urls()}


def test_the_walk_covers_every_page_type_in_every_language(demo_content):
    urls = all_public_urls()
    assert len(urls) == len(set(urls)) == 27 * len(LANGUAGES)
    assert "/nl/mensen/" in urls and "/en/people/" in urls and "/fr/personnes/" in urls
    assert "/fr/role-de-la-ville/" in urls and "/en/accessibility/" in urls


def test_every_page_but_home_has_a_breadcrumb_starting_at_home(public_pages):
    for url, response in public_pages.items():
        crumbs = soup(response).select("nav.breadcrumb li")
        if url in ("/nl/", "/en/", "/fr/"):
            assert crumbs == [], url
            continue
        assert len(crumbs) >= 2, url
        assert crumbs[0].a["href"] == f"/{url.split('/')[1]}/", url


def test_headings_are_in_order(public_pages):
    for url, response in public_pages.items():
        levels = [
            int(h.name[1]) for h in soup(response).find_all(re.compile("^h[1-6]$"))
        ]
        assert levels[0] == 1, url
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, (url, levels)


def test_every_public_page_answers_200_with_one_h1(public_pages):
    for url, response in public_pages.items():
        assert response.status_code == 200, url
        assert len(soup(response).find_all("h1")) == 1, url


def test_every_public_page_has_one_main_a_skip_link_first_and_the_right_lang(
    public_pages,
):
    for url, response in public_pages.items():
        page = soup(response)
        assert len(page.find_all("main")) == 1, url
        first_link = page.body.find("a")
        assert first_link["href"] == "#main-content", url
        assert page.find(id="main-content").name == "main", url
        assert page.html["lang"] == url.split("/")[1], url


def test_no_page_loads_anything_from_another_origin(public_pages):
    for url, response in public_pages.items():
        assert foreign_resources(soup(response)) == [], url


def test_public_pages_set_no_cookie(public_pages):
    for url, response in public_pages.items():
        if "/aanvraag/" in url or "/request/" in url or "/demande/" in url:
            continue  # the quote form: the one page with a (CSRF) cookie
        assert response.cookies == {}, url
        assert "Set-Cookie" not in response.headers, url


def test_style_guide_css_loads_nothing_from_another_origin():
    path = settings.BASE_DIR / "build/static/gent/css/main.css"
    css = path.read_text()
    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
    assert len(urls) > 20  # fonts, icons, illustrations: all found
    foreign = [url for url in urls if not url.startswith(("data:", "../"))]
    assert foreign == []
    assert "@import" not in css
    # make assets: every file it names is there, and the fonts are woff2 only.
    files = [re.split(r"[?#]", url)[0] for url in urls if url.startswith("../")]
    assert [name for name in files if not (path.parent / name).is_file()] == []
    fonts = [name for name in files if "/fonts/" in name]
    assert fonts and all(name.endswith(".woff2") for name in fonts)


def test_home_shows_the_key_figure_and_its_source(client, demo_content):
    page = soup(client.get("/nl/"))
    figure = page.select_one(".key-figure")
    assert "zo'n 1400" in figure.get_text()
    assert "Stad Gent" in figure.select_one(".key-figure__source").get_text()


def test_404_page_in_the_site_look_and_visitor_language(client, db):
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "fr"
    assert page.h1.get_text(strip=True) == "Page introuvable"
    assert page.select_one("header.header .site-logo")


def test_500_page_needs_no_database(rf):
    from gentse_se.views import server_error

    # No database fixture: any query here would raise.
    response = server_error(rf.get("/nl/"))
    assert response.status_code == 500
    assert b"<h1>" in response.content


def test_indexable_pages_have_unique_titles_and_descriptions(public_pages):
    seen_titles, seen_descriptions = {}, {}
    for url, response in public_pages.items():
        page = soup(response)
        robots = page.select_one("meta[name=robots]")
        if robots and "noindex" in robots["content"]:
            continue
        title = page.title.get_text(strip=True)
        description = page.select_one("meta[name=description]")["content"].strip()
        assert description, url
        assert title not in seen_titles, (url, seen_titles.get(title))
        assert description not in seen_descriptions, (
            url,
            seen_descriptions.get(description),
        )
        seen_titles[title] = seen_descriptions[description] = url


def test_open_graph_and_canonical_match_the_sitemap(client, public_pages):
    sitemap = client.get("/sitemap.xml").content.decode()
    for url, response in public_pages.items():
        page = soup(response)
        canonical = page.select_one("link[rel=canonical]")["href"]
        assert page.select_one("meta[property='og:url']")["content"] == canonical
        assert page.select_one("meta[property='og:title']")["content"]
        robots = page.select_one("meta[name=robots]")
        if "?" not in url and not (robots and "noindex" in robots["content"]):
            assert f"<loc>{canonical}</loc>" in sitemap, url
            for link in page.select("link[rel=alternate][hreflang]"):
                if link["hreflang"] != "x-default":
                    assert link["href"] in sitemap, (url, link["href"])


def test_an_unknown_admin_address_is_the_admins_own_404(admin_client):
    # Not a redirect to the same address under /nl/, where the public site answers.
    response = admin_client.get("/beheer/pages/geen-model/")
    assert response.status_code == 404
