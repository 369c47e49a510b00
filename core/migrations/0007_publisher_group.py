from django.db import migrations

from core.permissions import sync_editor_group


class Migration(migrations.Migration):
    """The Eindredacteurs group: the editors' permissions and core.publish_content."""

    dependencies = [("core", "0006_working_copy")]

    operations = [migrations.RunPython(sync_editor_group, migrations.RunPython.noop)]
