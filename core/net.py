"""The visitor's address, as the reverse proxy in front saw it.

Django's REMOTE_ADDR is the proxy's own address. nginx, as docs/deploy.md sets it up,
appends the address it saw to X-Forwarded-For ($proxy_add_x_forwarded_for), after
whatever the visitor sent. So only the right-most entries are written by proxies we
trust: with DJANGO_TRUSTED_PROXY_COUNT proxies, the visitor is the entry that many
places from the right; everything left of it may be forged. Without a proxy the
header is ignored. Written by hand: django-ipware reads the left-most entry by default
and axes' own proxy count gave an empty address for every visitor behind nginx."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The visitor's IP address; never empty, never taken from a forged entry."""
    remote = request.META.get("REMOTE_ADDR", "") or "0.0.0.0"
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return remote
    entries = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if len(entries) < count:
        return remote
    candidate = entries[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
