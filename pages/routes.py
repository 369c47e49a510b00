"""The first path segments that the site's own routes use, per language."""

from functools import cache

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation


def _first_segments(patterns):
    for entry in patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver) and route == "":
            yield from _first_segments(entry.url_patterns)
            continue
        segment = route.split("/")[0]
        if (
            segment
            and not segment.startswith("<")
            and isinstance(entry, URLPattern | URLResolver)
        ):
            yield segment


@cache
def reserved_segments(language: str) -> frozenset[str]:
    """Segments a top-level page may not take in this language (they are routes)."""
    with translation.override(language):
        for entry in get_resolver().url_patterns:
            if isinstance(entry, URLResolver) and isinstance(
                entry.pattern, LocalePrefixPattern
            ):
                return frozenset(_first_segments(entry.url_patterns))
    return frozenset()
