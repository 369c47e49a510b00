"""PostgreSQL only: the search vectors of the news items and events, as pages/
migrations/0008_search_vectors.py made them for pages, projects and companies:
generated columns search_nl, search_en and search_fr with a GIN index each. The
title weighs A, the summary and the text (without its HTML tags) B; a language
without its own text falls back to Dutch."""

from django.db import migrations

LANGUAGES = {"nl": "gentse_dutch", "en": "gentse_english", "fr": "gentse_french"}
TABLES = ("news_newsitem", "news_event")


def _text(field, language):
    if language == "nl":
        return f"coalesce({field}_nl, '')"
    return f"coalesce(nullif({field}_{language}, ''), {field}_nl, '')"


def vector_sql(language):
    config = LANGUAGES[language]
    parts = (
        (_text("title", language), "A"),
        (_text("summary", language), "B"),
        # The body's HTML without its tags, as pages/migrations/0008 reads bodies.
        (f"regexp_replace({_text('body', language)}, '<[^>]*>', ' ', 'g')", "B"),
    )
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
                f"GENERATED ALWAYS AS ({vector_sql(language)}) STORED"
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
        ("news", "0001_initial"),
        ("pages", "0008_search_vectors"),
    ]

    operations = [migrations.RunPython(create, drop)]
