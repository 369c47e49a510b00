"""The production configuration on 127.0.0.1 for the tools that measure it (`make
bench`, `make audit`) and for tests/test_workers.py: a free port, the environment of
plain HTTP on loopback, and gunicorn started with gentse_se/gunicorn.conf.py and
waited for until /healthz answers."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(**overrides):
    """DEBUG off as in production; only what plain HTTP on 127.0.0.1 needs is
    switched off (the HTTPS redirect, Secure cookies)."""
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        **overrides,
    }
    env.setdefault(
        "DJANGO_SECRET_KEY", (ROOT / ".local-secret-key").read_text().strip()
    )
    return env


def wait_until_up(base, attempts=200):
    for _ in range(attempts):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not answer at {base}")


@contextlib.contextmanager
def gunicorn(env, port, *options, **popen):
    """gunicorn on 127.0.0.1:port until the block ends; options are added to (and
    override) the defaults, which keep no access log."""
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "gentse_se/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
            *options,
            "gentse_se.wsgi",
        ],
        cwd=ROOT,
        env=env,
        **popen,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        yield server
    finally:
        server.terminate()
        server.wait(timeout=20)
