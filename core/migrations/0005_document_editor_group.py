"""Editors (Redacteurs) may list, add, change and delete documents (core.documents)."""

from django.db import migrations

from core.permissions import sync_editor_group


class Migration(migrations.Migration):
    dependencies = [("core", "0004_document")]

    operations = [migrations.RunPython(sync_editor_group, migrations.RunPython.noop)]
