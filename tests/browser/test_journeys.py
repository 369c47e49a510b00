"""Journeys without JavaScript and by keyboard alone."""

import re

from companies.models import QuoteRequest


def test_without_javascript_a_visitor_can_do_everything(site, browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 800}
    )
    page = context.new_page()
    try:
        page.goto(site.url + "/nl/")
        # The main navigation is reachable on a phone without JavaScript.
        nav_link = page.locator("nav.menu > ul a", has_text="De bedrijven")
        assert nav_link.is_visible()
        nav_link.click()
        assert page.url.endswith("/nl/bedrijven/")
        # Switch language: the same page in English.
        page.locator(".language-switcher a[hreflang=en]").first.click()
        assert page.url.endswith("/en/companies/")
        # Filter: tick a sector and show the results.
        total = page.locator(".company-list > li").count()
        page.locator("label[for=sector-fietsen]").click()
        page.locator(".company-filters button[type=submit]").click()
        assert "sector=fietsen" in page.url
        assert 0 < page.locator(".company-list > li").count() < total
        # Paginate with a search kept.
        page.goto(site.url + "/nl/bedrijven/?q=e")
        page.locator(".pager a[href*='page=2']").filter(has_text="2").first.click()
        assert "page=2" in page.url and "q=e" in page.url
        assert page.locator(".company-list > li").count() > 0
        # Search the site.
        page.goto(site.url + "/nl/zoeken/")
        page.fill("#search-q", "fietsen")
        page.locator("main form.search input[type=submit]").click()
        assert page.locator(".search-results li").count() > 0
        # Describe a need in the catalogue and send it.
        page.goto(site.url + "/nl/koop-sociaal/")
        page.locator("label[for=need-fietsverhuur]").click()
        page.locator(".catalogue-need button[type=submit]").first.click()
        assert page.is_checked("input[name=offerings][checked]")
        page.fill("#id_name", "An Peeters")
        page.fill("#id_organisation", "Dienst Feestelijkheden")
        page.fill("#id_email", "an@example.be")
        page.fill("#id_message", "Fietsen voor 20 mensen, een week lang.")
        page.locator("label[for=id_consent]").click()
        page.locator(".quote-form button[type=submit]").click()
        assert "/koop-sociaal/aanvraag/verzonden/" in page.url
        assert QuoteRequest.objects.filter(
            organisation="Dienst Feestelijkheden"
        ).exists()
    finally:
        context.close()


def test_keyboard_skip_link_mobile_menu_filters_and_forms(site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        page.goto(site.url + "/nl/")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skiplink"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main-content"

        # The style guide's mobile menu: opened, used and closed by keyboard.
        page.goto(site.url + "/nl/")
        toggle = page.locator("nav.menu button.toggle")
        assert toggle.is_visible()
        toggle.focus()
        page.keyboard.press("Enter")
        menu = page.locator("#header-menu")
        page.wait_for_timeout(300)
        assert toggle.get_attribute("aria-expanded") == "true"
        for _ in range(3):
            page.keyboard.press("Tab")
            assert page.evaluate(
                "document.getElementById('header-menu').contains(document.activeElement)"
            ), "focus left the open menu"
        page.keyboard.press("Escape")
        page.wait_for_timeout(300)
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not menu.locator(".menu-links a").first.is_visible()

        # Filters by keyboard: focus a checkbox, Space ticks it, Enter sends the form.
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(site.url + "/nl/bedrijven/")
        page.focus("#sector-fietsen")
        page.keyboard.press("Space")
        assert page.is_checked("#sector-fietsen")
        page.focus("#filter-q")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"sector=fietsen"))

        # A form by keyboard: errors come back with focusable links to each field.
        page.goto(site.url + "/nl/koop-sociaal/aanvraag/")
        page.focus("#id_name")
        page.keyboard.type("An")
        page.focus(".quote-form button[type=submit]")
        page.keyboard.press("Enter")
        page.wait_for_load_state("load")
        link = page.locator("#form-errors a").first
        link.focus()
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.tagName") in ("INPUT", "TEXTAREA")
    finally:
        context.close()
