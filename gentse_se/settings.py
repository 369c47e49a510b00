"""Settings for gentse_se, read from the environment (see .env.example).

Defaults suit local development with SQLite. With DEBUG off, the secret key and the
allowed hosts must be set, and the HTTPS protections are on unless switched off.
"""

import hashlib
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import html_tags
from js_asset import static_lazy

from gentse_se.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

# Only for DEBUG on a developer's machine: a fixed, obviously unsafe key, never random.
_DEV_SECRET_KEY = "django-insecure-local-development-only-never-use-in-production"
SECRET_KEY = env_str("DJANGO_SECRET_KEY") or (_DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. With DJANGO_DEBUG off a secret key is required: "
        "set DJANGO_SECRET_KEY to a long random value (see .env.example)."
    )

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS is not set. With DJANGO_DEBUG off, list the host names "
        "the site answers to, separated by commas (see .env.example)."
    )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Redirects from old addresses (core.redirects); they need the sites framework.
    "django.contrib.sites",
    "django.contrib.redirects",
    "django.contrib.postgres",
    "reversion",
    "reversion_compare",
    "django_prose_editor",
    "core.apps.AxesConfig",  # django-axes, with a Dutch name
    "csp",
    "import_export",
    "adminsortable2",
    # Queued mail, retried until sent (core.drafts; send_queued_mail on a timer).
    "post_office",
    "core",
    "pages",
    "companies",
    "news",
    "jobcount",
    "search",
]
# Dev-only: demo content, bench data and the local admin account (make run).
DEMO = env_bool("DJANGO_DEMO", DEBUG)
if DEMO:
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "gentse_se.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise, which serves static files precompressed, and above
    # AdminScriptHashMiddleware, which hashes the body.
    "django.middleware.gzip.GZipMiddleware",
    # ETag and 304 for every page, cached or not (after GZip, as Django advises).
    "django.middleware.http.ConditionalGetMiddleware",
    # Before the session, locale and CSRF middleware: a hit does almost no work.
    "core.pagecache.PageCacheMiddleware",
    # Inside CSPMiddleware, so that the policy it sets for the admin is applied.
    "gentse_se.middleware.AdminScriptHashMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "gentse_se.middleware.LocaleMiddleware",
    "gentse_se.middleware.AdminInDutchMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Answers a 404 with the redirect from that old address, if any (core.redirects);
    # inside the page cache, which stores neither.
    "gentse_se.middleware.RedirectFallbackMiddleware",
    "gentse_se.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns lock-outs into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "gentse_se.urls"
# The one row of django.contrib.sites, which redirects belong to. Its domain is not
# used: sitemaps and links take the request's host (core.sitemaps).
SITE_ID = 1
WSGI_APPLICATION = "gentse_se.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
            ],
        },
    },
]

# Database: DATABASE_URL, or an SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's default cost of reading a random page (4) assumes spinning disks:
    # with it the planner scans whole tables where the search and filter indexes
    # are two to three times faster on SSD storage (docs/performance.md). Set
    # DJANGO_DB_RANDOM_PAGE_COST to another number, or to "server" to keep the
    # server's own setting.
    _page_cost = env_str("DJANGO_DB_RANDOM_PAGE_COST", "1.1")
    if _page_cost != "server":
        try:
            _page_cost = float(_page_cost)
        except ValueError:
            raise ImproperlyConfigured(
                "DJANGO_DB_RANDOM_PAGE_COST must be a number (1.1 for SSD storage) "
                f"or 'server', not {_page_cost!r}."
            ) from None
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
            f"-c random_page_cost={_page_cost}"
        )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers share the file: write-ahead logging lets readers go on
    # while one writes, and IMMEDIATE transactions wait for the lock instead of
    # failing with "database is locked" halfway through.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches: Redis when REDIS_URL is set (shared by every worker and server); otherwise
# the database, which every gunicorn worker shares. Whole pages have an alias of their
# own (core.pagecache), so that they never push out anything else.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    # Per database: two sites (say, staging and a benchmark) sharing one Redis never
    # see each other's entries.
    _prefix = (
        "gentse_se:"
        + hashlib.sha256(
            repr(
                [DATABASES["default"].get(k) for k in ("HOST", "PORT", "NAME")]
            ).encode()
        ).hexdigest()[:8]
    )
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{_prefix}:{alias}",
        }
        for alias in ("default", "pages")
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_page_cache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

# Whole public pages are cached for anonymous visitors (core.pagecache).
# DJANGO_PAGE_CACHE=0 turns it off; with DEBUG it is off unless asked for, so that a
# developer sees a changed template at once. A reverse proxy may keep public pages
# for DJANGO_PROXY_CACHE_SECONDS (docs/deploy.md); 0 makes it revalidate every time.
PAGE_CACHE = env_bool("DJANGO_PAGE_CACHE", not DEBUG)
PROXY_CACHE_SECONDS = env_int("DJANGO_PROXY_CACHE_SECONDS", 0)
# What this deployment runs (a version or commit, set by deployment): cached pages of
# another release are never served.
RELEASE = env_str("DJANGO_RELEASE", "dev")

_VALIDATORS = "django.contrib.auth.password_validation."
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": _VALIDATORS + "UserAttributeSimilarityValidator"},
    {"NAME": _VALIDATORS + "MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": _VALIDATORS + "CommonPasswordValidator"},
    {"NAME": _VALIDATORS + "NumericPasswordValidator"},
]

# Languages: Dutch first; English and French translations, Dutch as fallback.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English")), ("fr", _("French"))]
# locale/: the project's own strings (make messages). locale-overrides/: better
# Dutch and French for strings of Django and the add-ons (say, "Bedrijf ‘Ryhove’ is
# gewijzigd" instead of "De bedrijf …"), which makemessages never rewrites.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-overrides"]
USE_I18N = True
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("nl",)
# The tabbed translation admin needs jQuery UI: served from our own static files
# (copied from npm by `make assets`), never from a CDN. modeltranslation reads
# this unprefixed setting name.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Static files: our sources in static/, the style guide's built assets in build/static
# (made by `make assets`). Compressed manifest storage in production, plain in tests.
STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static", BASE_DIR / "build" / "static"]

# The rich-text editor's own extensions (static/js/rich-text.js: Word paste, the link
# check, Dutch labels), configured in core/html.py. They add no HTML of their own.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("js/rich-text.js")],
        "extensions": {"WordPaste": html_tags([]), "EditorLabels": html_tags([])},
    }
]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
# Uploads: images are checked and re-encoded (core.images); whole requests are
# limited so that an oversized upload is refused before it is read.
DATA_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

# Media on S3-compatible object storage when a bucket is configured (several app
# servers then share the uploads); needs the "s3" extra (django-storages).
MEDIA_S3_BUCKET = env_str("DJANGO_MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env_str("DJANGO_MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": env_str("DJANGO_MEDIA_S3_REGION") or None,
            "access_key": env_str("DJANGO_MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": env_str("DJANGO_MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"ContentDisposition": "inline"},
        },
    }
else:
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": _media_storage,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("DJANGO_STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
    # django-post-office's attachments (it sends none here): not the media storage,
    # which it would otherwise open at start-up.
    "mail_attachments": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}

# E-mail.
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = env_str("DJANGO_SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Beheer", a) for a in env_list("DJANGO_ADMINS")]
# django-post-office: mail about working copies waits in the database until
# `send_queued_mail` (every five minutes, docs/deploy.md) sends it; a failure is tried
# again every half hour for a day.
POST_OFFICE = {
    "DEFAULT_PRIORITY": "medium",
    "MAX_RETRIES": 48,
    "RETRY_INTERVAL": timedelta(minutes=30),
    "THREADS_PER_PROCESS": 1,
    "FILE_STORAGE": "mail_attachments",
}

# Admin address (outside the language prefix).
ADMIN_URL = env_str("DJANGO_ADMIN_URL", "beheer/").strip("/") + "/"

# HTTPS protections: on by default with DEBUG off. `make serve` switches off only what
# plain HTTP on 127.0.0.1 needs (the redirect and the Secure cookie flag).
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): nothing inline, nothing from another origin.
# The admin gets the same policy, except that its one inline import map is allowed by
# hash (gentse_se.middleware.AdminScriptHashMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

_secure_cookies = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = _secure_cookies
CSRF_COOKIE_SECURE = _secure_cookies
# The __Host- prefix binds a cookie to this host over HTTPS; browsers only accept it
# with the Secure flag, so it follows that setting.
SESSION_COOKIE_NAME = "__Host-sessionid" if _secure_cookies else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if _secure_cookies else "csrftoken"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = _secure_cookies
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Password reset by e-mail from the admin's login page (core.password_reset): the
# link works once and for an hour; the login page is where every sign-in starts.
PASSWORD_RESET_TIMEOUT = 60 * 60
LOGIN_URL = "admin:login"

# Login throttling (django-axes): a username + address pair is locked for 15 minutes
# after 5 failures; the right user from another address can still log in.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False
# Behind a reverse proxy, the visitor's address is the entry the nearest trusted proxy
# added to X-Forwarded-For (core.net); DJANGO_TRUSTED_PROXY_COUNT says how many proxies
# stand in front (1 with the nginx of docs/deploy.md; 0: none, the header is ignored).
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "core.net.client_address"

# The city's social-economy desk: receives every quote request, and every need that
# no company can take. Without it in production, `check --deploy` warns.
# While developing (make run), the mails go to the console, the desk's included.
SOCIAL_ECONOMY_DESK_EMAIL = env_str(
    "DJANGO_SOCIAL_ECONOMY_DESK_EMAIL", "desk@localhost" if DEBUG else ""
)
# After this many days the buyer is asked once whether something was bought.
QUOTE_FOLLOW_UP_DAYS = env_int("DJANGO_QUOTE_FOLLOW_UP_DAYS", 14)
# The site's own address, for links in mails (no request to take it from).
SITE_URL = env_str(
    "DJANGO_SITE_URL",
    "http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0]}",
)

# Content health (docs/editing.md, "Wat vraagt aandacht?").
# Months after which an item's check is due, per kind ("pages.page": 6); the others
# every 12 months (core.models.Reviewed.review_interval_months).
REVIEW_INTERVAL_MONTHS = {}
# The day the owners get their weekly list of checks due (0 = Monday).
REVIEW_REMINDER_WEEKDAY = env_int("DJANGO_REVIEW_REMINDER_WEEKDAY", 0)
# A company's vacancy link and offerings are hidden from visitors when nobody
# confirmed them for this many months.
CONFIRMATION_MONTHS = env_int("DJANGO_CONFIRMATION_MONTHS", 3)
# Outbound links: checked this many at once, each waiting this many seconds at most.
LINKCHECK_WORKERS = 8
LINKCHECK_TIMEOUT = 10
# Readability (textstat): below this score a text gets a soft warning, per language.
READABILITY_MIN_SCORE = {"nl": 60, "en": 60, "fr": 60}

# Logs go to standard output; server errors also by mail to DJANGO_ADMINS when set.
_error_handlers = ["console", "mail_admins"] if ADMINS else ["console"]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {
            "handlers": _error_handlers,
            "level": "ERROR",
            "propagate": False,
        },
    },
}

# Error reports to Sentry when SENTRY_DSN is set (needs the "sentry" extra). No
# personal data is sent.
SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env_str("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        traces_sample_rate=0.0,
    )
