"""Editors (Redacteurs) may list, add, change and delete redirects (core.redirects)."""

from django.db import migrations

from core.permissions import sync_editor_group


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_constraint_messages"),
        ("redirects", "0002_alter_redirect_new_path_help_text"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(sync_editor_group, migrations.RunPython.noop)]
