"""make backup / make restore: dump, wipe, restore, and every row of every model in
every language and every media file comes back."""

import hashlib
import io

import pytest
from django.apps import apps
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image

from pages.models import Page

pytestmark = pytest.mark.django_db(transaction=True)


def snapshot():
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label in (
            "sessions",
            "admin",
            "contenttypes",
            "auth",
            "axes",
        ):
            continue
        rows[model._meta.label] = serializers.serialize(
            "json", model.objects.order_by("pk")
        )
    return rows


def media_files(root):
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_backup_wipe_restore_gives_back_every_row_and_file(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo_content", "--examples", verbosity=0)
    page = Page.objects.get(key="people")
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "teal").save(buffer, format="PNG")
    page.image.save("foto.png", ContentFile(buffer.getvalue()))
    page.image_alt_nl = "Een groene rechthoek"
    page.save()
    before_rows, before_media = snapshot(), media_files(settings.MEDIA_ROOT)
    assert before_media and any("fr" in rows for rows in before_rows.values())

    call_command("backup", folder=str(tmp_path / "backup"), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    for path in settings.MEDIA_ROOT.rglob("*"):
        if path.is_file():
            path.unlink()
    assert Page.objects.count() == 0

    call_command("restore", str(tmp_path / "backup"), yes=True, verbosity=0)
    assert snapshot() == before_rows
    assert media_files(settings.MEDIA_ROOT) == before_media
