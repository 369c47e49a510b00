"""Whether an item's address is taken by one of the site's fixed routes: a project
with the slug "feed" would live at projects/feed/, where the projects' Atom feed is.
Django resolves the first matching pattern, so the item would be unreachable; its
form says so instead (by URL name, so that the apps need not import each other)."""

from django.urls import Resolver404, resolve, reverse
from django.utils import translation


def route_taken(url_name: str, language: str, **kwargs) -> bool:
    """True when the address of url_name with kwargs, in language, leads elsewhere."""
    with translation.override(language):
        path = reverse(url_name, kwargs=kwargs)
        try:
            return resolve(path).view_name != url_name
        except Resolver404:
            return False
