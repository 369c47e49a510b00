"""Loads the demo content; see the load_demo_content command."""

from django.db import transaction

from pages import demo_content
from pages.models import HomePage


def translated(field: str, values: dict[str, str]) -> dict[str, str]:
    """{"title": {"nl": ...}} → {"title_nl": ..., "title_en": ..., ...}"""
    return {f"{field}_{code}": text for code, text in values.items()}


def fields_of(item: dict) -> dict:
    """Plain values as they are; {language: text} dicts as translated fields."""
    out = {}
    for field, value in item.items():
        if isinstance(value, dict):
            out.update(translated(field, value))
        else:
            out[field] = value
    return out


@transaction.atomic
def home_load() -> int:
    """Create the home page's row unless it exists. Returns the number created."""
    if HomePage.objects.exists():
        return 0
    home = HomePage(**fields_of(demo_content.HOME))
    home.full_clean()
    home.save()
    return 1
