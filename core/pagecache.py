"""Whole public pages for anonymous visitors, in Django's cache framework.

- Pages live in their own cache alias, ``pages`` (Redis in production, the database
  cache by default), so that nothing else (login counters, rate limits) is culled by
  them. Only anonymous GET and HEAD requests of public pages are cached, and only 200
  responses that set no cookie, used no CSRF token and were not marked private.
- The key is the request's scheme, host, path and the query parameters a view reads
  (PARAMETERS), plus the visitor's language outside the language prefixes; Django
  checks the host against ALLOWED_HOSTS before anything is looked up. A request with
  another parameter is served the page without it, but never stored.
- Every page is stored with the *generation* it was made in: a random token kept in
  the same cache with the next moment a publication window opens or closes, read
  together with the page in one round trip. Every saved, deleted or re-linked
  content row removes it, at once and after the commit, and so does the clock passing
  that moment, so the next request starts a new generation and every worker on every
  server renders afresh (tests/test_workers.py). Keys carry DJANGO_RELEASE too, which
  deployment sets: pages of another release are never served.
- Bodies are stored gzip-compressed too, once, for clients that accept it.
- ETag and 304 come from ConditionalGetMiddleware; Cache-Control lets a proxy keep a
  public page for DJANGO_PROXY_CACHE_SECONDS (docs/deploy.md), and marks everything
  not cached here private.
"""

import gzip
import hashlib
import logging
import secrets
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)

ALIAS = "pages"
# The query parameters that some public view reads: only these make distinct pages.
PARAMETERS = (
    "q",
    "page",
    "sector",
    "offering",
    "type",
    "reserved",
    "year",
    "form",
    "company",
)
# Apps whose rows make up the public pages, and their rows that do not.
CONTENT_APPS = {"pages", "companies", "jobcount", "news"}
NOT_CONTENT = {"companies.quoterequest"}
TIMEOUT = 3600
# Headers set per response, not stored with a page.
_UNSTORED = {"content-length", "etag", "cache-control", "set-cookie", "date", "x-cache"}


def _cache():
    return caches[ALIAS]


def _state_key():
    return f"state:{settings.RELEASE}"


def current_generation(state=None):
    """The current generation's token (from the state just read, if given): a new
    one after a change or when the clock passed the next publication moment."""
    from core.models import next_publication_moment

    cache = _cache()
    if state is None:
        state = cache.get(_state_key())
    now = timezone.now().timestamp()
    if state is None or (state["until"] and now >= state["until"]):
        moment = next_publication_moment()
        state = {
            "token": secrets.token_hex(8),
            "until": moment.timestamp() if moment else None,
        }
        cache.set(_state_key(), state, None)
    return state["token"]


_unchanged = ContextVar("pagecache_unchanged", default=False)


@contextmanager
def unchanged():
    """Writes in this block (this thread only) leave the cache alone: they are rolled
    back (an admin preview, core.preview)."""
    reset = _unchanged.set(True)
    try:
        yield
    finally:
        _unchanged.reset(reset)


def content_changed(**_kwargs):
    """Every cached page is stale: now, and again once the change is committed (a
    page rendered from the old rows meanwhile is never served after the commit)."""
    if _unchanged.get():
        return
    _forget_generation()
    transaction.on_commit(_forget_generation)


def _forget_generation():
    try:
        _cache().delete(_state_key())
    except Exception:  # a cache outage must never break an editor's save
        logger.exception("Page cache: could not start a new generation")


def _on_change(sender, **kwargs):
    if kwargs.get("action", "post_").startswith("post_") and is_content(sender):
        content_changed()


def is_content(model):
    meta = model._meta
    return meta.app_label in CONTENT_APPS and meta.label_lower not in NOT_CONTENT


def connect_signals():
    post_save.connect(_on_change, dispatch_uid="pagecache-save")
    post_delete.connect(_on_change, dispatch_uid="pagecache-delete")
    m2m_changed.connect(_on_change, dispatch_uid="pagecache-m2m")


def cache_control_public():
    seconds = settings.PROXY_CACHE_SECONDS
    freshness = f"s-maxage={seconds}" if seconds else "no-cache"
    return f"public, max-age=0, {freshness}, stale-if-error=86400"


class PageCacheMiddleware:
    """Serves and stores anonymous public pages (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.media = "/" + settings.MEDIA_URL.lstrip("/")
        self.skip = ("/" + settings.ADMIN_URL, "/healthz", "/readyz")
        self.language_prefixes = tuple(f"/{code}/" for code, _ in settings.LANGUAGES)

    def __call__(self, request):
        if request.path_info.startswith(self.media):
            return self.get_response(request)
        if (
            not settings.PAGE_CACHE
            or request.method not in ("GET", "HEAD")
            or request.path_info.startswith(self.skip)
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return self._private(request, self.get_response(request))
        known = [
            (name, value) for name in PARAMETERS for value in request.GET.getlist(name)
        ]
        storable = len(known) == sum(
            len(values) for _name, values in request.GET.lists()
        )
        try:
            # One round trip: the generation and the page together.
            key = self._key(request, known)
            found = _cache().get_many([_state_key(), key])
            token = current_generation(found.get(_state_key()))
            entry = found.get(key)
        except Exception:  # the cache (or the database behind it) is down
            logger.warning("Page cache unavailable; rendering", exc_info=True)
            key = entry = None
        if entry is not None and entry["token"] == token:
            return self._respond(request, entry, hit=True)
        response = self.get_response(request)
        if key is None or not storable or not self._storable(request, response):
            return self._private(request, response)
        entry = {
            "status": response.status_code,
            "headers": {
                name: value
                for name, value in response.items()
                if name.lower() not in _UNSTORED
            },
            "content": response.content,
            # Compressed once here, not by GZipMiddleware on every hit.
            "gzip": gzip.compress(response.content, compresslevel=6, mtime=0),
            "etag": 'W/"'
            + hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            + '"',
            "token": token,
        }
        try:
            _cache().set(key, entry, TIMEOUT)
        except Exception:
            logger.warning("Page cache: could not store a page", exc_info=True)
        return self._respond(request, entry, hit=False)

    def _key(self, request, known):
        # build_absolute_uri checks the host against ALLOWED_HOSTS (400 otherwise).
        address = request.build_absolute_uri(request.path)
        if not request.path_info.startswith(self.language_prefixes):
            address += " " + translation.get_language_from_request(request)
        raw = repr((address, sorted(known))).encode("utf-8", "surrogateescape")
        digest = hashlib.sha256(raw).hexdigest()[:32]
        return f"page:{settings.RELEASE}:{digest}"

    @staticmethod
    def _storable(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get(
            "CSRF_COOKIE_USED"
        ):
            return False
        control = response.get("Cache-Control", "").lower()
        if any(word in control for word in ("private", "no-store", "no-cache")):
            return False
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",")} - {""}
        return vary <= {"accept-encoding", "accept-language", "cookie"}

    @staticmethod
    def _private(request, response):
        """What is not cached here is not stored by a proxy either, unless its view
        said otherwise: forms, pages for logged-in editors, errors."""
        response.setdefault("Cache-Control", "private, no-cache")
        return response

    @staticmethod
    def _respond(request, entry, hit):
        packed = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
        content = entry["gzip"] if packed else entry["content"]
        response = HttpResponse(
            b"" if request.method == "HEAD" else content, status=entry["status"]
        )
        for name, value in entry["headers"].items():
            response[name] = value
        if packed:
            response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(content))
        response["ETag"] = entry["etag"]
        response["Cache-Control"] = cache_control_public()
        response["X-Cache"] = "hit" if hit else "miss"
        patch_vary_headers(response, ("Accept-Encoding",))
        return response
