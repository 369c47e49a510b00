"""Site-wide views: health checks, robots.txt and the error pages."""

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve as static_serve

from gentse_se.middleware import database_unavailable


@require_safe
def root(request):
    """/ → the visitor's language from Accept-Language (Dutch when unknown)."""
    language = translation.get_language_from_request(request)
    response = redirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


@never_cache
@require_safe
def healthz(request):
    """Liveness: the process answers; the database is not touched."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
@require_safe
def readyz(request):
    """Readiness: 200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = HttpResponse("database unavailable\n", content_type="text/plain")
        response.status_code = 503
        response["Retry-After"] = "30"
        return response
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        "Sitemap: " + request.build_absolute_uri("/sitemap.xml"),
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp")


@require_safe
def media(request, path):
    """Uploaded files, when no web server in front serves them: never sniffed, never
    run (sandboxed), and anything but an image downloads as an attachment."""
    response = static_serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if response.get("Content-Type", "").split(";")[0] not in IMAGE_TYPES:
        response["Content-Disposition"] = "attachment"
    return response


def page_not_found(request, exception):
    try:
        return render(request, "404.html", status=404)
    except (OperationalError, InterfaceError) as error:  # its menu needs the database
        return database_unavailable(error)


def server_error(request):
    """The 500 page: a static template, no database, no context processors."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": get_language()}))
