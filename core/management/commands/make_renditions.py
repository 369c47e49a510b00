"""(Re)make the responsive renditions of every stored image (core.images)."""

import datetime
import posixpath

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.images import (
    RENDITIONS_FOLDER,
    delete_renditions,
    make_renditions,
    rendition_names,
    rendition_widths,
    renditions_present,
    valid_widths,
)
from core.models import RENDITION_FIELDS, Illustrated

# --prune leaves younger files alone: an editor may be saving an image right now.
PRUNE_MIN_AGE = datetime.timedelta(hours=1)


def illustrated_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Illustrated) and not model._meta.abstract
    ]


class Command(BaseCommand):
    help = (
        "Make the missing renditions (WebP and fallback, at every width) of every "
        "image of pages, projects and companies, and record the image sizes. "
        "Idempotent: what is complete is left alone. Run it after upgrading, or after "
        "restoring media from elsewhere."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Remake every rendition, even the complete ones.",
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help=(
                "Also delete rendition files that no image uses any more (older "
                "than an hour). Original images are never deleted."
            ),
        )

    def handle(self, *args, force=False, prune=False, **options):
        made = complete = failed = 0
        for model in illustrated_models():
            for obj in model._base_manager.exclude(image="").order_by("pk").iterator():
                image = obj.image
                widths = valid_widths(obj.image_renditions)
                if (
                    not force
                    and widths
                    and obj.image_height
                    and widths == rendition_widths(obj.image_width)
                    and renditions_present(
                        image.storage, image.name, widths, everywhere=True
                    )
                ):
                    complete += 1
                    continue
                delete_renditions(image.storage, image.name, obj.image_renditions)
                new_widths, width, height = make_renditions(image)
                obj.image_renditions = new_widths
                if width and height:
                    obj.image_width, obj.image_height = width, height
                obj.save(update_fields=RENDITION_FIELDS)
                if new_widths:
                    made += 1
                else:
                    failed += 1
                    self.stderr.write(
                        f"{model._meta.label} {obj.pk}: no renditions of {image.name}"
                        " (missing or unreadable); the site shows the original."
                    )
        summary = f"Renditions made for {made} images, {complete} already complete"
        if failed:
            summary += f", {failed} failed"
        if prune:
            summary += f"; {self.prune()} unused rendition files deleted"
        self.stdout.write(summary + ".")

    def prune(self):
        """Delete files in the renditions folders that no current image records."""
        wanted, folders = set(), set()
        storage = None
        for model in illustrated_models():
            storage = model._meta.get_field("image").storage
            folders.add(model.upload_folder)
            rows = model._base_manager.exclude(image="").values_list(
                "image", "image_renditions"
            )
            for name, widths in rows:
                folders.add(posixpath.dirname(name))
                wanted.update(rendition_names(name, valid_widths(widths)))
        if storage is None:
            return 0
        limit = timezone.now() - PRUNE_MIN_AGE
        deleted = 0
        for folder in sorted(folders):
            renditions = posixpath.join(folder, RENDITIONS_FOLDER)
            try:
                _dirs, files = storage.listdir(renditions)
            except (FileNotFoundError, NotADirectoryError):
                continue
            for filename in files:
                name = posixpath.join(renditions, filename)
                if name in wanted or storage.get_modified_time(name) > limit:
                    continue
                storage.delete(name)
                deleted += 1
        return deleted
