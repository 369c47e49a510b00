import base64
import hashlib
import logging
import re

from django.conf import settings
from django.contrib.redirects.middleware import (
    RedirectFallbackMiddleware as DjangoRedirectFallbackMiddleware,
)
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template import loader
from django.utils import translation

logger = logging.getLogger(__name__)


class AdminInDutchMiddleware:
    """The back office speaks Dutch, whatever language the editor's browser asks for."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        if request.path_info.startswith(self.prefix):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except for a 404 in the admin: Django would redirect it to the same
    address under /nl/ (the public pages' catch-all route makes every such address
    look valid), where the public site answers 404 instead of the admin."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            "/" + settings.ADMIN_URL
        ):
            return response
        return super().process_response(request, response)


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set: a Permissions-Policy that turns
    off every browser feature the site does not use."""

    PERMISSIONS_POLICY = ", ".join(
        f"{feature}=()"
        for feature in (
            "accelerometer",
            "autoplay",
            "camera",
            "display-capture",
            "encrypted-media",
            "fullscreen",
            "geolocation",
            "gyroscope",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "picture-in-picture",
            "publickey-credentials-get",
            "screen-wake-lock",
            "sync-xhr",
            "usb",
            "xr-spatial-tracking",
        )
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.PERMISSIONS_POLICY)
        return response


class AdminScriptHashMiddleware:
    """The admin's policy, as strict as the admin can work with:
    - scripts: the rich-text editor needs one inline <script type="importmap">; rather
      than allowing inline scripts, its exact content is allowed by its SHA-256 hash;
    - styles: the editor and Django's admin widgets set inline styles from their
      scripts, so the admin (only) allows inline styles; scripts stay locked.
    Sits after csp.middleware.CSPMiddleware so that CSP reads what it sets."""

    IMPORTMAP = re.compile(rb'<script type="importmap">(.*?)</script>', re.S)

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path_info.startswith(self.prefix) or getattr(
            response, "streaming", False
        ):
            return response
        hashes = [
            "'sha256-" + base64.b64encode(hashlib.sha256(match).digest()).decode() + "'"
            for match in self.IMPORTMAP.findall(response.content)
        ]
        response._csp_replace = {
            "script-src": ["'self'", *hashes],
            "style-src": ["'self'", "'unsafe-inline'"],
        }
        return response


class RedirectFallbackMiddleware(DjangoRedirectFallbackMiddleware):
    """Django's redirects on a 404, except that a database outage leaves the 404 as
    it is: the lookup runs after the view, where DatabaseUnavailableMiddleware does
    not see its error."""

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except (OperationalError, InterfaceError):
            logger.error("Database unavailable: no redirect looked up")
            return response


class DatabaseUnavailableMiddleware:
    """When the database does not answer, visitors get a friendly 503 page in their
    language with Retry-After, never a traceback; nothing needs a restart afterwards
    (Django opens a new connection on the next request)."""

    RETRY_AFTER = "60"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        return database_unavailable(exception)


def database_unavailable(exception):
    """The friendly 503 page in the visitor's language, with Retry-After."""
    logger.error("Database unavailable: %s", exception)
    response = HttpResponse(
        loader.get_template("503.html").render(
            {"LANGUAGE_CODE": translation.get_language()}
        ),
        status=503,
    )
    response["Retry-After"] = DatabaseUnavailableMiddleware.RETRY_AFTER
    response["Cache-Control"] = "no-store"
    return response
