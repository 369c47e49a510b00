"""Image uploads: checked by their content, size-limited, re-encoded, renamed."""

import io
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000  # refuse decompression bombs well below Pillow's own limit
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def reencode_image(upload) -> InMemoryUploadedFile:
    """Validate an uploaded file as a real JPEG, PNG or WebP image and return a fresh
    encoding of its pixels under a random name (no metadata, no hidden payload)."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The image is larger than 5 MB. Make it smaller and try again."),
            code="too_large",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP image."), code="not_an_image"
        ) from error
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("This image has too many pixels."), code="bomb"
        ) from error
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Only JPEG, PNG and WebP images are accepted."), code="format"
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(_("This image has too many pixels."), code="bomb")

    upload.seek(0)
    with Image.open(upload) as image:
        image.load()
        if image_format == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        output = io.BytesIO()
        save_options = {"optimize": True}
        if image_format in ("JPEG", "WEBP"):
            save_options["quality"] = 85
        image.save(output, format=image_format, **save_options)
    extension = ALLOWED_FORMATS[image_format]
    size = output.tell()
    output.seek(0)
    return InMemoryUploadedFile(
        output,
        field_name=getattr(upload, "field_name", None),
        name=f"{uuid.uuid4().hex}.{extension}",
        content_type=f"image/{'jpeg' if extension == 'jpg' else extension}",
        size=size,
        charset=None,
    )


class SafeImageFormField(forms.FileField):
    """A file field that accepts only real images and hands on a re-encoded copy."""

    default_error_messages = {
        "invalid_image": _("This file is not a JPEG, PNG or WebP image."),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            forms.ClearableFileInput(
                attrs={"accept": "image/jpeg,image/png,image/webp"}
            ),
        )
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return reencode_image(upload)


class SafeImageField(models.ImageField):
    """An ImageField whose form accepts only checked, re-encoded images."""

    def formfield(self, **kwargs):
        kwargs.setdefault("form_class", SafeImageFormField)
        return super().formfield(**kwargs)
