"""SQLite only: the search index, an FTS5 table (search/index.py), filled with the
pages, projects and companies that exist. PostgreSQL searches its generated search
vectors instead (pages/migrations/0008_search_vectors.py)."""

from django.db import migrations

CREATE = (
    "CREATE VIRTUAL TABLE search_entry USING fts5("
    "kind UNINDEXED, object_id UNINDEXED, language UNINDEXED, "
    "title, summary, body, summary_text UNINDEXED, body_text UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from search import index

    schema_editor.execute(CREATE)
    index.rebuild(apps, schema_editor.connection)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_entry")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0008_search_vectors"),
        ("companies", "0004_company_published_by_name"),
    ]

    operations = [migrations.RunPython(create, drop)]
