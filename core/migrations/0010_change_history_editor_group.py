"""Editors (Redacteurs, Eindredacteurs) may view the change history and the outbound
links (core.permissions.VIEW_ONLY_MODELS)."""

from django.db import migrations

from core.permissions import sync_editor_group


class Migration(migrations.Migration):
    dependencies = [("core", "0009_change_history")]

    operations = [migrations.RunPython(sync_editor_group, migrations.RunPython.noop)]
