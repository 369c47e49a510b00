"""The strict Content-Security-Policy breaks nothing: no violation on any page type,
and the admin's rich-text editor still loads."""

from django.contrib.auth.models import User

from tests.public_urls import public_urls


def _watch_csp(page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return violations


def test_no_csp_violation_on_any_public_page_type(site, page):
    violations = _watch_csp(page)
    for url in public_urls("nl").values():
        page.goto(site.url + url)
        page.wait_for_load_state("load")
    assert violations == []


def test_admin_editor_works_under_its_policy(site, page):
    User.objects.create_superuser("beheer", "b@example.org", "een-lang-test-wachtwoord")
    violations = _watch_csp(page)
    page.goto(site.url + "/beheer/login/")
    page.fill("#id_username", "beheer")
    page.fill("#id_password", "een-lang-test-wachtwoord")
    page.click("input[type=submit]")
    page.goto(site.url + "/beheer/pages/page/add/")
    page.wait_for_load_state("networkidle")
    # The prose editor replaced the textarea with its editing surface.
    assert page.locator(".ProseMirror").count() >= 1
    # modeltranslation's language tabs were built by jQuery UI.
    assert page.locator(".ui-tabs-nav").count() >= 1
    assert violations == []
