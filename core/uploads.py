"""Checks on uploaded documents (images: core.images)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def validate_pdf(upload):
    """A real PDF by its content, not only its name: it starts with %PDF-, ends with
    %%EOF near its end, and is at most 20 MB."""
    if upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("The file is larger than 20 MB. Make it smaller and try again."),
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(max(0, upload.size - 2048))
    tail = upload.read()
    upload.seek(0)
    if not head.lstrip(b"\r\n\t ").startswith(b"%PDF-") or b"%%EOF" not in tail:
        raise ValidationError(
            _("This file is not a PDF. Upload the report as a PDF file."),
            code="not_pdf",
        )
