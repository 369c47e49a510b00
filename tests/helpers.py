"""Small helpers shared by tests (not tests themselves)."""

import socket

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
