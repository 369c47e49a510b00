"""Site search over pages, projects, companies, vacancies, news and events in one
language.

The same words on both databases (search.words: folded, the Snowball stemmer of the
language, PostgreSQL's stop words), ranked title above summary above body, ten a page,
with a highlighted snippet for the hits shown:

- PostgreSQL: the stored, GIN-indexed search vectors of the three tables (generated
  columns, pages/migrations/0008_search_vectors.py) and the accent-blind text search
  configurations (0005_search_configurations.py); one query ranks the three tables
  (UNION ALL) with LIMIT/OFFSET and the number of matches, and ts_headline runs for
  the hits shown only.
- SQLite: the FTS5 index of search.index, ranked with bm25(); highlight() tells which
  words matched.

Visibility is the models' own question (`.visible(now)`, for pages every ancestor
too), asked in the ranking query itself: no index changes when something is published,
drafted or leaves its publication window.
"""

import math
from collections import defaultdict
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from companies.models import Company, Vacancy
from core.text import clean_query
from news.models import Event, NewsItem
from pages.models import PARENTS, Page, Project
from search import index
from search.words import LANGUAGES, WORD, query_words, stem

PAGE_SIZE = 10  # results per page
CONFIGS = {"nl": "gentse_dutch", "en": "gentse_english", "fr": "gentse_french"}
SNIPPET_WORDS = 30
_START, _STOP = "\x01", "\x02"  # around a matched word, until escaped into <mark>
_SOURCES = {source.kind: source for source in index.SOURCES}


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: str  # safe HTML: the text escaped, the words found in <mark>
    rank: float


def _kinds():
    return {
        "page": (_("Page"), Page.objects.select_related(PARENTS), "title"),
        "project": (_("Project"), Project.objects.all(), "title"),
        "company": (_("Company"), Company.objects.all(), "name"),
        "vacancy": (_("Vacancy"), Vacancy.objects.select_related("company"), "title"),
        "news": (_("News"), NewsItem.objects.all(), "title"),
        "event": (_("Event"), Event.objects.all(), "title"),
    }


def _visible(now):
    """(kind, model, SQL and parameters of the ids that visitors may see now)."""
    visible = {
        "page": Page.objects.visible(now),
        "project": Project.objects.visible(now),
        "company": Company.objects.visible(now),
        "vacancy": Vacancy.objects.visible(now),
        "news": NewsItem.objects.visible(now),
        "event": Event.objects.visible(now),
    }
    out = []
    for kind, queryset in visible.items():
        sql, params = queryset.values("pk").order_by().query.sql_with_params()
        out.append((kind, queryset.model, sql, params))
    return out


# -- PostgreSQL --------------------------------------------------------------------


def _tsquery(groups) -> str:
    """A to_tsquery text: every group, any word of each. The words are runs of
    letters and digits (search.words.WORD), so no operator gets in."""
    return " & ".join(
        "(" + " | ".join(f"'{word}'" for word in group) + ")" for group in groups
    )


def _ranked_postgres(groups, language, now, limit, offset):
    quote = connection.ops.quote_name
    tsquery = "to_tsquery(%s::regconfig, %s)"
    query_params = [CONFIGS[language], _tsquery(groups)]
    parts, params = [], []
    for kind, model, visible_sql, visible_params in _visible(now):
        table, pk = quote(model._meta.db_table), quote(model._meta.pk.column)
        vector = f"found.{quote('search_' + language)}"
        parts.append(
            f"SELECT {index.KINDS.index(kind)} AS kind, found.{pk} AS id, "
            f"ts_rank({vector}, {tsquery}) AS rank FROM {table} AS found "
            f"WHERE {vector} @@ {tsquery} AND found.{pk} IN ({visible_sql})"
        )
        params += [*query_params, *query_params, *visible_params]
    sql = (
        "SELECT kind, id, rank, COUNT(*) OVER () "
        f"FROM ({' UNION ALL '.join(parts)}) AS hits "
        "ORDER BY rank DESC, kind, id LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        return [(index.KINDS[kind], *rest) for kind, *rest in cursor.fetchall()]


def _postgres_text(model, source, language) -> str:
    """SQL of the summary and the body without its HTML, in the language or else in
    Dutch, as the search vector reads them."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)

    def localized(field):
        dutch = f"{table}.{quote(field + '_nl')}"
        if language == "nl":
            return dutch
        return f"coalesce(nullif({table}.{quote(f'{field}_{language}')}, ''), {dutch})"

    if not source.body:
        return localized(source.summary)
    body = f"regexp_replace({localized(source.body)}, '<[^>]*>', ' ', 'g')"
    for entity, character in (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">")):
        body = f"replace({body}, '{entity}', '{character}')"
    body = f"replace({body}, '&amp;', '&')"
    return (
        f"concat_ws(' … ', nullif({localized(source.summary)}, ''), nullif({body}, ''))"
    )


def _objects_postgres(kind, queryset, pks, groups, language):
    """The objects, each with the headline of its text (ts_headline, which reads
    the whole text: for the hits shown only)."""
    options = (
        f"StartSel={_START}, StopSel={_STOP}, MaxWords={SNIPPET_WORDS}, MinWords=12"
    )
    headline = RawSQL(
        f"ts_headline(%s::regconfig, "
        f"{_postgres_text(queryset.model, _SOURCES[kind], language)}, "
        "to_tsquery(%s::regconfig, %s), %s)",
        [CONFIGS[language], CONFIGS[language], _tsquery(groups), options],
    )
    objects = queryset.filter(pk__in=pks).annotate(headline=headline)
    return {obj.pk: (obj, _marked(obj.headline or "")) for obj in objects}


def _marked(text: str) -> str:
    """Escape everything, then turn the sentinels into <mark>."""
    return mark_safe(
        escape(" ".join(text.split()))
        .replace(_START, "<mark>")
        .replace(_STOP, "</mark>")
    )


# -- SQLite ------------------------------------------------------------------------


def _match(groups, language) -> str:
    """An FTS5 query: every group, any stem of each, each stem quoted."""
    return " AND ".join(
        "(" + " OR ".join(sorted({f'"{stem(word, language)}"' for word in group})) + ")"
        for group in groups
    )


def _ranked_sqlite(groups, language, now, limit, offset):
    """Ranked from the index alone: bm25() and the rowid (search.index.ROWID_SQL),
    without reading the stored rows."""
    weights = ", ".join(str(weight) for weight in index.WEIGHTS)
    visible, params = [], []
    for kind, _model, visible_sql, visible_params in _visible(now):
        number = index.KINDS.index(kind)
        visible.append(f"(kind = {number} AND object_id IN ({visible_sql}))")
        params += visible_params
    part = index.ROWID_SQL
    sql = (
        "SELECT kind, object_id, score, COUNT(*) OVER () FROM ("
        f"SELECT {part['kind']} AS kind, {part['object_id']} AS object_id, "
        f"-bm25({index.TABLE}, {weights}) AS score FROM {index.TABLE} "
        f"WHERE {index.TABLE} MATCH %s AND {part['language']} = %s) "
        f"WHERE {' OR '.join(visible)} "
        "ORDER BY score DESC, kind, object_id LIMIT %s OFFSET %s"
    )
    match = _match(groups, language)
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, LANGUAGES.index(language), *params, limit, offset])
        return [(index.KINDS[kind], *rest) for kind, *rest in cursor.fetchall()]


def _snippets_sqlite(rows, groups, language):
    """{(kind, id): snippet} of the hits shown, from highlight() of their summary and
    body stems, mapped onto the plain texts word by word."""
    ids = [index.rowid(kind, pk, language) for kind, pk, *_rest in rows]
    highlight = "highlight({0}, {1}, %s, %s)"
    sql = (
        f"SELECT kind, object_id, summary_text, "
        f"{highlight.format(index.TABLE, index.SUMMARY_COLUMN)}, body_text, "
        f"{highlight.format(index.TABLE, index.BODY_COLUMN)} FROM {index.TABLE} "
        f"WHERE {index.TABLE} MATCH %s AND rowid IN ({', '.join(['%s'] * len(ids))})"
    )
    params = [_START, _STOP, _START, _STOP, _match(groups, language), *ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {
            (kind, pk): _snippet([(summary, marked), (body, body_marked)])
            for kind, pk, summary, marked, body, body_marked in cursor.fetchall()
        }


def _words(text: str, highlighted: str) -> list[tuple[int, int, bool]]:
    """(start, end, matched) of each word of the text: search.index stores one
    space-separated piece of stems per word, so the n-th piece of highlight()'s
    output tells about the n-th word."""
    spans = [match.span() for match in WORD.finditer(text)]
    pieces = highlighted.split(" ") if highlighted else []
    if len(pieces) != len(spans):  # not indexed from this text: nothing to mark
        return [(start, end, False) for start, end in spans]
    words, inside = [], False
    for (start, end), piece in zip(spans, pieces, strict=True):
        matched = inside or _START in piece
        for character in piece:
            if character in (_START, _STOP):
                inside = character == _START
        words.append((start, end, matched))
    return words


def _snippet(parts) -> str:
    """About SNIPPET_WORDS words of the summary and body around the first word
    found, escaped, the words found in <mark>."""
    text, words = "", []
    for part, highlighted in parts:
        if not part:
            continue
        if text:
            text += " … "
        offset = len(text)
        text += part
        words += [(s + offset, e + offset, m) for s, e, m in _words(part, highlighted)]
    if not words:
        return mark_safe(escape(text))
    first = next((n for n, (_s, _e, matched) in enumerate(words) if matched), 0)
    start = max(0, min(first - 8, len(words) - SNIPPET_WORDS))
    stop = min(len(words), start + SNIPPET_WORDS)
    end = len(text) if stop == len(words) else words[stop - 1][1]
    position = 0 if start == 0 else words[start][0]
    out = ["… "] if start else []
    for word_start, word_end, matched in words[start:stop]:
        if matched:
            out += [
                escape(text[position:word_start]),
                "<mark>",
                escape(text[word_start:word_end]),
                "</mark>",
            ]
            position = word_end
    out.append(escape(text[position:end]))
    if stop < len(words):
        out.append(" …")
    return mark_safe("".join(out))


# -- the search --------------------------------------------------------------------


class _Window:
    """The page of ranked rows that was read, standing for all of them in Django's
    Paginator: the number of matches came with the rows."""

    def __init__(self, total, offset, rows):
        self.total, self.offset, self.rows = total, offset, rows

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if not isinstance(key, slice) or (key.start or 0) != self.offset:
            raise IndexError("only the page that was read")
        return self.rows


def _page_number(page) -> int:
    try:
        return max(1, int(page))
    except (TypeError, ValueError):
        return 1


def _language(language) -> str:
    language = (language or translation.get_language() or "nl")[:2]
    return language if language in LANGUAGES else "nl"


def site_search(raw_query: str, page=1, language: str | None = None):
    """One page of results for the query in the language (by default the active
    one): (a Page of Django's Paginator, its hits), best first; (None, []) when
    nothing matches or the query has no word to look for. A page number past the
    end gives the last page, as Paginator.get_page does."""
    language = _language(language)
    groups = query_words(clean_query(raw_query), language)
    if not groups:
        return None, []
    postgres = connection.vendor == "postgresql"
    ranked = _ranked_postgres if postgres else _ranked_sqlite
    now = timezone.now()
    number = _page_number(page)
    rows = ranked(groups, language, now, PAGE_SIZE, (number - 1) * PAGE_SIZE)
    if not rows and number > 1:  # past the end: count, then read the last page
        first = ranked(groups, language, now, 1, 0)
        if first:
            number = math.ceil(first[0][3] / PAGE_SIZE)
            rows = ranked(groups, language, now, PAGE_SIZE, (number - 1) * PAGE_SIZE)
    if not rows:
        return None, []
    offset = (number - 1) * PAGE_SIZE
    found = Paginator(_Window(rows[0][3], offset, rows), PAGE_SIZE).page(number)
    with translation.override(language):
        return found, _hits(rows, groups, language, postgres)


def _hits(rows, groups, language, postgres) -> list[Hit]:
    kinds = _kinds()
    wanted = defaultdict(list)
    for kind, pk, *_rest in rows:
        wanted[kind].append(pk)
    snippets = {} if postgres else _snippets_sqlite(rows, groups, language)
    found = {}
    for kind, pks in wanted.items():
        _label, queryset, _title = kinds[kind]
        if postgres:
            objects = _objects_postgres(kind, queryset, pks, groups, language)
        else:
            objects = {
                obj.pk: (obj, snippets.get((kind, obj.pk), ""))
                for obj in queryset.filter(pk__in=pks)
            }
        for pk, (obj, snippet) in objects.items():
            found[kind, pk] = (obj, snippet)
    hits = []
    for kind, pk, rank, _total in rows:
        if (kind, pk) not in found:  # deleted since it was ranked
            continue
        obj, snippet = found[kind, pk]
        label, _queryset, title = kinds[kind]
        hits.append(
            Hit(str(label), getattr(obj, title), obj.get_absolute_url(), snippet, rank)
        )
    return hits
