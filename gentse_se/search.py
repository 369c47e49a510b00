"""Site search over pages, projects and companies in the active language.

PostgreSQL: full-text search with a Dutch, English or French configuration that also
ignores accents (unaccent; see pages/migrations/*_search_configurations.py), title
weighted above summary above body, ranked, with a highlighted snippet.
Elsewhere (SQLite): a simpler search in Python with the same interface: accents and
case ignored, common plural endings folded, the same weights.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import BooleanField, F, Func, IntegerField, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Coalesce, Concat, NullIf
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from companies.models import Company
from gentse_se import memo
from gentse_se.paging import paginate
from gentse_se.prepared import prepare
from pages.models import MAX_DEPTH, Page, Project

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10  # results per page
CONFIGS = {"nl": "gentse_dutch", "en": "gentse_english", "fr": "gentse_french"}
_START, _STOP = "\x01", "\x02"


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: str
    rank: float


def _sources(now=None):
    parents = "__".join(["parent"] * MAX_DEPTH)
    return [
        (
            _("Page"),
            Page.objects.published(now).select_related(parents),
            "title",
            "summary",
            "body",
        ),
        (_("Project"), Project.objects.published(now), "title", "summary", "body"),
        (
            _("Company"),
            Company.objects.published(),
            "name",
            "short_description",
            "long_description",
        ),
    ]


def clean_query(raw: str) -> str:
    """Printable text, single spaces, at most 200 characters (cut, not refused)."""
    text = "".join(ch for ch in raw if ch.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def _visible(obj) -> bool:
    if isinstance(obj, Page):
        return all(node.is_visible() for node in obj.ancestors())
    return True


def _localized(field: str, language: str, model) -> object:
    translated = {f.name for f in model._meta.fields}
    if f"{field}_nl" not in translated:
        return Cast(F(field), TextField())
    if language == "nl":
        return Cast(F(f"{field}_nl"), TextField())
    return Coalesce(
        NullIf(Cast(F(f"{field}_{language}"), TextField()), Value("")),
        Cast(F(f"{field}_nl"), TextField()),
        output_field=TextField(),
    )


def _strip_tags_sql(expression):
    return Func(
        expression,
        Value("<[^>]*>"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


def ts_query_text(q: str, prefix: bool = False) -> str | None:
    """PostgreSQL: the text of a tsquery for every word of q, each OR its
    plural-less forms (the Dutch stemmer alone stems "fietsen" to "fiets" but "fiets"
    to "fiet"); with prefix, also words that start with it (for a filter box). None
    when q has no word."""
    words = re.findall(r"\w+", q)
    if not words:
        return None
    suffix = ":*" if prefix else ""
    return " & ".join(
        "("
        + " | ".join(f"'{v}'{suffix}" for v in sorted(_variants(word.casefold())))
        + ")"
        for word in words
    )


def ts_query(q: str, language: str, prefix: bool = False) -> SearchQuery | None:
    """ts_query_text as a SearchQuery in the language's configuration."""
    raw = ts_query_text(q, prefix)
    if raw is None:
        return None
    return SearchQuery(raw, search_type="raw", config=CONFIGS[language])


def stored_vector(model, language: str) -> RawSQL:
    """The stored, GIN-indexed search vector of pages, projects and companies in this
    language (pages/migrations/0008_search_vectors.py; PostgreSQL only)."""
    return RawSQL(
        f'"{model._meta.db_table}"."search_{language}"',
        [],
        output_field=SearchVectorField(),
    )


# -- PostgreSQL ------------------------------------------------------------------------
# The ORM builds the search's queries once per language (gentse_se.prepared): with
# three sources, their publication windows and the pages' ancestors, building them
# took longer than running them.


def _visible_pages(now):
    """Pages whose every ancestor is visible too (published, inside its window)."""
    condition = Q()
    for depth in range(1, MAX_DEPTH + 1):
        parent = "__".join(["parent"] * depth)
        condition &= Q(**{f"{parent}__isnull": True}) | Q(
            Q(**{f"{parent}__status": Page.Status.PUBLISHED}),
            Q(**{f"{parent}__publish_from__isnull": True})
            | Q(**{f"{parent}__publish_from__lte": now}),
            Q(**{f"{parent}__publish_until__isnull": True})
            | Q(**{f"{parent}__publish_until__gt": now}),
        )
    return condition


@prepare()
def _ranking(stand_ins, language: str):
    """Every visible match of the three sources, as (source, pk, rank) ranked from
    the stored vectors (numbers only): one page of them with the number of matches."""
    query = SearchQuery(
        stand_ins.text("query"), search_type="raw", config=CONFIGS[language]
    )
    now = stand_ins.moment("now")
    parts = []
    for index, (_kind, queryset, *_fields) in enumerate(_sources(now)):
        vector = stored_vector(queryset.model, language)
        matches = queryset.annotate(search=vector).filter(search=query)
        if queryset.model is Page:
            matches = matches.filter(_visible_pages(now))
        parts.append(
            matches.annotate(
                rank=SearchRank(vector, query),
                source=Value(index, output_field=IntegerField()),
            )
            .values_list("source", "pk", "rank")
            .order_by()
        )
    # Each part's columns by name: the ORM chooses their order in its SQL.
    sqls, params = [], []
    for index, part in enumerate(parts):
        sql, part_params = part.query.sql_with_params()
        sqls.append(f"SELECT source, pk, rank FROM ({sql}) AS source{index}")
        params += part_params
    return (
        "SELECT source, pk, rank, COUNT(*) OVER () "
        f"FROM ({' UNION ALL '.join(sqls)}) AS hits "
        "ORDER BY rank DESC, source, pk LIMIT %s OFFSET %s",
        params,
    )


@prepare()
def _headlines(stand_ins, language: str, index: int):
    """(pk, highlighted snippet) of the given ids of one source: ts_headline reads
    the whole text, so it runs for the hits shown only."""
    _kind, queryset, _title, summary, body = _sources()[index]
    model = queryset.model
    text = Concat(
        _localized(summary, language, model),
        Value(" … "),
        _strip_tags_sql(_localized(body, language, model)),
        output_field=TextField(),
    )
    column = f'"{model._meta.db_table}"."{model._meta.pk.column}"'
    shown = model.objects.filter(
        RawSQL(
            f"{column} = ANY(%s)", [stand_ins.text("ids")], output_field=BooleanField()
        )
    ).annotate(
        headline=SearchHeadline(
            text,
            SearchQuery(
                stand_ins.text("query"), search_type="raw", config=CONFIGS[language]
            ),
            config=CONFIGS[language],
            start_sel=_START,
            stop_sel=_STOP,
            max_words=30,
            min_words=12,
        )
    )
    sql, params = shown.values_list("pk", "headline").order_by().query.sql_with_params()
    # Columns by name: the ORM chooses their order.
    return f"SELECT pk, headline FROM ({sql}) AS shown", params


def _ranked_postgres(q: str, language: str):
    """read(start, stop) for gentse_se.paging: one page of (source, pk, rank) and
    the number of matches, in one query. None when q has no word."""
    query = ts_query_text(q)
    if query is None:
        return None
    values = {"query": query, "now": timezone.now()}

    def read(start, stop):
        rows = _ranking(language).rows(values, stop - start, start)
        return [row[:3] for row in rows], (rows[0][3] if rows else None)

    return read


def _targets(index: int, pks):
    """(kind, title, url) of each of these objects of one source: remembered per
    object and language while the content stays the same (gentse_se.memo), as the
    same pages and companies come back in many searches."""
    found = {pk: memo.recall(("search_target", index, pk)) for pk in pks}
    missing = [pk for pk, target in found.items() if target is memo.MISSING]
    if missing:
        kind, queryset, title, *_texts = _sources()[index]
        for obj in queryset.filter(pk__in=missing):
            target = (str(kind), getattr(obj, title), obj.get_absolute_url())
            memo.store(("search_target", index, obj.pk), target)
            found[obj.pk] = target
    return {pk: target for pk, target in found.items() if target is not memo.MISSING}


def _hits_postgres(ranked, q: str, language: str) -> list[Hit]:
    """The hits of one page of ranked (source, pk, rank), with their snippets."""
    query = ts_query_text(q)
    headlines, targets = {}, {}
    for index in sorted({source for source, _pk, _rank in ranked}):
        pks = [pk for source, pk, _rank in ranked if source == index]
        for pk, headline in _headlines(language, index).rows(
            {"query": query, "ids": pks}
        ):
            headlines[index, pk] = headline
        for pk, target in _targets(index, pks).items():
            targets[index, pk] = target
    hits = []
    for source, pk, rank in ranked:
        if (source, pk) in targets and (source, pk) in headlines:
            kind, title, url = targets[source, pk]
            hits.append(Hit(kind, title, url, _marked(headlines[source, pk]), rank))
    return hits


def _marked(text: str) -> str:
    """Escape everything, then turn the sentinels into <mark>."""
    return mark_safe(
        escape(" ".join(text.split()))
        .replace(_START, "<mark>")
        .replace(_STOP, "</mark>")
    )


# --- fallback -------------------------------------------------------------------
def fold(text: str) -> str:
    """Lower case without accents, one character per character (positions kept)."""
    return "".join(unicodedata.normalize("NFKD", ch)[0] for ch in text.casefold())


_SUFFIXES = ("ingen", "ing", "en", "es", "s", "e")


def _variants(word: str) -> set[str]:
    variants = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            variants.add(word[: -len(suffix)])
    return variants


def _snippet(text: str, variants: list[set[str]]) -> str:
    folded = fold(text)
    stems = sorted({v for group in variants for v in group}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(stem) for stem in stems))
    first = pattern.search(folded)
    words_start = (
        0 if first is None else max(0, folded.rfind(" ", 0, max(0, first.start() - 80)))
    )
    window = text[words_start : words_start + 240]
    folded_window = folded[words_start : words_start + 240]
    out, last = [], 0
    for match in pattern.finditer(folded_window):
        out.append(escape(window[last : match.start()]))
        out.append("<mark>" + escape(window[match.start() : match.end()]) + "</mark>")
        last = match.end()
    out.append(escape(window[last:]))
    prefix = "… " if words_start else ""
    suffix = " …" if words_start + 240 < len(text) else ""
    return mark_safe(prefix + "".join(out).strip() + suffix)


def _scored_python(q: str, language: str) -> list[tuple]:
    """Every match as (score, title, text, kind, object), best first."""
    words = [fold(word) for word in re.findall(r"\w+", q)]
    if not words:
        return []
    variants = [_variants(word) for word in words]
    scored = []
    for kind, queryset, title, summary, body in _sources():
        # Narrow down in SQL first (accent-folded by the gentse_fold function that
        # gentse_se.apps registers on SQLite), then score in Python.
        fields = _translated_columns(queryset.model, (title, summary, body))
        folded = {
            f"_fold_{name}": Func(F(name), function="gentse_fold") for name in fields
        }
        condition = Q()
        for variant in variants[0]:
            for alias in folded:
                condition |= Q(**{f"{alias}__contains": variant})
        for obj in queryset.annotate(**folded).filter(condition):
            fields = [
                (3.0, getattr(obj, title) or ""),
                (2.0, getattr(obj, summary) or ""),
                (1.0, strip_tags(getattr(obj, body) or "")),
            ]
            folded = [(weight, fold(text)) for weight, text in fields]
            score = 0.0
            for group in variants:
                found = [
                    weight for weight, text in folded if any(v in text for v in group)
                ]
                if not found:
                    score = 0
                    break
                score += max(found)
            if score and _visible(obj):
                text = " … ".join(t for _w, t in fields[1:] if t)
                scored.append((score, getattr(obj, title), text, kind, obj))
    scored.sort(key=lambda found: (-found[0], found[1].casefold()))
    return scored


def _hits_python(scored, q: str) -> list[Hit]:
    variants = [_variants(fold(word)) for word in re.findall(r"\w+", q)]
    return [
        Hit(kind, title, obj.get_absolute_url(), _snippet(text, variants), score)
        for score, title, text, kind, obj in scored
    ]


def _translated_columns(model, names):
    columns = {f.name for f in model._meta.fields}
    out = []
    for name in names:
        if f"{name}_nl" in columns:
            out += [f"{name}_{code}" for code in CONFIGS if f"{name}_{code}" in columns]
        else:
            out.append(name)
    return out


def site_search(raw_query: str, page=1, language: str | None = None):
    """One page of results for the query: (a Page of Django's Paginator, its hits),
    best first; (None, []) when the query has no word."""
    q = clean_query(raw_query)
    language = language or get_language()
    if connection.vendor == "postgresql":
        read = _ranked_postgres(q, language) if q else None
        if read is None:
            return None, []
        found = paginate(read, lambda: read(0, 1)[1] or 0, PAGE_SIZE, page)
        return found, _hits_postgres(list(found.object_list), q, language)
    scored = _scored_python(q, language) if q else []
    if not scored:
        return None, []
    found = Paginator(scored, PAGE_SIZE).get_page(page)
    return found, _hits_python(found.object_list, q)


@require_safe
def search(request):
    raw = request.GET.get("q", "")
    q = clean_query(raw)
    page, hits = site_search(q, request.GET.get("page")) if q else (None, [])
    context = {
        "q": q,
        "was_cut": len(" ".join(raw.split())) > MAX_QUERY_LENGTH,
        "hits": hits,
        "page_obj": page,
        "total": page.paginator.count if page else 0,
        "searched": bool(q),
        "breadcrumbs": [{"title": _("Search"), "url": request.path}],
    }
    return render(request, "search.html", context)
