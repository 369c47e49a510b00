"""PostgreSQL only: the search vectors of the vacancies, as pages/migrations/
0008_search_vectors.py made them for pages, projects and companies: generated
columns search_nl, search_en and search_fr with a GIN index each. The title weighs
A and the description B; a language without its own text falls back to Dutch."""

from django.db import migrations

LANGUAGES = {"nl": "gentse_dutch", "en": "gentse_english", "fr": "gentse_french"}
TABLE = "companies_vacancy"


def _text(field, language):
    if language == "nl":
        return f"coalesce({field}_nl, '')"
    return f"coalesce(nullif({field}_{language}, ''), {field}_nl, '')"


def vector_sql(language):
    config = LANGUAGES[language]
    return " || ".join(
        f"setweight(to_tsvector('{config}'::regconfig, {_text(field, language)}), "
        f"'{weight}')"
        for field, weight in (("title", "A"), ("description", "B"))
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        column = f"search_{language}"
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN {column} tsvector "
            f"GENERATED ALWAYS AS ({vector_sql(language)}) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX {TABLE}_{column}_gin ON {TABLE} USING gin ({column})"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN search_{language}")


class Migration(migrations.Migration):
    dependencies = [
        ("companies", "0011_vacancy"),
        ("pages", "0008_search_vectors"),
    ]

    operations = [migrations.RunPython(create, drop)]
