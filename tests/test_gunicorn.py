"""The production server (gentse_se/gunicorn.conf.py) on loopback: half-sent
requests do not make it unreachable, and it believes no forwarded header."""

import socket
import time
import urllib.error
import urllib.request

import pytest

from tools.localserver import free_port, gunicorn, manage, production_env


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    database = tmp_path_factory.mktemp("gunicorn") / "db.sqlite3"
    env = production_env(DATABASE_URL=f"sqlite:///{database}", DJANGO_DEMO="1")
    for command in (("migrate", "-v", "0"), ("createcachetable",)):
        manage(env, *command, capture_output=True)
    manage(env, "load_demo_content", capture_output=True)
    port = free_port()
    with gunicorn(env, port, "--workers", "2"):
        yield f"http://127.0.0.1:{port}", port


def _status(url, headers=None, timeout=5):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_half_sent_requests_do_not_block_the_others(server):
    base, port = server
    slow = []
    try:
        # More than the workers (sync workers froze at six), fewer than one
        # worker's threads (8): a half-sent request holds a thread until gunicorn's
        # timeout, so eight could all land on one worker and leave it none free.
        for _ in range(6):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /nl/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no end
            slow.append(sock)
        time.sleep(0.5)
        answers = [_status(base + "/healthz", timeout=10) for _ in range(10)]
        assert answers == [200] * 10
    finally:
        for sock in slow:
            sock.close()


def test_forwarded_path_and_scheme_headers_are_not_believed(server):
    base, _port = server
    assert _status(base + "/nl/nl/", {"SCRIPT_NAME": "/nl"}) == 404
    assert _status(base + "/nl/nl/", {"Script-Name": "/nl"}) == 404
    request = urllib.request.Request(
        base + "/nl/", headers={"X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        html = response.read().decode()
    assert 'rel="canonical" href="http://' in html
