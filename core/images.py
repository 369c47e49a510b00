"""Image uploads: checked by their content, size-limited, re-encoded, renamed; and
their responsive renditions.

Renditions
----------
Every stored image gets smaller copies at RENDITION_WIDTHS (never wider than the
image itself), in WebP and in the image's own format as a fallback, made with Pillow
when the image is saved, on the same storage as the original (local disk or S3). Their
names follow from the original's random name, so a template finds them without a
database query or a storage call::

    pages/3f2a….jpg  →  pages/renditions/3f2a…-640w.webp, …/3f2a…-640w.jpg

The model keeps the widths that were made (``image_renditions``) and the image's size
(``image_width``, ``image_height``); ``pages.models.Illustrated`` makes the renditions
when the image changes and deletes them when it is replaced, cleared or its object is
deleted. ``manage.py make_renditions`` (re)makes whatever is missing, idempotently.

Why by hand rather than a library: django-pictures (the closest fit) derives its widths
from a 12-column grid and its ``sizes`` from breakpoints rather than from the style
guide's layout, puts no srcset on the ``<img>``, always lists every rendition whether
or not it was made, and leaves the old files behind unless django-cleanup is added;
django-imagekit, easy-thumbnails and sorl-thumbnail make thumbnails on first use in a
request (slow on S3, a cold cache on every server) under hashed names kept in a cache
or an extra table, and none of them removes them with the image. None fits
SafeImageField's checked, re-encoded uploads better than the hundred lines below.
"""

import io
import logging
import posixpath
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

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
        # Upright as the camera meant it (the new file keeps no EXIF orientation),
        # in sRGB (it keeps no colour profile either, except a PNG's when the profile
        # cannot be converted).
        image = to_srgb(ImageOps.exif_transpose(image))
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


_SRGB = ImageCms.createProfile("sRGB")


def to_srgb(image: Image.Image) -> Image.Image:
    """The image converted to sRGB when it carries another colour profile (the Display
    P3 of many phone photos, for example), since the profile is not kept."""
    icc_profile = image.info.get("icc_profile")
    if not icc_profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        converted = ImageCms.profileToProfile(
            image,
            source,
            _SRGB,
            outputMode="RGBA" if image.mode == "RGBA" else "RGB",
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image  # a broken profile: keep the pixels as they are
    converted.info.pop("icc_profile", None)
    return converted


# Renditions: see the module's docstring.
RENDITION_WIDTHS = (320, 640, 960, 1280)
RENDITIONS_FOLDER = "renditions"
WEBP = "webp"
_FALLBACK_EXTENSIONS = {"jpg": "jpg", "jpeg": "jpg", "png": "png", "webp": WEBP}
_ENCODINGS = {
    "jpg": ("JPEG", {"quality": 82, "optimize": True, "progressive": True}),
    "png": ("PNG", {"optimize": True}),
    WEBP: ("WEBP", {"quality": 80, "method": 4}),
}


def rendition_widths(width) -> list[int]:
    """The widths to make for an image this wide: RENDITION_WIDTHS, never upscaled (an
    image narrower than the largest gets one rendition at its own width)."""
    if not isinstance(width, int) or width < 1:
        return []
    return sorted({min(target, width) for target in RENDITION_WIDTHS})


def rendition_extensions(name: str) -> list[str]:
    """WebP, then the original's own format as the fallback (once for a WebP)."""
    extension = posixpath.splitext(name)[1].lower().lstrip(".")
    fallback = _FALLBACK_EXTENSIONS.get(extension, "jpg")
    return [WEBP] if fallback == WEBP else [WEBP, fallback]


def rendition_name(name: str, width: int, extension: str) -> str:
    """pages/<stem>.jpg → pages/renditions/<stem>-<width>w.<extension>."""
    folder, filename = posixpath.split(name)
    stem = posixpath.splitext(filename)[0]
    return posixpath.join(folder, RENDITIONS_FOLDER, f"{stem}-{width}w.{extension}")


def rendition_names(name: str, widths) -> list[str]:
    extensions = rendition_extensions(name)
    return [rendition_name(name, w, ext) for w in widths for ext in extensions]


def valid_widths(value) -> list[int]:
    """The widths recorded on a model, or [] when the record is not a list of widths."""
    if not isinstance(value, list | tuple) or not value:
        return []
    if not all(isinstance(w, int) and not isinstance(w, bool) and w > 0 for w in value):
        return []
    return sorted(set(value))


def _prepare(image: Image.Image) -> Image.Image:
    image = to_srgb(ImageOps.exif_transpose(image))
    if image.mode in ("RGB", "RGBA", "L"):
        return image
    if image.mode == "1":
        return image.convert("L")
    return image.convert("RGBA" if image.has_transparency_data else "RGB")


def _encode(image: Image.Image, extension: str) -> bytes:
    image_format, options = _ENCODINGS[extension]
    if extension == "jpg" and image.mode == "RGBA":
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        image = background
    elif extension == WEBP and image.mode == "L":
        image = image.convert("RGB")
    output = io.BytesIO()
    image.save(output, format=image_format, **options)
    return output.getvalue()


def _store(storage, name: str, data: bytes) -> None:
    storage.delete(name)  # the name is fixed: replace, never "name_abc123.webp"
    saved = storage.save(name, ContentFile(data))
    if saved != name:
        storage.delete(saved)
        raise OSError(f"The storage saved {name} as {saved}.")


def make_renditions(field_file) -> tuple[list[int], int | None, int | None]:
    """Make the renditions of a stored image: (widths made, width, height).

    Never raises: renditions are an optimisation, not a reason to lose an editor's
    save. On any failure (a broken file, a storage error) what was made is removed and
    no width is returned, so the site shows the original (the size is still returned
    when the image could be read)."""
    storage, name = field_file.storage, field_file.name
    made, widths = [], []
    width = height = None
    try:
        with storage.open(name, "rb") as source, Image.open(source) as original:
            if original.width * original.height > MAX_PIXELS:
                raise ValueError(f"{name} has too many pixels")
            original.load()
            image = _prepare(original)
        width, height = image.size
        for target in rendition_widths(width):
            resized = image
            if target != width:
                size = (target, max(1, round(height * target / width)))
                resized = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
            for extension in rendition_extensions(name):
                rendition = rendition_name(name, target, extension)
                _store(storage, rendition, _encode(resized, extension))
                made.append(rendition)
            widths.append(target)
    except Exception:
        logger.warning("Could not make the renditions of %s", name, exc_info=True)
        for rendition in made:
            _delete_quietly(storage, rendition)
        return [], width, height
    return widths, width, height


def _delete_quietly(storage, name: str) -> None:
    try:
        storage.delete(name)
    except Exception:
        logger.warning("Could not delete %s", name, exc_info=True)


def delete_renditions(storage, name: str, widths=()) -> None:
    """Delete every rendition an image can have (the recorded widths and the standard
    ones); the original itself is kept (the admin history can bring it back)."""
    if not name:
        return
    candidates = set(valid_widths(widths)) | set(RENDITION_WIDTHS)
    for rendition in rendition_names(name, sorted(candidates)):
        _delete_quietly(storage, rendition)


def renditions_present(storage, name: str, widths, everywhere=False) -> bool:
    """Whether the rendition files are there. When a page is shown this is checked on
    local disk only, where it costs a few stat calls; on object storage a request per
    file would cost more than it saves, so the record is trusted there (the
    make_renditions command repairs). ``everywhere`` checks on any storage."""
    if not widths:
        return False
    if not everywhere:
        try:
            storage.path(name)
        except NotImplementedError:
            return True
    try:
        return all(storage.exists(n) for n in rendition_names(name, widths))
    except Exception:
        logger.warning("Could not look for the renditions of %s", name, exc_info=True)
        return False


def responsive_image(field_file, widths, width, height) -> dict:
    """What a <picture> needs: src, srcset (fallback format), webp_srcset, width and
    height; the original alone when its renditions are missing or were never made."""
    name, storage = field_file.name, field_file.storage
    widths = valid_widths(widths)
    if widths and width and height and renditions_present(storage, name, widths):
        extensions = rendition_extensions(name)
        fallback, largest = extensions[-1], widths[-1]

        def srcset(extension):
            return ", ".join(
                f"{storage.url(rendition_name(name, w, extension))} {w}w"
                for w in widths
            )

        return {
            "src": storage.url(rendition_name(name, largest, fallback)),
            "srcset": srcset(fallback),
            "webp_srcset": srcset(WEBP) if fallback != WEBP else "",
            "width": largest,
            "height": max(1, round(height * largest / width)),
        }
    return {
        "src": field_file.url,
        "srcset": "",
        "webp_srcset": "",
        "width": width,
        "height": height,
    }
