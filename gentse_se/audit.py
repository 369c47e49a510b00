"""`make audit`: Lighthouse 12.2.3 (npm, run by npx) with Debian's Chromium on four
pages served by the production configuration (gunicorn, DEBUG off); prints the four
category scores per page."""

import json
import subprocess
import tempfile
from pathlib import Path

from gentse_se.localserver import ROOT, free_port, gunicorn, production_env

PAGES = ["/nl/", "/nl/bedrijven/", "/nl/bedrijven/ryhove/", "/nl/rol-van-de-stad/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


def main():
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with gunicorn(production_env(), port, "--workers", "2"):
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


if __name__ == "__main__":
    main()
