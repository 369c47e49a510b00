"""An identifier of what this process runs: its code, templates, translations and
static files (the manifest's hashed names) and the settings that change the HTML.

The page cache and the shared-data memory key everything by it, so that after a
deploy no page rendered by the previous release (with its templates, its static URLs)
is served, even while old and new app servers share one cache during a rolling
deploy."""

import functools
import hashlib
from pathlib import Path

from django.conf import settings

_SOURCES = ("gentse_se", "pages", "companies", "jobcount", "templates", "locale")
_SUFFIXES = {".py", ".html", ".txt", ".mo"}


@functools.cache
def release() -> str:
    digest = hashlib.sha256()
    digest.update(
        repr(
            (
                settings.DEBUG,
                settings.STATIC_URL,
                settings.STORAGES["staticfiles"]["BACKEND"],
            )
        ).encode()
    )
    base = Path(settings.BASE_DIR)
    for folder in _SOURCES:
        for path in sorted((base / folder).rglob("*")):
            if path.suffix in _SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if "Manifest" in settings.STORAGES["staticfiles"]["BACKEND"] and manifest.exists():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:12]
