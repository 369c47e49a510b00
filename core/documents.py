"""The document library (core.models.Document): its public address, and its links
in rich text, shown with the document's type and size.

A document answers at /documenten/<id>/<title>.pdf in every language, inline (the
browser's PDF viewer) under a file name made from its Dutch title; the address keeps
working when the title or the file changes. A deleted document's address answers 410
Gone with a page that says so, and its links in rich text become plain text.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.http import FileResponse, Http404
from django.http.request import validate_host
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils.html import escape
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from core.models import Document
from core.pagecache import cache_control_public

DOCUMENT_PATH = re.compile(r"^/documenten/(\d+)/[\w-]+\.pdf$")
# A link in sanitised HTML (core.html): nh3 writes every attribute in double quotes
# and links cannot nest, so a regular expression reads them reliably.
_LINK = re.compile(r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', re.S)


@require_safe
def document_file(request, pk, slug):
    document = Document.objects.filter(pk=pk).first()
    if document is None:
        return render(request, "core/document_gone.html", status=410)
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(
        handle, content_type="application/pdf", filename=f"{document.slug}.pdf"
    )
    # Inline, for the browser's PDF viewer: FileResponse sets "inline; filename=…".
    # Not under the media folder's "sandbox" policy, which stops Chrome's viewer.
    response["Last-Modified"] = http_date(document.updated_at.timestamp())
    response["Cache-Control"] = cache_control_public()
    return response


def document_id(href: str) -> int | None:
    """The id of the document a link points at (its address on this site, relative
    or absolute), or None."""
    parts = urlsplit(href)
    if parts.netloc and not (
        parts.scheme in ("http", "https")
        and validate_host(parts.hostname or "", settings.ALLOWED_HOSTS)
    ):
        return None
    found = DOCUMENT_PATH.match(parts.path)
    return int(found.group(1)) if found else None


def with_document_details(html: str) -> str:
    """Sanitised rich text with "(PDF, 1,2 MB)" in each link to a document, in the
    active language; a link to a deleted document becomes its plain text. One query
    when there are such links, none otherwise."""
    if not html or "/documenten/" not in html:
        return html
    ids = {
        found
        for found in (document_id(href) for href, _text in _LINK.findall(html))
        if found is not None
    }
    if not ids:
        return html
    sizes = dict(Document.objects.filter(pk__in=ids).values_list("pk", "size"))

    def link(match):
        pk = document_id(match.group(1))
        if pk is None:
            return match.group(0)
        if pk not in sizes:
            return match.group(2)
        if "(PDF" in match.group(2):  # the editor wrote it already
            return match.group(0)
        details = escape(f" (PDF, {filesizeformat(sizes[pk])})")
        return match.group(0)[: -len("</a>")] + details + "</a>"

    return mark_safe(_LINK.sub(link, html))
