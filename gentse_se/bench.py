"""`make bench`: the production configuration (gunicorn, DEBUG off; PostgreSQL when
DATABASE_URL is set, else an SQLite file bench.sqlite3) with the large data set of
`generate_bench_data`, driven by wrk (Debian package; a Python fallback if absent) at
32 connections. Baseline: the home page's HTML saved as a static file and served by
whitenoise through the same gunicorn. Writes the table to docs/performance.md."""

import gzip
import http.client
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = 32
PAGES = [
    ("home", "/nl/"),
    ("directory", "/nl/bedrijven/"),
    (
        "directory, filtered",
        "/nl/bedrijven/?sector=bench-sector-1&offering=bench-offering-2",
    ),
    ("company page", "/nl/bedrijven/bench-00042/"),
    ("catalogue", "/nl/koop-sociaal/"),
    ("search", "/nl/zoeken/?q=fietsen"),
    ("job count", "/nl/banenmeting/"),
]


def _port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency(percent):
        match = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    failed = (int(errors.group(1)) if errors else 0) + (
        int(timeouts.group(1)) if timeouts else 0
    )
    if "Latency Distribution" not in out:  # every request timed out
        return rps, float("nan"), float("nan"), max(failed, 1)
    return rps, latency(50), latency(99), failed


def _python_load(url):
    """Fallback: 32 threads with keep-alive connections for SECONDS seconds."""
    host, port = url.split("//")[1].split("/")[0].split(":")
    path = "/" + url.split("//")[1].split("/", 1)[1]
    timings, errors, stop = [], [0], time.monotonic() + SECONDS

    def worker():
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        while time.monotonic() < stop:
            start = time.monotonic()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            timings.append((time.monotonic() - start) * 1000)
            if response.status >= 400:
                errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings.sort()
    return (
        len(timings) / SECONDS,
        timings[len(timings) // 2],
        timings[int(len(timings) * 0.99)],
        errors[0],
    )


def _rss_mb(master_pid):
    children = subprocess.run(
        ["pgrep", "-P", str(master_pid)], capture_output=True, text=True
    ).stdout.split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return max(sizes) if sizes else 0.0


def _weight(base, path):
    """First visit: the HTML plus every stylesheet, script, preload and icon it names,
    as compressed bytes on the wire (brotli where the server offers it)."""
    html = urllib.request.urlopen(base + path).read()
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+)"', html)
    total, requests = len(gzip.compress(html)), 1 + len(assets)
    for asset in assets:
        request = urllib.request.Request(
            base + asset.decode(), headers={"Accept-Encoding": "br, gzip"}
        )
        total += len(urllib.request.urlopen(request).read())
    return total / 1024, requests


def main():
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    env.setdefault(
        "DJANGO_SECRET_KEY", (ROOT / ".local-secret-key").read_text().strip()
    )
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{ROOT / 'bench.sqlite3'}"
    _manage(env, "migrate", "--no-input", "-v", "0")
    _manage(env, "createcachetable")
    _manage(env, "load_demo_content")
    _manage(env, "generate_bench_data")
    port = _port()
    base = f"http://127.0.0.1:{port}"
    baseline_dir = ROOT / "build" / "static" / "bench"
    baseline_dir.mkdir(parents=True, exist_ok=True)
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
            "gentse_se.wsgi",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        _wait(base)
        (baseline_dir / "home.html").write_bytes(
            urllib.request.urlopen(base + "/nl/").read()
        )
    finally:
        server.terminate()
        server.wait()
    _manage(env, "collectstatic", "--no-input", "-v", "0")
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
            "gentse_se.wsgi",
        ],
        cwd=ROOT,
        env=env,
    )
    load = _wrk if shutil.which("wrk") else _python_load
    rows = []
    try:
        _wait(base)
        targets = [
            ("baseline: home as a static file", "/static/bench/home.html"),
            *PAGES,
        ]
        for name, path in targets:
            for _ in range(20):
                urllib.request.urlopen(base + path).read()
            rps, p50, p99, errors = load(base + path)
            weight = _weight(base, path) if not path.startswith("/static/") else (0, 1)
            rows.append((name, path, rps, p50, p99, errors, weight))
            print(f"{name:34} {rps:9.0f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms")
        rss = _rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait()
    baseline = rows[0][2]
    _write_report(rows, baseline, rss, env, load)
    print(f"worker resident memory: {rss:.0f} MB; report in docs/performance.md")


def _wait(base):
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


def _write_report(rows, baseline, rss, env, load):
    import django

    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    lines = [
        "# Performance",
        "",
        f"Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: "
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"Django {django.get_version()}, {database}, gunicorn with "
        f"{os.environ.get('WEB_CONCURRENCY', 'the default number of')} workers, "
        f"{'wrk' if load is _wrk else 'the Python load generator'} at {CONNECTIONS} "
        f"connections for {SECONDS} s per page, data from `generate_bench_data` "
        "(2,000 companies, 300 pages, 500 projects, 10 job-count editions).",
        "",
        "| page | req/s | ratio to baseline | p50 ms | p99 ms | errors and timeouts "
        "| first visit KB | requests |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, path, rps, p50, p99, errors, (kb, requests) in rows:
        lines.append(
            f"| {name} (`{path}`) | {rps:.0f} | {rps / baseline:.2f} | {p50:.1f} | "
            f"{p99:.1f} | {errors} | {kb:.0f} | {requests} |"
        )
    lines += [
        "",
        f"Resident memory of a gunicorn worker after the run: {rss:.0f} MB.",
        "",
        "First-visit weight: the HTML (gzip) plus every stylesheet, script, preload "
        "and icon it names, compressed as served; fonts and images loaded from the CSS "
        "are not counted yet. No page is cached yet (issue 8): every request renders.",
        "",
    ]
    (ROOT / "docs" / "performance.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
