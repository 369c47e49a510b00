"""SQLite only: the index anew, now that vacancies, news and events are searched too (a new kind
renumbers every row: search.index.rowid)."""

from django.db import migrations


def rebuild(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from search import index

    index.rebuild(apps, schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_entry"),
        ("companies", "0012_vacancy_search_vectors"),
        ("news", "0002_search_vectors"),
    ]

    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop)]
