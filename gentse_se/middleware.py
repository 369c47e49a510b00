import base64
import functools
import hashlib
import logging
import re

import csp.constants
import csp.middleware
import csp.utils
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
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
        logger.error("Database unavailable: %s", exception)
        response = HttpResponse(
            loader.get_template("503.html").render(
                {"LANGUAGE_CODE": translation.get_language()}
            ),
            status=503,
        )
        response["Retry-After"] = self.RETRY_AFTER
        response["Cache-Control"] = "no-store"
        return response


class CSPMiddleware(csp.middleware.CSPMiddleware):
    """django-csp's middleware, with the site's own policy built once per process.

    django-csp builds the header string again for every response, static files
    included (about 0.1 ms each in `make bench`). When a response asks for nothing
    special (no per-view config, update or replace, no nonce, no report-only policy),
    the header is the same every time: it is built once and reused. Anything else goes
    through django-csp unchanged."""

    @functools.cached_property
    def _site_policy(self):
        return csp.utils.build_policy()

    def process_response(self, request, response):
        special = (
            getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or getattr(request, "_csp_nonce", None) is not None
            or any(
                getattr(response, name, None) is not None
                for name in ("_csp_config", "_csp_update", "_csp_replace")
            )
            or getattr(response, "_csp_exempt", False)
            or (settings.DEBUG and response.status_code in (404, 500))
        )
        if special:
            return super().process_response(request, response)
        if csp.constants.HEADER not in response and self._site_policy:
            response[csp.constants.HEADER] = self._site_policy
        request.csp_nonce = csp.middleware.CheckableLazyObject(
            self._csp_nonce_post_response
        )
        return response
