from django.db import migrations

from core.permissions import sync_editor_group


class Migration(migrations.Migration):
    dependencies = [
        ("companies", "0001_initial"),
        ("pages", "0003_editor_group"),
    ]

    operations = [migrations.RunPython(sync_editor_group, migrations.RunPython.noop)]
