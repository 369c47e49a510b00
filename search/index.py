"""SQLite: the search index, an FTS5 table kept in step with the content.

One row per object and language: title, summary and body in that language (or in
Dutch where it has none) as stems (search.words.indexed), and the summary and body as
plain text for the snippets. Every object is indexed, published or not: the search asks
the models which ones visitors may see when it runs, so that a publication window, a
status or a parent page that changes needs no new index.

Saves and deletes update the rows in the same transaction (search.apps connects the
signals); `manage.py search_reindex` rebuilds the whole table, for writes that send no
signal (bulk_create, update()). PostgreSQL needs none of this: its search vectors are
generated columns (pages/migrations/0008_search_vectors.py).
"""

from dataclasses import dataclass

from django.db import transaction

from search.words import LANGUAGES, indexed, plain

TABLE = "search_entry"  # made by search/migrations/0001_search_entry.py
COLUMNS = "kind, object_id, language, title, summary, body, summary_text, body_text"
# Column numbers for FTS5's highlight() and weights for bm25(), in that order.
SUMMARY_COLUMN, BODY_COLUMN = 4, 5
WEIGHTS = (0, 0, 0, 10.0, 3.0, 1.0, 0, 0)  # title above summary above body


@dataclass(frozen=True)
class Source:
    kind: str
    model: str  # app_label.ModelName
    title: str
    summary: str
    body: str = ""  # none: a kind with a title and a short text only
    title_translated: bool = True

    def fields(self) -> list[str]:
        title = (
            [f"{self.title}_{code}" for code in LANGUAGES]
            if self.title_translated
            else [self.title]
        )
        return title + [
            f"{name}_{code}"
            for name in (self.summary, self.body)
            if name
            for code in LANGUAGES
        ]

    def names(self) -> set[str]:
        """The fields above, and the translated ones under their own name too."""
        return {*self.fields(), self.title, self.summary, self.body} - {""}


SOURCES = (
    Source("page", "pages.Page", "title", "summary", "body"),
    Source("project", "pages.Project", "title", "summary", "body"),
    Source(
        "company",
        "companies.Company",
        "name",
        "short_description",
        "long_description",
        title_translated=False,
    ),
    Source("vacancy", "companies.Vacancy", "title", "description"),
    Source("news", "news.NewsItem", "title", "summary", "body"),
    Source("event", "news.Event", "title", "summary", "body"),
)
SOURCE_OF_MODEL = {source.model: source for source in SOURCES}
KINDS = tuple(source.kind for source in SOURCES)


def rowid(kind: str, pk: int, language: str) -> int:
    """Each object's row per language has a number of its own, so that a save
    replaces its rows without a search of the table, and a search reads the kind,
    the object and the language from the index alone (ROWID_SQL)."""
    return (pk * len(KINDS) + KINDS.index(kind)) * len(LANGUAGES) + LANGUAGES.index(
        language
    )


# rowid() taken apart in SQL ("%%" is one "%" in a query with parameters).
ROWID_SQL = {
    "language": f"rowid %% {len(LANGUAGES)}",
    "kind": f"(rowid / {len(LANGUAGES)}) %% {len(KINDS)}",
    "object_id": f"rowid / {len(LANGUAGES) * len(KINDS)}",
}


def _in(values: dict, field: str, language: str) -> str:
    return values.get(f"{field}_{language}") or values.get(f"{field}_nl") or ""


def _rows(source: Source, values: dict):
    for language in LANGUAGES:
        title = (
            _in(values, source.title, language)
            if source.title_translated
            else values.get(source.title) or ""
        )
        summary = plain(_in(values, source.summary, language))
        body = (
            plain(_in(values, source.body, language), is_html=True)
            if source.body
            else ""
        )
        yield (
            rowid(source.kind, values["pk"], language),
            source.kind,
            values["pk"],
            language,
            indexed(plain(title), language),
            indexed(summary, language),
            indexed(body, language),
            summary,
            body,
        )


def _write(cursor, rows):
    rows = list(rows)
    if not rows:
        return
    cursor.executemany(
        f"INSERT INTO {TABLE} (rowid, {COLUMNS}) VALUES "
        "(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
        rows,
    )


def _forget(cursor, kind: str, pk: int):
    ids = [rowid(kind, pk, language) for language in LANGUAGES]
    cursor.execute(
        f"DELETE FROM {TABLE} WHERE rowid IN ({', '.join(['%s'] * len(ids))})", ids
    )


def update(source: Source, obj, connection):
    """Index one saved object anew."""
    values = {name: getattr(obj, name) for name in source.fields()}
    values["pk"] = obj.pk
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        _forget(cursor, source.kind, obj.pk)
        _write(cursor, _rows(source, values))


def remove(source: Source, pk: int, connection):
    with connection.cursor() as cursor:
        _forget(cursor, source.kind, pk)


def rebuild(apps, connection) -> int:
    """Index every object anew (apps: the app registry, or a migration's); the
    number of objects."""
    count = 0
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        for source in SOURCES:
            try:
                model = apps.get_model(source.model)
            except LookupError:
                continue  # (an earlier migration's models: this kind came later)
            if not model._base_manager.exists():
                continue  # (a new database's migrations: models of their time)
            rows = []
            for values in model._base_manager.values("pk", *source.fields()).iterator(
                chunk_size=500
            ):
                rows.extend(_rows(source, values))
                count += 1
                if len(rows) >= 1500:
                    _write(cursor, rows)
                    rows = []
            _write(cursor, rows)
        cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
    return count
