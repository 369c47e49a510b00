"""PostgreSQL only: text search configurations per language that ignore accents.

gentse_dutch, gentse_english and gentse_french copy the built-in configurations and
run unaccent before stemming, so "renovatie" finds "rénovatie" and the other way round,
and ts_headline still highlights the original, accented words."""

from django.db import migrations

LANGUAGES = {
    "gentse_dutch": "dutch",
    "gentse_english": "english",
    "gentse_french": "french",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, base in LANGUAGES.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base})"
        )
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
            f"hword, hword_part, word WITH unaccent, {base}_stem"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in LANGUAGES:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("pages", "0004_project_companies_alter_page_key")]

    operations = [migrations.RunPython(create, drop)]
