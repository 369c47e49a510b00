"""PostgreSQL only: a stored, indexed search vector per language on pages, projects and
companies, so that site search reads an index instead of parsing every row.

search_nl, search_en and search_fr are generated columns (PostgreSQL keeps them up to
date on every insert and update, bulk writes included) with a GIN index each. They are
not model fields: gentse_se.search reads them by name. Title (or name) weighs A, summary
B and the body, without its HTML tags, C; a language without its own text falls back to
Dutch, as the pages do."""

from django.db import migrations

LANGUAGES = {"nl": "gentse_dutch", "en": "gentse_english", "fr": "gentse_french"}
# table: (title, summary, body, translated title?)
TABLES = {
    "pages_page": ("title", "summary", "body", True),
    "pages_project": ("title", "summary", "body", True),
    "companies_company": ("name", "short_description", "long_description", False),
}


def _text(field, language, translated=True):
    if not translated:
        return f"coalesce({field}, '')"
    if language == "nl":
        return f"coalesce({field}_nl, '')"
    return f"coalesce(nullif({field}_{language}, ''), {field}_nl, '')"


def vector_sql(table, language):
    title, summary, body, title_translated = TABLES[table]
    config = LANGUAGES[language]
    parts = [
        (_text(title, language, title_translated), "A"),
        (_text(summary, language), "B"),
        (f"regexp_replace({_text(body, language)}, '<[^>]*>', ' ', 'g')", "C"),
    ]
    return " || ".join(
        f"setweight(to_tsvector('{config}'::regconfig, {text}), '{weight}')"
        for text, weight in parts
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        for language in LANGUAGES:
            column = f"search_{language}"
            schema_editor.execute(
                f"ALTER TABLE {table} ADD COLUMN {column} tsvector "
                f"GENERATED ALWAYS AS ({vector_sql(table, language)}) STORED"
            )
            schema_editor.execute(
                f"CREATE INDEX {table}_{column}_gin ON {table} USING gin ({column})"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        for language in LANGUAGES:
            schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN search_{language}")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0007_image_size_and_renditions"),
        ("companies", "0003_image_size_and_renditions"),
    ]

    operations = [migrations.RunPython(create, drop)]
