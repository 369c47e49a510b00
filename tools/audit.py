"""`make audit` (`python -m tools.audit`): Lighthouse 12.2.3 (npm, run by npx) with
Debian's Chromium on four pages served by the production configuration (gunicorn,
DEBUG off) with the demo content in the database of the environment (DATABASE_URL,
else db.sqlite3); prints the four category scores per page."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.chromium import CHROMIUM
from tools.localserver import ROOT, free_port, gunicorn, manage, production_env

PAGES = ["/nl/", "/nl/bedrijven/", "/nl/bedrijven/ryhove/", "/nl/rol-van-de-stad/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


def main():
    if not CHROMIUM.exists():
        print(f"Needs Debian's Chromium at {CHROMIUM}: apt-get install chromium")
        return 1
    env = production_env()
    # The demo app only to load the demo content; the site runs without it.
    prepare = {**env, "DJANGO_DEMO": "1"}
    manage(prepare, "collectstatic", "--no-input", "-v", "0")
    manage(prepare, "migrate", "--no-input", "-v", "0")
    manage(prepare, "createcachetable")
    manage(prepare, "load_demo_content")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with gunicorn(env, port, "--workers", "2"):
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
                        f"--chrome-path={CHROMIUM}",
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
