"""Start tracking translations: every translation there is counts as made from the
Dutch beside it (core.translation_status.backfill)."""

from django.db import migrations

from core.translation_status import backfill

FIELDS = {
    "Sector": ["name"],
    "OfferingCategory": ["name"],
    "Offering": ["name"],
    "Company": ["image_alt", "long_description", "short_description"],
}


def forwards(apps, schema_editor):
    for name, fields in FIELDS.items():
        backfill(apps.get_model("companies", name), fields)


class Migration(migrations.Migration):
    dependencies = [("companies", "0009_content_health")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
