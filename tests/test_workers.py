"""An editor's change is visible on every gunicorn worker at once: two worker
processes share one database and nothing stale is served (docs/deploy.md), with the
database cache and with Redis as the shared cache."""

import os
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers import redis_up
from tools.localserver import ROOT, free_port, gunicorn

PAGE = "/nl/mensen/"


def _fetch(url):
    request = urllib.request.Request(url, headers={"Connection": "close"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode()


@pytest.fixture(params=["database cache", "redis"])
def environment(request, tmp_path):
    if request.param == "redis" and not redis_up():
        pytest.skip("no Redis on 127.0.0.1:6379")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="gentse_se.settings",
        DJANGO_SECRET_KEY="tests-only-not-a-secret",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_MANIFEST="0",
        DJANGO_DEMO="1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        # Redis: the shared cache of production.
        REDIS_URL="redis://127.0.0.1:6379/12" if request.param == "redis" else "",
    )
    for command in (
        ["migrate", "-v", "0"],
        ["createcachetable"],
        ["load_demo_content"],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    return env


def test_a_change_is_seen_by_every_worker_at_once(environment, tmp_path):
    port = free_port()
    log = tmp_path / "access.log"
    base = f"http://127.0.0.1:{port}"
    options = ("--workers", "2", "--access-logfile", str(log))
    options += ("--access-logformat", "%(p)s %(U)s")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    with gunicorn(environment, port, *options, **quiet):
        for _ in range(20):
            assert "De mensen" in _fetch(base + PAGE)
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                "from pages.models import Page; p = Page.objects.get(key='people'); "
                "p.title_nl = 'Mensen aan het werk'; p.save()",
            ],
            cwd=ROOT,
            env=environment,
            check=True,
            capture_output=True,
        )
        log.write_text("")
        # Concurrent requests: each sync worker answers one at a time, so both work.
        # Cached pages are answered so fast that one worker may take a whole batch:
        # go on until both have answered (every answer must be the new one).
        served_by = set()
        with ThreadPoolExecutor(max_workers=8) as pool:
            for _ in range(20):
                pages = list(pool.map(_fetch, [base + PAGE] * 40))
                assert all("Mensen aan het werk" in page for page in pages)
                served_by = {
                    line.split()[0]
                    for line in log.read_text().splitlines()
                    if PAGE in line
                }
                if len(served_by) == 2:
                    break
        assert len(served_by) == 2, "both workers must have answered"
