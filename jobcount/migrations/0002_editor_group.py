from django.db import migrations

from core.permissions import sync_editor_group


class Migration(migrations.Migration):
    dependencies = [
        ("jobcount", "0001_initial"),
        ("companies", "0002_editor_group"),
    ]

    operations = [migrations.RunPython(sync_editor_group, migrations.RunPython.noop)]
