"""Every aria-describedby, aria-labelledby, aria-controls and label[for] points at an
element that exists: on every public page type in every language, on the form with
its errors shown, and on the admin pages an editor uses. (axe does not report an
aria-describedby that points nowhere; screen readers then read nothing.)"""

import pytest
from django.urls import reverse
from django.utils import translation

from companies.models import Company, Offering, QuoteRequest, Sector
from jobcount.models import Edition
from pages.models import HomePage, Page, Project
from tests.helpers import LANGUAGES
from tests.html import broken_references, soup
from tests.public_urls import all_public_urls


def test_public_pages_refer_only_to_elements_that_exist(client, demo_content):
    for url in all_public_urls():
        response = client.get(url)
        assert broken_references(soup(response)) == [], url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_with_its_errors_refers_only_to_elements_that_exist(
    client, demo_content, language
):
    with translation.override(language):
        url = reverse("companies:need")
    response = client.post(url, {"email": "not-an-address", "phone": "x\ny"})
    page = soup(response)
    assert page.select("[aria-invalid=true]"), "the errors are shown"
    assert broken_references(page) == []
    described = page.find(id="id_email")["aria-describedby"].split()
    assert "id_email_helptext" in described and "id_email_error" in described


def _admin_urls():
    urls = [reverse("admin:index")]
    for model in (Page, Project, HomePage, Company, Sector, Offering, Edition):
        meta = model._meta
        urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        if model is not HomePage:  # one row, made by the demo content
            urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
        first = model.objects.order_by("pk").first()
        if first is not None:
            urls.append(
                reverse(
                    f"admin:{meta.app_label}_{meta.model_name}_change",
                    args=[first.pk],
                )
            )
    urls.append(reverse("admin:companies_quoterequest_changelist"))
    return urls


def test_the_admin_pages_an_editor_uses_refer_only_to_elements_that_exist(
    editor_client, demo_content
):
    QuoteRequest.objects.create(
        company=Company.objects.first(),
        name="A",
        organisation="O",
        email="a@example.org",
        message="Vraag",
        consent=True,
    )
    broken = {}
    for url in _admin_urls():
        response = editor_client.get(url)
        assert response.status_code == 200, url
        if found := broken_references(soup(response)):
            broken[url] = found
    assert broken == {}


def test_every_article_and_section_has_a_name_of_its_own(client, demo_content):
    """Landmark-like elements in a list each carry their own accessible name (their
    heading), never the same one."""
    for url in all_public_urls():
        page = soup(client.get(url))
        names = []
        for element in page.select("main article[aria-labelledby]"):
            target = page.find(id=element["aria-labelledby"])
            names.append(target.get_text(" ", strip=True))
        assert len(names) == len(set(names)), (url, names)
        for element in page.select("main li > article"):
            assert element.get("aria-labelledby"), (url, str(element)[:80])
