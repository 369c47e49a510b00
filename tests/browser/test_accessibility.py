import pytest

from tests.browser.axe import axe_violations
from tests.helpers import LANGUAGES
from tests.public_urls import public_urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_has_no_axe_violations(site, page, language):
    response = page.goto(f"{site.url}/{language}/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_axe_violations(site, page, language):
    found = {}
    for page_type, url in public_urls(language).items():
        response = page.goto(site.url + url)
        assert response.status == 200, url
        violations = axe_violations(page)
        if violations:
            found[page_type] = violations
    assert found == {}


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_no_horizontal_scrolling_at_320_px(site, browser, javascript):
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, java_script_enabled=javascript
    )
    narrow = context.new_page()
    try:
        for url in public_urls("nl").values():
            narrow.goto(site.url + url)
            overflow = narrow.evaluate(
                "document.documentElement.scrollWidth"
                " - document.documentElement.clientWidth"
            )
            assert overflow <= 0, url
    finally:
        context.close()


def test_home_makes_no_request_to_another_origin(site, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site.url}/nl/")
    page.wait_for_load_state("networkidle")
    assert requested, "the page loaded nothing at all"
    foreign = [url for url in requested if not url.startswith(site.url)]
    assert foreign == []


def test_skip_link_is_the_first_focusable_element_and_moves_focus_to_main(site, page):
    page.goto(f"{site.url}/nl/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main-content"
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main-content"


@pytest.mark.parametrize("language", LANGUAGES)
def test_job_count_with_charts_has_no_axe_violations_and_needs_no_javascript(
    site, browser, language
):
    from django.core.management import call_command
    from django.urls import reverse
    from django.utils import translation

    call_command("load_demo_content", "--examples", verbosity=0)
    with translation.override(language):
        url = site.url + reverse("jobcount:page")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        assert page.goto(url).status == 200
        assert page.locator("svg[role=img]").count() == 3
        assert page.locator("table.figures-table, #trend-table").count() >= 3
        assert axe_violations_without_js(browser, url) == []
    finally:
        context.close()


def axe_violations_without_js(browser, url):
    """axe needs script in the page; run it in a normal context on the same page."""
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(url)
        return axe_violations(page)
    finally:
        context.close()
