"""The readability hint updates while an editor types (core/readability.py and
static/js/readability.js); the figures come from the server (textstat)."""

from django.core.management import call_command
from playwright.sync_api import expect

from pages.models import Page

TEXT = (
    "De stad Gent helpt mensen aan werk. Veel bedrijven in Gent nemen mensen aan die "
    "steun nodig hebben. Zij leren een vak en verdienen een loon. Op deze pagina ziet "
    "u wie ze zijn en wat ze doen. Zo vindt u snel een bedrijf bij u in de buurt."
)


def test_typing_updates_the_hint(superuser_page, site):
    call_command("readability_data", verbosity=0)
    page = superuser_page
    item = Page.objects.first()
    page.goto(f"{site.url}/beheer/pages/page/{item.pk}/change/")
    field = page.locator("#id_summary_nl")
    hint = page.locator('[data-readability-for="id_summary_nl"]')
    expect(hint).to_have_attribute("aria-live", "polite")
    field.fill("Kort.")
    field.press("End")
    expect(hint).not_to_contain_text("Flesch", timeout=5000)
    field.fill(TEXT)
    field.press("End")
    expect(hint).to_contain_text("Flesch-Douma", timeout=5000)
