"""The production configuration on 127.0.0.1 for the tools that measure it (`make
bench`, `make audit`, `python -m tools.proxy`) and for tests/test_workers.py: a free
port, the environment of plain HTTP on loopback, and gunicorn started with
gentse_se/gunicorn.conf.py and waited for until it answers."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY_FILE = ROOT / ".local-secret-key"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def local_secret_key():
    """The key `make serve`, `make audit` and `make bench` share (git-ignored)."""
    if not SECRET_KEY_FILE.exists() or not SECRET_KEY_FILE.read_text().strip():
        import secrets

        SECRET_KEY_FILE.write_text(secrets.token_urlsafe(50) + "\n")
    return SECRET_KEY_FILE.read_text().strip()


def production_env(**overrides):
    """DEBUG off as in production; only what plain HTTP on 127.0.0.1 needs is
    switched off (the HTTPS redirect, Secure cookies)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gentse_se.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        **overrides,
    }
    if not env.get("DJANGO_SECRET_KEY"):
        env["DJANGO_SECRET_KEY"] = local_secret_key()
    return env


def manage(env, *args, **run):
    """`manage.py <args>` in the given environment."""
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **run
    )


def wait_until_up(base, path="/healthz", attempts=200, process=None):
    for _ in range(attempts):
        if process is not None and process.poll() is not None:
            raise RuntimeError(
                f"gunicorn stopped (exit status {process.returncode}) before "
                f"answering at {base}"
            )
        try:
            urllib.request.urlopen(base + path, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not answer at {base}")


@contextlib.contextmanager
def gunicorn(env, port, *options, app="gentse_se.wsgi", ready="/healthz", **popen):
    """gunicorn on 127.0.0.1:port until the block ends, with the site (or another
    WSGI app) and gentse_se/gunicorn.conf.py; options are added to (and override)
    the defaults, which keep no access log."""
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
            app,
        ],
        cwd=ROOT,
        env=env,
        **popen,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}", ready, process=server)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=20)
