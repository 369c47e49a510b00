"""Every public page type, in every language, from the demo content."""

from django.urls import reverse
from django.utils import translation

from pages.models import Page, Project
from tests.helpers import LANGUAGES

PAGE_KEYS = ("people", "jobs", "city_role", "accessibility", "privacy")


def public_urls(language: str) -> dict[str, str]:
    """{page type: URL} for one language (needs the demo content)."""
    with translation.override(language):
        urls = {"home": reverse("pages:home")}
        for key in PAGE_KEYS:
            urls[key] = Page.objects.get(key=key).get_absolute_url()
        sub_page = Page.objects.published().filter(parent__key="city_role").first()
        urls["sub_page"] = sub_page.get_absolute_url()
        urls["projects"] = reverse("pages:project_list")
        urls["project"] = Project.objects.published().first().get_absolute_url()
        urls["companies"] = reverse("companies:list")
        urls["companies_filtered"] = (
            reverse("companies:list") + "?sector=fietsen&page=1"
        )
        urls["company"] = reverse("companies:detail", kwargs={"slug": "ryhove"})
        urls["buy_social"] = reverse("companies:buy_social")
        urls["quote"] = reverse("companies:need") + "?offering=fietsverhuur"
        urls["search"] = reverse("search") + "?q=fietsen"
        urls["search_empty"] = reverse("search")
        urls["job_count"] = reverse("jobcount:page")
        urls["open_data"] = reverse("jobcount:open_data")
        return urls


def all_public_urls() -> list[str]:
    return [url for language in LANGUAGES for url in public_urls(language).values()]
