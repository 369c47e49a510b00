"""An object's address in every language, for the switcher, hreflang and sitemaps."""

from django.conf import settings
from django.utils import translation


def alternates_of(obj):
    """The object's own URL in every language."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = obj.get_absolute_url()
    return urls


def hreflang_of(obj, urls):
    """hreflang lists only the languages in which the object has its own text."""
    return {code: url for code, url in urls.items() if obj.has_language(code)}
