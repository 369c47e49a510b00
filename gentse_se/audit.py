"""`make audit`: Lighthouse 12.2.3 (npm, run by npx) with Debian's Chromium on four
pages served by the production configuration (gunicorn, DEBUG off); prints the four
category scores per page."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["/nl/", "/nl/bedrijven/", "/nl/bedrijven/ryhove/", "/nl/rol-van-de-stad/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


def _port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    port = _port()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    env.setdefault(
        "DJANGO_SECRET_KEY", (ROOT / ".local-secret-key").read_text().strip()
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "gentse_se/gunicorn.conf.py",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
            "gentse_se.wsgi",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        rows = []
        with tempfile.TemporaryDirectory() as folder:
            for path in PAGES:
                report = Path(folder) / "report.json"
                subprocess.run(
                    [
                        "npx",
                        "--yes",
                        "lighthouse@12.2.3",
                        base + path,
                        "--chrome-path=/usr/bin/chromium",
                        f"--chrome-flags={CHROME_FLAGS}",
                        "--only-categories=" + ",".join(CATEGORIES),
                        "--output=json",
                        f"--output-path={report}",
                        "--quiet",
                    ],
                    check=True,
                    cwd=ROOT,
                )
                data = json.loads(report.read_text())
                scores = {
                    c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES
                }
                rows.append((path, scores))
        print(f"{'page':28} " + " ".join(f"{c:>15}" for c in CATEGORIES))
        for path, scores in rows:
            print(f"{path:28} " + " ".join(f"{scores[c]:>15}" for c in CATEGORIES))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
