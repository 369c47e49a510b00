"""Whole-page cache for anonymous visitors, correct across processes and servers.

Every public page is a function of the content in the database and of the clock (the
publication windows). So:

- The shared cache (Redis, or the database cache) holds one small *content state*: a
  random version token and the next moment a publication window opens or closes.
- Every saved, deleted or re-linked content row replaces the token (at once and again
  after the transaction commits, so a page rendered from the old rows during the
  transaction can never be served under the new token). When the clock passes the next
  publication moment, the first request to notice replaces the token too.
- A cached page is stored with the token that was current *before* it was rendered and
  is served only while that token is still current. Every worker knows the current
  token: with Redis through a subscription (each new state is published), on SQLite
  through a state file beside the database, otherwise by reading the shared cache on
  every request. So an editor's change reaches every worker and every server at once
  (tests/test_workers.py). The page bodies are also kept in a small per-process memory,
  so that a hit usually costs no round trip at all.
- Keys carry the release (gentse_se.release) and, in the cache's key prefix, the
  database: no page of another release or database is ever served.

Only anonymous GET and HEAD requests for public pages are cached, and only 200
responses that set no cookie, did not use a CSRF token and were not marked private or
no-store by their view (the admin, previews and forms are never cached). Cached bodies
are gzip-compressed once; responses carry a weak ETag and answer If-None-Match with
304. Cache-Control lets a reverse proxy store public pages but revalidate them (or, with
DJANGO_PROXY_CACHE_SECONDS, serve them for that many seconds), and serve a stale copy
when the site is down (stale-if-error).
"""

import gzip
import hashlib
import json
import logging
import os
import secrets
import threading
import time
from collections import OrderedDict
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connections, transaction
from django.db.models import Min, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_etags

from gentse_se import memo
from gentse_se.release import release

logger = logging.getLogger(__name__)

STATE_PREFIX = "pagecache:state:"
ENTRY_PREFIX = "pagecache:page:"
# Pages live at most this long in the shared cache; tokens make them stale sooner.
ENTRY_TIMEOUT = 3600
# The state itself never expires on its own: it is replaced, not timed out.
STATE_TIMEOUT = None
# Apps whose rows make up the public pages.
CONTENT_APPS = ("pages", "companies", "jobcount")
# Rows that do not appear on any public page.
NOT_CONTENT = {"companies.quoterequest"}
# Headers that are set per response, not stored with a page.
_UNSTORED = {
    "content-length",
    "content-encoding",
    "etag",
    "last-modified",
    "vary",
    "cache-control",
    "set-cookie",
    "date",
}
_LOCAL_ENTRIES = 256


def _publishable_models():
    from pages.models import Publishable

    return [
        model
        for model in apps.get_models()
        if issubclass(model, Publishable) and not model._meta.abstract
    ]


def next_publication_moment(now=None):
    """The next moment at which a publication window opens or closes, or None."""
    now = now or timezone.now()
    moments = []
    for model in _publishable_models():
        found = model.objects.aggregate(
            start=Min("publish_from", filter=_after("publish_from", now)),
            end=Min("publish_until", filter=_after("publish_until", now)),
        )
        moments += [moment for moment in found.values() if moment]
    return min(moments) if moments else None


def _after(field, now):
    return Q(**{f"{field}__gt": now})


def _new_state():
    moment = next_publication_moment()
    state = {
        "token": secrets.token_hex(8),
        "until": moment.timestamp() if moment else None,
        "changed": time.time(),
    }
    cache.set(state_key(), state, STATE_TIMEOUT)
    _announce(state)
    return state


# -- Redis: the state announced to every worker ------------------------------------
# With Redis, each worker keeps the current state in memory, kept current by a
# subscription: every new state is published on a channel as soon as it is stored, and
# a listener thread per worker takes it in (within milliseconds). A hit then needs no
# round trip at all. Until the listener is subscribed, and whenever its connection is
# lost, the worker reads the state from the cache on every request, as without Redis.


def _channel():
    return "gentse_se:pagecache:" + release()


def _announce(state):
    publish = getattr(cache, "publish", None)
    if publish is not None:
        publish(_channel(), json.dumps(state))
        _listener.took(state)
    else:
        _state_file.write(state)


class _StateFile:
    """SQLite without Redis (one machine, by the nature of SQLite): every new state is
    also written, atomically, to a file beside the database, and a worker looks at
    the file's stamp (one stat call) on every request, reading it again when it
    changed. As immediate as reading the database cache, without the query."""

    def __init__(self):
        self.pid = None
        self.file = None
        self.stamp = None
        self.state = None

    def path(self):
        if self.pid != os.getpid():
            self.pid, self.stamp, self.state = os.getpid(), None, None
            database = connections["default"]
            self.file = (
                None
                if getattr(cache, "publish", None) is not None
                or database.vendor != "sqlite"
                or database.is_in_memory_db()
                else Path(f"{database.settings_dict['NAME']}.pagecache-{release()}")
            )
        return self.file

    def write(self, state):
        path = self.path()
        if path is not None:
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(state))
            os.replace(temporary, path)  # readers see the old file or the new one

    def current(self):
        """The state in the file, or None (no file, or not SQLite)."""
        path = self.path()
        if path is None:
            return None
        try:
            found = os.stat(path)
        except FileNotFoundError:
            return None
        stamp = (found.st_ino, found.st_mtime_ns, found.st_size)
        if stamp != self.stamp:
            self.state, self.stamp = json.loads(path.read_text()), stamp
        return self.state


_state_file = _StateFile()


class _Listener:
    """The content state as the channel announces it, per worker process."""

    RETRY_SECONDS = 1.0

    def __init__(self):
        self.pid = None
        self.state = None
        self.live = False

    def current(self):
        """The announced state, or None when this worker is not (yet) subscribed."""
        if self.pid != os.getpid():
            self.pid = os.getpid()
            self.live, self.state = False, None
            if getattr(cache, "subscribe", None) is not None:
                threading.Thread(
                    target=self._listen, name="pagecache-listener", daemon=True
                ).start()
        return self.state if self.live else None

    def took(self, state):
        if self.live:
            self.state = state

    def _listen(self):
        while True:
            try:
                with cache.subscribe(_channel()) as messages:
                    # Subscribed: no later change can be missed; start from the
                    # state stored before.
                    self.state = cache.get(state_key())
                    self.live = self.state is not None
                    for data in messages:
                        self.state = json.loads(data)
                        self.live = True
            except Exception:
                logger.warning(
                    "Page cache: listener lost its connection", exc_info=True
                )
            self.live, self.state = False, None
            time.sleep(self.RETRY_SECONDS)


_listener = _Listener()


def current_state():
    """The current content state: announced (Redis or the state file), else read
    from the cache."""
    state = _listener.current() or _state_file.current()
    if state is None or not _current(state):
        state = cache.get(state_key())
    if not state or not _current(state):
        state = _new_state()
    return state


def state_key():
    """The content state's key, per release (gentse_se.release): after a deploy, the
    new code starts from a new state, so no page of the old release is served."""
    return STATE_PREFIX + release()


def _current(state):
    """False once the clock has passed the next publication moment."""
    return not state["until"] or timezone.now().timestamp() < state["until"]


def content_changed(**_kwargs):
    """Make every cached page stale, in every process, now and after the commit."""
    try:
        _new_state()
    except Exception:  # a cache outage must never break an editor's save
        logger.exception("Page cache: could not replace the content state")
    transaction.on_commit(_new_state_quietly)


def _new_state_quietly():
    try:
        _new_state()
    except Exception:
        logger.exception("Page cache: could not replace the content state")


def _on_save_or_delete(sender, **_kwargs):
    if _is_content(sender):
        content_changed()


def _on_m2m(sender, action, **_kwargs):
    if action.startswith("post_") and _is_content(sender):
        content_changed()


def _is_content(model):
    meta = model._meta
    return meta.app_label in CONTENT_APPS and meta.label_lower not in NOT_CONTENT


def connect_signals():
    post_save.connect(_on_save_or_delete, dispatch_uid="pagecache-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="pagecache-delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="pagecache-m2m")


def enabled():
    return getattr(settings, "PAGE_CACHE", True)


def cache_control_public():
    seconds = getattr(settings, "PROXY_CACHE_SECONDS", 0)
    freshness = f"s-maxage={seconds}" if seconds else "no-cache"
    return f"public, max-age=0, {freshness}, stale-if-error=86400"


class PageCacheMiddleware:
    """Serves and stores anonymous public pages (see the module's docstring). Sits
    after WhiteNoise and before the session, locale and CSRF middleware, so that a hit
    does no more work than a static file."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.media_prefix = "/" + settings.MEDIA_URL.lstrip("/")
        self.skip_prefixes = (
            "/" + settings.ADMIN_URL,
            self.media_prefix,
            "/healthz",
            "/readyz",
        )
        self.private_cookies = {
            settings.SESSION_COOKIE_NAME,
            "messages",
        }
        self.language_prefixes = tuple(f"/{code}/" for code, _ in settings.LANGUAGES)
        self.local = OrderedDict()

    # -- deciding -------------------------------------------------------------

    def _cacheable_request(self, request):
        return enabled() and not any(
            name in request.COOKIES for name in self.private_cookies
        )

    @staticmethod
    def _storable(request, response):
        if response.status_code != 200 or getattr(response, "streaming", False):
            return False
        if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        if "CSRF_COOKIE" in request.META and b"csrfmiddlewaretoken" in response.content:
            return False
        control = response.get("Cache-Control", "").lower()
        if any(word in control for word in ("private", "no-store", "no-cache")):
            return False
        # Stored by path (and language, see _key): a page that varies on anything
        # else than those, the encoding or the (anonymous, ignored) cookies is not.
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",")} - {""}
        return vary <= {"accept-encoding", "accept-language", "cookie"}

    # -- the cache ----------------------------------------------------------------

    def _key(self, request):
        """The full path; outside the language prefixes (the sitemap, the open data,
        robots.txt) also the language the visitor's browser asks for."""
        full_path = request.get_full_path()
        if not request.path_info.startswith(self.language_prefixes):
            full_path += " " + translation.get_language_from_request(request)
        raw = full_path.encode("utf-8", "surrogateescape")
        return ENTRY_PREFIX + release() + ":" + hashlib.sha256(raw).hexdigest()[:32]

    def _state_and_entry(self, key):
        """The current content state, and the stored page for this key if it was made
        under that state (key None: only the state)."""
        state = current_state()
        if key is None:
            return state, None
        entry = self.local.get(key)
        if entry is None or entry["token"] != state["token"]:
            entry = cache.get(key)
        if entry and entry["token"] == state["token"]:
            self._remember(key, entry)
            return state, entry
        return state, None

    def _remember(self, key, entry):
        self.local[key] = entry
        self.local.move_to_end(key)
        while len(self.local) > _LOCAL_ENTRIES:
            self.local.popitem(last=False)

    # -- answering -----------------------------------------------------------------

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or request.path_info.startswith(
            self.skip_prefixes
        ):
            return self._private(request, self.get_response(request))
        cacheable = self._cacheable_request(request)
        key = self._key(request) if cacheable else None
        try:
            state, entry = self._state_and_entry(key)
        except Exception:  # the cache (or the database behind it) is down
            logger.warning("Page cache unavailable; rendering", exc_info=True)
            state, entry = None, None
        if entry is not None:
            return self._respond(request, entry, hit=True)
        # Rendering: shared data may be remembered under this state (gentse_se.memo).
        reset = memo.current_token.set(state["token"] if state else None)
        try:
            response = self.get_response(request)
        finally:
            memo.current_token.reset(reset)
        if not cacheable or state is None or not self._storable(request, response):
            return self._private(request, response)
        body = response.content
        entry = {
            "token": state["token"],
            "headers": [
                (name, value)
                for name, value in response.items()
                if name.lower() not in _UNSTORED
            ],
            "vary": [
                value.strip()
                for value in response.get("Vary", "").split(",")
                if value.strip().lower() == "accept-language"
            ],
            "gzip": gzip.compress(body, compresslevel=6, mtime=0),
            "etag": 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"',
            "modified": state["changed"],
        }
        try:
            cache.set(key, entry, ENTRY_TIMEOUT)
        except Exception:
            logger.warning("Page cache: could not store a page", exc_info=True)
        self._remember(key, entry)
        return self._respond(request, entry, hit=False, body=body)

    def _private(self, request, response):
        """What is not cached here is not stored by a proxy either (unless its view
        said otherwise): forms, pages for logged-in editors, errors."""
        if "Cache-Control" not in response and not request.path_info.startswith(
            self.media_prefix
        ):
            response["Cache-Control"] = "private, no-cache"
        return response

    def _respond(self, request, entry, hit, body=None):
        if entry["etag"] in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
            response = HttpResponseNotModified()
        else:
            accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
            if accepts_gzip:
                content = entry["gzip"]
            else:
                content = body if body is not None else gzip.decompress(entry["gzip"])
            response = HttpResponse(
                b"" if request.method == "HEAD" else content, status=200
            )
            if accepts_gzip:
                response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(content))
            for name, value in entry["headers"]:
                response[name] = value
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = http_date(entry["modified"])
        response["Cache-Control"] = cache_control_public()
        response["X-Cache"] = "hit" if hit else "miss"
        patch_vary_headers(response, (*entry["vary"], "Accept-Encoding"))
        return response
