"""Start tracking translations: every translation there is counts as made from the
Dutch beside it (core.translation_status.backfill)."""

from django.db import migrations

from core.translation_status import backfill

FIELDS = {
    "Edition": ["note"],
}


def forwards(apps, schema_editor):
    for name, fields in FIELDS.items():
        backfill(apps.get_model("jobcount", name), fields)


class Migration(migrations.Migration):
    dependencies = [("jobcount", "0006_content_health")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
