"""Browser tests: Playwright for Python driving Debian's Chromium, with axe-core.

Skipped with a reason where /usr/bin/chromium is absent; with REQUIRE_BROWSER=1 (CI)
its absence fails the run instead. Never downloads a browser.
"""

import os

import pytest
from django.core.management import call_command

from tools.chromium import CHROMIUM, CHROMIUM_ARGS

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made
# by the test itself (loading data) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = (
            f"Debian's Chromium is not installed at {CHROMIUM} "
            "(apt-get install chromium)"
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + "; REQUIRE_BROWSER=1 requires it.", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def site(live_server, transactional_db):
    """The live server with the demo content loaded."""
    call_command("load_demo_content", verbosity=0)
    return live_server


@pytest.fixture
def editor_page(site, page):
    """The browser, logged in to the admin as the Redacteurs account (the live
    server's database was flushed: the groups are made again, as the migrations
    make them)."""
    from django.apps import apps
    from django.contrib.auth.models import Group, User

    from core.permissions import EDITOR_GROUP, sync_editor_group

    sync_editor_group(apps)
    password = "een-lang-wachtwoord-voor-tests"
    user = User.objects.create_user(
        "redacteur", "r@example.org", password, is_staff=True
    )
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    page.goto(site.url + "/beheer/login/")
    page.fill("#id_username", "redacteur")
    page.fill("#id_password", password)
    page.locator("input[type=submit]").click()
    page.wait_for_url(site.url + "/beheer/")
    return page


@pytest.fixture
def superuser_page(site, page):
    """The browser, logged in to the admin as a superuser (the flushed live server's
    database has no accounts)."""
    from django.contrib.auth.models import User

    password = "een-lang-wachtwoord-voor-tests"
    User.objects.create_superuser("beheerder", "b@example.org", password)
    page.goto(site.url + "/beheer/login/")
    page.fill("#id_username", "beheerder")
    page.fill("#id_password", password)
    page.locator("input[type=submit]").click()
    page.wait_for_url(site.url + "/beheer/")
    return page
