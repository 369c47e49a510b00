"""Small helpers shared by tests (not tests themselves)."""

import socket

import feedparser

LANGUAGES = ("nl", "en", "fr")


def redis_up():
    """Whether a Redis answers on 127.0.0.1:6379 (CI has one)."""
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


class FailingEmailBackend:
    """An SMTP server that is down: every send raises."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def atom_feed(client, path):
    """The Atom feed at path, parsed as a feed reader would: served as Atom without
    cookies, and well-formed (feedparser's bozo = 0)."""
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/atom+xml"), path
    assert not response.cookies, path
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
    assert parsed.version == "atom10", path
    return parsed
