"""Outbound link checks (core.linkcheck), against a local server on 127.0.0.1 only."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from post_office.models import Email

from core.linkcheck import links_check, links_collect
from core.models import LinkUse, OutboundLink
from core.permissions import PUBLISHER_GROUP
from tests.factories import make_company, make_page

pytestmark = pytest.mark.django_db

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _answer(self, method):
        server = self.server
        with server.lock:
            server.requests.append((method, self.path, self.headers.get("User-Agent")))
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            path = self.path.split("?")[0]
            if path == "/ok":
                time.sleep(0.02)
                self.send_response(200)
            elif path.startswith("/hop"):
                n = int(path[4:])
                self.send_response(301)
                self.send_header("Location", "/ok" if n >= 2 else f"/hop{n + 1}")
            elif path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
            elif path == "/slow":
                time.sleep(2)
                self.send_response(200)
            elif path == "/nohead" and method == "HEAD":
                self.send_response(405)
            elif path == "/nohead":
                self.send_response(200)
            else:
                self.send_response(404)
            self.send_header("Content-Length", "0")
        finally:
            # Before the answer leaves: the checker may start its next request as
            # soon as it has this one, and must not be counted twice meanwhile.
            with server.lock:
                server.in_flight -= 1
        self.end_headers()

    def do_HEAD(self):
        self._answer("HEAD")

    def do_GET(self):
        self._answer("GET")


class Server(ThreadingHTTPServer):
    # The default listen backlog (5) drops connections when 8 arrive at once on a
    # busy machine; the retry comes after the checker's short test timeout.
    request_queue_size = 64


@pytest.fixture
def server(settings):
    settings.LINKCHECK_ALLOW_PRIVATE = True
    settings.LINKCHECK_TIMEOUT = 0.5
    settings.SITE_URL = "https://gentse-se.example"
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.lock = threading.Lock()
    httpd.requests, httpd.in_flight, httpd.max_in_flight = [], 0, 0
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Fail on any look-up or connection outside the loopback."""
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection

    def getaddrinfo(host, *args, **kwargs):
        assert host in LOOPBACK, f"looked up {host}"
        return real_getaddrinfo(host, *args, **kwargs)

    def create_connection(address, *args, **kwargs):
        assert address[0] in LOOPBACK, f"connected to {address}"
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)


def check(url):
    page = make_page(
        slug=f"p{OutboundLink.objects.count()}", body_nl=f'<p><a href="{url}">x</a></p>'
    )
    links_collect()
    links_check()
    return OutboundLink.objects.get(url=url), page


def test_collects_rich_text_and_url_fields_in_every_language(server, settings):
    make_page(
        body_nl=f'<p><a href="{server.base}/ok">a</a> <a href="mailto:a@b.be">m</a> '
        '<a href="/intern">i</a> <a href="https://gentse-se.example/x">own</a></p>',
        body_fr=f'<p><a href="{server.base}/ok?fr">b</a></p>',
    )
    make_company(website=f"{server.base}/hop0")
    links_collect()
    urls = set(OutboundLink.objects.values_list("url", flat=True))
    assert urls == {f"{server.base}/ok", f"{server.base}/ok?fr", f"{server.base}/hop0"}
    assert set(LinkUse.objects.values_list("field", flat=True)) == {
        "body_nl",
        "body_fr",
        "website",
    }
    assert server.requests == []  # collecting contacts nobody


def test_uses_and_links_that_are_gone_are_removed(server):
    page = make_page(body_nl=f'<p><a href="{server.base}/ok">a</a></p>')
    links_collect()
    assert OutboundLink.objects.count() == 1
    page.body_nl = "<p>Geen link meer.</p>"
    page.save()
    links_collect()
    assert OutboundLink.objects.count() == 0
    assert LinkUse.objects.count() == 0


def test_200(server):
    link, _page = check(f"{server.base}/ok")
    assert (link.ok, link.status_code, link.failures, link.redirects) == (
        True,
        200,
        0,
        [],
    )
    method, path, agent = server.requests[0]
    assert (method, path) == ("HEAD", "/ok")
    assert agent.startswith("gentse_se-linkcheck/1.0 (+https://gentse-se.example/)")


def test_301_chain_is_recorded(server):
    link, _page = check(f"{server.base}/hop0")
    assert link.ok and link.status_code == 200
    assert [hop["url"] for hop in link.redirects] == [
        f"{server.base}/hop1",
        f"{server.base}/hop2",
        f"{server.base}/ok",
    ]
    assert {hop["status"] for hop in link.redirects} == {301}


def test_redirect_loop_fails(server):
    link, _page = check(f"{server.base}/loop")
    assert link.ok is False and link.error == "Te veel doorverwijzingen."


def test_404(server):
    link, _page = check(f"{server.base}/missing")
    assert (link.ok, link.status_code, link.failures) == (False, 404, 1)
    assert link.first_failed_at is not None
    assert "404" in link.error
    # HEAD refused, then GET
    assert [r[0] for r in server.requests] == ["HEAD", "GET"]


def test_head_refused_then_get(server):
    link, _page = check(f"{server.base}/nohead")
    assert (link.ok, link.status_code) == (True, 200)
    assert [r[0] for r in server.requests] == ["HEAD", "GET"]


def test_timeout(server):
    link, _page = check(f"{server.base}/slow")
    assert link.ok is False and link.status_code is None
    assert link.error == "De server antwoordde niet op tijd."


def test_tls_error(server):
    link, _page = check(server.base.replace("http://", "https://") + "/ok")
    assert link.ok is False and "TLS" in link.error


def test_non_http_scheme_fails_without_network(server):
    # The sanitiser drops ftp: from rich text; a URL field accepts it.
    make_company(website="ftp://127.0.0.1/file.txt")
    links_collect()
    links_check()
    link = OutboundLink.objects.get()
    assert link.ok is False and "ftp" in link.error
    assert server.requests == []


def test_private_addresses_refused_by_default(server, settings):
    settings.LINKCHECK_ALLOW_PRIVATE = False
    link, _page = check(f"{server.base}/ok")
    assert link.ok is False and "privénetwerk" in link.error
    assert server.requests == []


def test_link_broken_after_two_failing_checks_is_mailed_once(
    server, editor, publisher, settings
):
    settings.LANGUAGE_CODE = "en"
    owned = make_page(
        slug="owned", owner=editor, body_nl=f'<p><a href="{server.base}/gone">x</a></p>'
    )
    make_page(slug="orphan", body_nl=f'<p><a href="{server.base}/gone">y</a></p>')
    call_command("check_links")
    link = OutboundLink.objects.get()
    assert link.failures == 1 and Email.objects.count() == 0
    first_failed = link.first_failed_at
    call_command("check_links")
    link.refresh_from_db()
    assert link.failures == 2 and link.first_failed_at == first_failed
    assert link.reported_at is not None
    mails = {m.to[0]: m for m in Email.objects.all()}
    assert set(mails) == {editor.email, publisher.email}
    assert str(owned) in mails[editor.email].message
    assert link.url in mails[editor.email].message
    assert "Orphan" not in mails[editor.email].message
    call_command("check_links")  # a third failure: no new mail
    assert Email.objects.count() == 2


def test_working_again_resets(server):
    page = make_page(body_nl=f'<p><a href="{server.base}/gone">x</a></p>')
    call_command("check_links", "--no-mail")
    call_command("check_links", "--no-mail")
    link = OutboundLink.objects.get()
    assert link.failures == 2 and link.ok is False
    # The other site comes back: the same address now answers 200.
    OutboundLink.objects.update(url=f"{server.base}/ok", reported_at=link.checked_at)
    page.body_nl = f'<p><a href="{server.base}/ok">x</a></p>'
    page.save()
    call_command("check_links", "--no-mail")
    link = OutboundLink.objects.get()
    assert (link.ok, link.failures, link.first_failed_at, link.reported_at) == (
        True,
        0,
        None,
        None,
    )


def test_500_links_with_at_most_8_at_once(server, settings):
    settings.LINKCHECK_WORKERS = 8
    settings.LINKCHECK_TIMEOUT = 10  # a slow answer on a busy machine is no failure
    OutboundLink.objects.bulk_create(
        OutboundLink(url=f"{server.base}/ok?n={n}") for n in range(500)
    )
    started = time.monotonic()
    assert links_check() == 500
    elapsed = time.monotonic() - started
    assert OutboundLink.objects.filter(ok=True).count() == 500
    assert len(server.requests) == 500
    assert server.max_in_flight <= 8
    assert server.max_in_flight > 1
    assert elapsed < 60  # generous: 500 × 20 ms / 8 is about 1.3 s
    print(f"500 links in {elapsed:.2f} s, at most {server.max_in_flight} at once")


def test_admin_list_item_section_and_dashboard(server, admin_client, django_user_model):
    page = make_page(body_nl=f'<p><a href="{server.base}/gone">x</a></p>')
    call_command("check_links", "--no-mail")
    response = admin_client.get(
        reverse("admin:core_outboundlink_changelist") + "?status=broken"
    )
    assert response.status_code == 200
    assert f"{server.base}/gone" in response.content.decode()
    response = admin_client.get(reverse("admin:pages_page_change", args=[page.pk]))
    assert response.status_code == 200
    assert f"{server.base}/gone" in response.content.decode()
    from core import dashboard

    request = type("R", (), {"user": response.wsgi_request.user})()
    lines = [
        line for line in dashboard.attention(request) if line.kind == "links-broken"
    ]
    assert [line.count for line in lines] == [1]
    assert lines[0].url.endswith("?status=broken")
    # a staff account without the view permission sees no line
    request.user = django_user_model.objects.create_user("zonder", is_staff=True)
    assert not [x for x in dashboard.attention(request) if x.kind == "links-broken"]


def test_publishers_group_exists(publisher):
    assert Group.objects.filter(name=PUBLISHER_GROUP).exists()
