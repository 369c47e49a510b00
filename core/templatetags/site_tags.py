"""Language alternates for the switcher, hreflang links and the canonical link."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

register = template.Library()


def _alternate_paths(context):
    """{language code: path} of the current page in every language that has it.

    A view may put ``alternate_urls`` in the context (objects with translated slugs,
    or pages that exist in some languages only); otherwise the current URL is
    translated with Django's ``translate_url``.
    """
    given = context.get("alternate_urls")
    if given is not None:
        return given
    return _translated_paths(context["request"].path)


def _translated_paths(path):
    return {code: translate_url(path, code) for code, _name in settings.LANGUAGES}


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages for the switcher: code, native name, URL and whether current."""
    paths = _alternate_paths(context)
    current = get_language()
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"].capitalize(),
            "url": paths[code],
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
        if code in paths
    ]


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """Absolute URLs for <link rel=alternate hreflang>, plus x-default (Dutch)."""
    request = context["request"]
    paths = context.get("hreflang_urls")
    if paths is None:
        paths = _alternate_paths(context)
    links = [
        {"hreflang": code, "href": request.build_absolute_uri(path)}
        for code, path in paths.items()
    ]
    default = paths.get(settings.LANGUAGE_CODE)
    if default:
        links.append(
            {"hreflang": "x-default", "href": request.build_absolute_uri(default)}
        )
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context["request"]
    return request.build_absolute_uri(request.path)


@register.filter
def lang_attr(obj, field):
    """` lang="nl"` when the field is shown in its Dutch fallback, else nothing.

    modeltranslation falls back to Dutch when the active language's text is empty;
    screen readers must then read it as Dutch.
    """
    language = get_language()
    if language == settings.LANGUAGE_CODE or getattr(obj, f"{field}_{language}", ""):
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')


_JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld_safe(value):
    """JSON for a <script type="application/ld+json">: no way out of the element."""
    return mark_safe(str(value).translate(_JSON_LD_ESCAPES))


@register.filter
def display_url(url):
    """https://www.ryhove.be/ → ryhove.be: a web address as people say it."""
    text = str(url)
    for prefix in ("https://", "http://", "www."):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text.rstrip("/")
