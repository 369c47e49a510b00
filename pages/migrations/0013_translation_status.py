"""Start tracking translations: every translation there is counts as made from the
Dutch beside it (core.translation_status.backfill)."""

from django.db import migrations

from core.translation_status import backfill

FIELDS = {
    "HomePage": [
        "intro",
        "key_figure",
        "key_figure_label",
        "key_figure_source",
        "title",
    ],
    "Page": ["body", "image_alt", "meta_description", "summary", "title"],
    "Project": ["body", "image_alt", "summary", "title"],
}


def forwards(apps, schema_editor):
    for name, fields in FIELDS.items():
        backfill(apps.get_model("pages", name), fields)


class Migration(migrations.Migration):
    dependencies = [("pages", "0012_content_health")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
