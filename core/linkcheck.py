"""Outbound link checks (issue 17, part C).

Collect every absolute link of the content (URL fields, ``href`` in rich text, every
language column), check them with a few at once (HEAD, then GET), record what was
found, and mail the owner of each item a link that failed two checks in a row.

Our own, not django-linkcheck: it checks from save signals (network inside the
editor's request), one link at a time, and keeps no count of failures in a row.
"""

import http.client
import ipaddress
import socket
import ssl
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from post_office import mail

from core import dashboard
from core.models import LinkUse, OutboundLink, RichTextField
from core.permissions import PUBLISHER_GROUP

CONTENT_APPS = ("pages", "companies", "jobcount")
CHECKED_SCHEMES = ("http", "https")
# Not web addresses: nothing to check.
IGNORED_SCHEMES = ("mailto", "tel", "sms", "javascript", "data")
MAX_REDIRECTS = 5
REDIRECT_CODES = (301, 302, 303, 307, 308)
BODY_BYTES = 1024


def _workers():
    return getattr(settings, "LINKCHECK_WORKERS", 8)


def _timeout():
    return getattr(settings, "LINKCHECK_TIMEOUT", 10)


def _allow_private():
    return getattr(settings, "LINKCHECK_ALLOW_PRIVATE", False)


def _site_url():
    return getattr(settings, "SITE_URL", "").rstrip("/")


def user_agent():
    return f"gentse_se-linkcheck/1.0 (+{_site_url()}/)"


# --- Collecting ---------------------------------------------------------------


class _Hrefs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.extend(
                value for name, value in attrs if name == "href" and value
            )


def hrefs_in(html):
    parser = _Hrefs()
    parser.feed(html or "")
    parser.close()
    return parser.hrefs


def _outbound(url):
    """The address to record, or None: only absolute addresses outside the site."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if not scheme or scheme in IGNORED_SCHEMES or not parts.netloc:
        return None
    if parts.netloc.lower() == urlsplit(_site_url()).netloc.lower():
        return None
    return url[:2000]


def _translated_originals(model):
    """The untranslated `body` behind `body_nl`, `body_fr`…: skipped (its columns are
    read instead)."""
    try:
        from modeltranslation.translator import NotRegistered, translator
    except ImportError:  # pragma: no cover
        return set()
    try:
        return set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return set()


def _link_fields(model):
    originals = _translated_originals(model)
    for f in model._meta.concrete_fields:
        if f.name in originals:
            continue
        if isinstance(f, RichTextField):
            yield f, True
        elif isinstance(f, models.URLField):
            yield f, False


def content_models():
    for label in CONTENT_APPS:
        try:
            config = apps.get_app_config(label)
        except LookupError:
            continue
        for model in config.get_models():
            if not model._meta.abstract and list(_link_fields(model)):
                yield model


def links_collect():
    """Record every outbound address of the content and where it is used; forget
    uses that are gone and links nobody uses. Returns the number of links."""
    found = set()  # (url, content_type_id, object_id, field)
    for model in content_models():
        ct = ContentType.objects.get_for_model(model)
        fields = list(_link_fields(model))
        names = [f.attname for f, _rich in fields]
        for row in model._base_manager.values("pk", *names):
            for f, rich in fields:
                value = row[f.attname]
                urls = hrefs_in(value) if rich else [value]
                for url in urls:
                    url = _outbound(url)
                    if url:
                        found.add((url, ct.pk, row["pk"], f.name))
    with transaction.atomic():
        links = {link.url: link for link in OutboundLink.objects.all()}
        for url in {use[0] for use in found} - set(links):
            links[url] = OutboundLink.objects.create(url=url)
        existing = {
            (use.link.url, use.content_type_id, use.object_id, use.field): use.pk
            for use in LinkUse.objects.select_related("link")
        }
        LinkUse.objects.filter(
            pk__in=[pk for key, pk in existing.items() if key not in found]
        ).delete()
        LinkUse.objects.bulk_create(
            LinkUse(link=links[url], content_type_id=ct, object_id=pk, field=name)
            for url, ct, pk, name in found - set(existing)
        )
        OutboundLink.objects.filter(uses__isnull=True).delete()
    return OutboundLink.objects.count()


# --- Checking -----------------------------------------------------------------


@dataclass
class Result:
    ok: bool
    status_code: int | None = None
    error: str = ""
    redirects: list = field(default_factory=list)


class _Refused(Exception):
    pass


class _HTTPConnection(http.client.HTTPConnection):
    """Connects to the address resolved and allowed once (no second DNS look-up)."""

    def __init__(self, host, port, ip, timeout):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self):
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, ip, timeout):
        super().__init__(
            host, port, timeout=timeout, context=ssl.create_default_context()
        )
        self._ip = ip

    def connect(self):
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _resolve(host, port):
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _Refused(gettext("The server name does not exist.")) from exc
    ip = infos[0][4][0]
    address = ipaddress.ip_address(ip)
    if not _allow_private() and not address.is_global:
        raise _Refused(gettext("Not checked: the address points to a private network."))
    return ip


def _request(url, method):
    """One request, no redirects followed: (status, location)."""
    parts = urlsplit(url)
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    ip = _resolve(parts.hostname, port)
    cls = _HTTPSConnection if https else _HTTPConnection
    conn = cls(parts.hostname, port, ip, _timeout())
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        conn.request(
            method,
            path,
            headers={"User-Agent": user_agent(), "Accept": "*/*"},
        )
        response = conn.getresponse()
        if method == "GET":
            response.read(BODY_BYTES)
        return response.status, response.getheader("Location")
    finally:
        conn.close()


def _reason(exc):
    if isinstance(exc, _Refused):
        return str(exc)
    if isinstance(exc, (ssl.SSLError, ssl.CertificateError)):
        return gettext("The secure connection (TLS) failed.")
    if isinstance(exc, TimeoutError):
        return gettext("The server did not answer in time.")
    if isinstance(exc, ConnectionRefusedError):
        return gettext("The server refused the connection.")
    return gettext("The server could not be reached.")


def _hop(url):
    """HEAD, then GET when HEAD fails or is refused."""
    try:
        status, location = _request(url, "HEAD")
        if status < 400:
            return status, location
    except (_Refused, ssl.SSLError, TimeoutError):
        raise
    except (OSError, http.client.HTTPException):
        pass
    return _request(url, "GET")


def link_check(url):
    """Check one address; follows up to MAX_REDIRECTS redirects itself."""
    redirects = []
    current = url
    scheme = urlsplit(url).scheme.lower()
    if scheme not in CHECKED_SCHEMES:
        return Result(
            ok=False,
            error=gettext(
                "Not checked: most browsers cannot open %(scheme)s: addresses."
            )
            % {"scheme": scheme},
        )
    try:
        for _hop_number in range(MAX_REDIRECTS + 1):
            status, location = _hop(current)
            if status in REDIRECT_CODES and location:
                current = urljoin(current, location)
                redirects.append({"status": status, "url": current})
                if urlsplit(current).scheme.lower() not in CHECKED_SCHEMES:
                    return Result(
                        False,
                        status,
                        gettext(
                            "A redirect leads to an address that is not a web page."
                        ),
                        redirects,
                    )
                continue
            if status >= 400:
                return Result(
                    False,
                    status,
                    gettext("The server answered with error %(status)s.")
                    % {"status": status},
                    redirects,
                )
            return Result(True, status, "", redirects)
        return Result(False, status, gettext("Too many redirects."), redirects)
    except (_Refused, OSError, http.client.HTTPException, ValueError) as exc:
        return Result(False, None, _reason(exc), redirects)


def link_record(link, result, now=None):
    now = now or timezone.now()
    link.checked_at = now
    link.ok = result.ok
    link.status_code = result.status_code
    link.error = result.error[:300]
    link.redirects = result.redirects
    if result.ok:
        link.failures, link.first_failed_at, link.reported_at = 0, None, None
    else:
        link.failures = min(link.failures + 1, 32767)
        link.first_failed_at = link.first_failed_at or now
    link.save()


def links_check(links=None):
    """Check the links with at most LINKCHECK_WORKERS at once; returns the number."""
    links = list(links if links is not None else OutboundLink.objects.all())
    with translation.override(settings.LANGUAGE_CODE):
        with ThreadPoolExecutor(max_workers=_workers()) as pool:
            results = list(pool.map(_check_in_thread, [link.url for link in links]))
        for link, result in zip(links, results, strict=True):
            link_record(link, result)
    return len(links)


def _check_in_thread(url):
    with translation.override(settings.LANGUAGE_CODE):
        return link_check(url)


# --- Reporting ----------------------------------------------------------------


def _admin_url(obj):
    try:
        path = reverse(
            f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change",
            args=[obj.pk],
        )
    except NoReverseMatch:
        return ""
    return _site_url() + path


def _publishers():
    return list(
        get_user_model()
        .objects.filter(groups__name=PUBLISHER_GROUP, is_active=True)
        .exclude(email="")
    )


def links_report():
    """Mail each owner (or the Eindredacteurs for items without one) the links that
    failed two checks in a row and were not reported yet. One mail per recipient."""
    links = list(
        OutboundLink.objects.filter(ok=False, failures__gte=2, reported_at__isnull=True)
    )
    per_recipient = {}  # email -> {obj key: (obj, [links])}
    for link in links:
        for use in link.uses.select_related("content_type"):
            model = use.content_type.model_class()
            if model is None:
                continue
            obj = model._base_manager.filter(pk=use.object_id).first()
            if obj is None:
                continue
            owner = getattr(obj, "owner", None)
            recipients = (
                [owner]
                if owner is not None and owner.is_active and owner.email
                else _publishers()
            )
            for user in recipients:
                items = per_recipient.setdefault(user.email, {})
                key = (use.content_type_id, use.object_id)
                entry = items.setdefault(key, (obj, []))
                if link not in entry[1]:
                    entry[1].append(link)
    language = settings.LANGUAGE_CODE  # users have no language of their own
    for email, items in sorted(per_recipient.items()):
        with translation.override(language):
            context = {
                "items": [
                    {"item": obj, "url": _admin_url(obj), "links": item_links}
                    for obj, item_links in items.values()
                ],
                "list_url": _site_url() + _broken_list_path(),
            }
            subject = ngettext(
                "A link on the site does not work",
                "%(count)d links on the site do not work",
                sum(len(i["links"]) for i in context["items"]),
            ) % {"count": sum(len(i["links"]) for i in context["items"])}
            message = render_to_string("core/email/broken_links.txt", context)
        mail.send([email], subject=subject, message=message, priority="medium")
    OutboundLink.objects.filter(pk__in=[link.pk for link in links]).update(
        reported_at=timezone.now()
    )
    return len(per_recipient)


# --- Admin --------------------------------------------------------------------


def _broken_list_path():
    return reverse("admin:core_outboundlink_changelist") + "?status=broken"


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("broken", _("does not work")),
            ("works", _("works")),
            ("unchecked", _("not checked yet")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "broken":
            return queryset.filter(ok=False)
        if value == "works":
            return queryset.filter(ok=True)
        if value == "unchecked":
            return queryset.filter(ok__isnull=True)
        return queryset


def status_text(link):
    if link.ok is None:
        return gettext("Not checked yet")
    if link.ok:
        return gettext("Works")
    return gettext("Does not work: %(reason)s") % {"reason": link.error}


@admin.register(OutboundLink)
class OutboundLinkAdmin(admin.ModelAdmin):
    list_display = [
        "url",
        "status",
        "failures",
        "first_failed_at",
        "checked_at",
        "use_count",
    ]
    list_filter = [StatusFilter]
    search_fields = ["url"]
    readonly_fields = [
        "url",
        "status",
        "status_code",
        "redirect_chain",
        "checked_at",
        "first_failed_at",
        "failures",
        "reported_at",
        "used_in",
    ]
    fields = readonly_fields

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(use_total=models.Count("uses"))

    @admin.display(description=_("status"))
    def status(self, link):
        return status_text(link)

    @admin.display(description=_("used"), ordering="use_total")
    def use_count(self, link):
        return link.use_total

    @admin.display(description=_("redirects"))
    def redirect_chain(self, link):
        if not link.redirects:
            return "–"
        return format_html(
            "<ol>{}</ol>",
            format_html_join(
                "",
                "<li>{} → {}</li>",
                ((hop.get("status"), hop.get("url")) for hop in link.redirects),
            ),
        )

    @admin.display(description=_("used in"))
    def used_in(self, link):
        rows = []
        for use in link.uses.select_related("content_type"):
            model = use.content_type.model_class()
            obj = model and model._base_manager.filter(pk=use.object_id).first()
            if obj is None:
                continue
            url = _admin_url(obj).removeprefix(_site_url()) or "#"
            rows.append((url, str(obj), use.field))
        if not rows:
            return "–"
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", '<li><a href="{}">{}</a> ({})</li>', rows),
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


LINKS_FIELD = "outbound_links"


class LinkReportAdminMixin:
    """A read-only "Links" section on the change form: the item's outbound links,
    as the last check found them."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and LINKS_FIELD not in fields:
            fields.append(LINKS_FIELD)
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        cleaned = []
        for name, options in fieldsets:
            fields = [f for f in options.get("fields", ()) if f != LINKS_FIELD]
            cleaned.append((name, {**options, "fields": fields}))
        cleaned.append((_("Links"), {"fields": [LINKS_FIELD], "classes": ["collapse"]}))
        return cleaned

    @admin.display(description=_("links to other sites"))
    def outbound_links(self, obj):
        if obj is None or obj.pk is None:
            return "–"
        ct = ContentType.objects.get_for_model(type(obj))
        uses = (
            LinkUse.objects.filter(content_type=ct, object_id=obj.pk)
            .select_related("link")
            .order_by("link__url", "field")
        )
        rows, seen = [], set()
        for use in uses:
            if use.link_id in seen:
                continue
            seen.add(use.link_id)
            rows.append((use.link.url, status_text(use.link)))
        if not rows:
            return gettext("No links to other sites, or not collected yet.")
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}: {}</li>", rows))


@dashboard.register
def lines(request):
    if not request.user.has_perm("core.view_outboundlink"):
        return []
    count = OutboundLink.objects.filter(ok=False).count()
    return [
        dashboard.Attention(
            _("Links that do not work"),
            count,
            _broken_list_path(),
            "links-broken",
        )
    ]
