"""Language alternates for the switcher, hreflang links and the canonical link."""

import datetime
from decimal import Decimal

from django import template
from django.conf import settings
from django.db.models import Model
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from gentse_se.memo import remember, shared

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


@shared
def _translated_paths(path):
    """translate_url resolves the path once per language: remembered per path while
    the content stays the same (gentse_se.memo)."""
    return {code: translate_url(path, code) for code, _name in settings.LANGUAGES}


def _language_links(paths):
    """The languages for the switcher: code, native name, URL and whether current."""
    current = get_language()
    names = {"nl": "Nederlands", "en": "English", "fr": "Français"}
    return [
        {
            "code": code,
            "name": names.get(code, code),
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


# -- Fragments --------------------------------------------------------------------
# What many addresses share is rendered once per language while the content stays the
# same (gentse_se.memo): the site's header per address, its footer, a card per
# company. Each fragment is rendered from the values named in its key only, so two
# requests with the same key get the same HTML by construction.


_PLAIN = (str, int, float, bool, type(None), Decimal, datetime.date, datetime.time)


def fragment_key(value):
    """A hashable stand-in for a value a fragment is rendered from: a model instance
    by its model and primary key (its rows are the content the token stands for),
    text and numbers as they are, lists and dicts item by item."""
    if isinstance(value, Model):
        return (value._meta.label, value.pk)
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, Promise):  # lazy text: its value in the active language
        return str(value)
    if isinstance(value, list | tuple):
        return tuple(fragment_key(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((k, fragment_key(v)) for k, v in value.items()))
    raise TypeError(f"{type(value).__name__} cannot key a fragment")


def render_fragment(template_name, values):
    """template_name rendered with only these values (as {% include … only %}),
    remembered per values and language while the content stays the same."""
    key = ("fragment", template_name, fragment_key(values))
    return remember(
        key,
        lambda: mark_safe(render_to_string(template_name, values)),  # noqa: S308
    )


@register.simple_tag
def shared_include(template_name, **values):
    """{% shared_include "components/company_card.html" company=company %}: like
    {% include … with … only %}, rendered once per values and language while the
    content stays the same. Only for fragments that read nothing but their values
    (no request, no user)."""
    return render_fragment(template_name, values)


@register.simple_tag(takes_context=True)
def site_header(context):
    """The header (logo, search, language switcher, menu, breadcrumbs), rendered once
    per address, languages and trail while the content stays the same."""
    from gentse_se.context_processors import nav_links

    path = context["request"].path
    return render_fragment(
        "includes/header.html",
        {
            "SITE_NAME": str(context.get("SITE_NAME", "")),
            "nav": nav_links(path),
            "languages": _language_links(_alternate_paths(context)),
            "breadcrumbs": context.get("breadcrumbs") or [],
        },
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered once per language while the content stays the same."""
    from gentse_se.context_processors import legal_links

    return render_fragment("includes/footer.html", {"legal": legal_links()})
