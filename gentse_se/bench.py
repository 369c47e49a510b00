"""`make bench`: the production configuration (gunicorn, DEBUG off; PostgreSQL when
DATABASE_URL is set, else an SQLite file bench.sqlite3) with the large data set of
`generate_bench_data`, driven by wrk (Debian package; a Python fallback if absent) at
32 connections. Baseline: the home page's HTML saved as a static file and served by
whitenoise through the same gunicorn. Writes the table to docs/performance-<database>.md
(and, on PostgreSQL, the query plans to docs/query-plans.md)."""

import http.client
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from gentse_se.localserver import ROOT, free_port, gunicorn, production_env

SECONDS = int(os.environ.get("BENCH_SECONDS", "12"))
ROUNDS = 3  # alternating baseline and page runs per page
WARM_UP_SECONDS = 2
CONNECTIONS = 32
# As a browser asks: every page, and the baseline, may be sent compressed.
ACCEPT_ENCODING = "gzip, deflate, br"
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
    # "werk" is in nearly every invented text: every row is ranked.
    ("search, nearly all match", "/nl/zoeken/?q=werk"),
    ("job count", "/nl/banenmeting/"),
]


def _manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _wrk(url, seconds=None):
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds or SECONDS}s",
            "--latency",
            "-H",
            f"Accept-Encoding: {ACCEPT_ENCODING}",
            url,
        ],
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
    completed = re.search(r"(\d+) requests in", out)
    if "Latency Distribution" not in out or not completed or completed.group(1) == "0":
        # Nothing answered within wrk's timeout: never reported as a clean run.
        return rps, float("nan"), float("nan"), max(failed, 1)
    return rps, latency(50), latency(99), failed


def _python_load(url, seconds=None):
    """Fallback: 32 threads with keep-alive connections for SECONDS seconds."""
    host, port = url.split("//")[1].split("/")[0].split(":")
    path = "/" + url.split("//")[1].split("/", 1)[1]
    seconds = seconds or SECONDS
    timings, errors, stop = [], [0], time.monotonic() + seconds

    def worker():
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        while time.monotonic() < stop:
            start = time.monotonic()
            connection.request(
                "GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING}
            )
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
        len(timings) / seconds,
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
    """First visit: every request a browser with an empty cache makes for the page
    (HTML, stylesheets, scripts, preloads, fonts and images the CSS loads, the
    favicon), in Debian's Chromium; bytes on the wire as Chromium counts them
    (headers and body, compressed as whitenoise and the page cache serve them).
    Without Chromium: (nan, 0)."""
    from playwright.sync_api import sync_playwright

    from gentse_se.chromium import CHROMIUM as chromium
    from gentse_se.chromium import CHROMIUM_ARGS as args

    if not chromium.exists():
        print(f"first-visit weight not measured: no Chromium at {chromium}")
        return float("nan"), 0
    urls, received = {}, {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=args)
        try:
            # A new context has an empty cache; a phone-sized viewport, as the
            # mobile profile of `make audit`.
            context = browser.new_context(viewport={"width": 375, "height": 800})
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.on(
                "Network.requestWillBeSent",
                lambda event: (
                    urls.__setitem__(event["requestId"], event["request"]["url"])
                    if not event["request"]["url"].startswith("data:")
                    else None
                ),
            )
            cdp.on(
                "Network.loadingFinished",
                lambda event: received.__setitem__(
                    event["requestId"], event["encodedDataLength"]
                ),
            )
            page.goto(base + path, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            page.wait_for_load_state("networkidle")
        finally:
            browser.close()
    return sum(received.get(request, 0) for request in urls) / 1024, len(urls)


def main():
    env = production_env()
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{ROOT / 'bench.sqlite3'}"
    _manage(env, "migrate", "--no-input", "-v", "0")
    _manage(env, "createcachetable")
    _manage(env, "load_demo_content")
    _manage(env, "generate_bench_data")
    if env["DATABASE_URL"].startswith("postgres"):
        _manage(env, "query_plans")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    _manage(env, "collectstatic", "--no-input", "-v", "0")
    # The baseline: the home page's HTML as a static file, compressed the way
    # collectstatic compresses the others, served by whitenoise at /static/bench/.
    static_root = Path(env.get("DJANGO_STATIC_ROOT") or ROOT / "staticfiles")
    baseline_dir = static_root / "bench"
    baseline_dir.mkdir(parents=True, exist_ok=True)
    with gunicorn(env, port):
        (baseline_dir / "home.html").write_bytes(
            urllib.request.urlopen(base + "/nl/").read()
        )
    subprocess.run(
        [sys.executable, "-m", "whitenoise.compress", "--quiet", str(baseline_dir)],
        check=True,
    )
    load = _wrk if shutil.which("wrk") else _python_load
    results = {}
    rss = {}
    cold = {}
    for mode in ("cached", "uncached"):
        run_env = {**env, "DJANGO_PAGE_CACHE": "1" if mode == "cached" else "0"}
        with gunicorn(run_env, port) as server:
            for name, path in PAGES:
                results[name, mode] = (path, *_compare(load, base, path))
                _, rps, p50, p99, errors, base_rps = results[name, mode]
                ratio = _ratio(rps, base_rps)
                print(
                    f"{mode:9} {name:28} {rps:7.0f} req/s ({ratio:4.2f} of "
                    f"{base_rps:5.0f})  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  "
                    f"errors {errors}"
                )
            rss[mode] = _rss_mb(server.pid)
            if mode == "uncached":
                cold = _first_renders(run_env, base)
    with gunicorn({**env, "DJANGO_PAGE_CACHE": "1"}, port):
        weights = {name: _weight(base, path) for name, path in PAGES}
    _write_report(results, weights, rss, cold, env, load)
    print(
        f"worker resident memory: {max(rss.values()):.0f} MB; "
        "report in docs/performance-*.md"
    )


def _compare(load, base, path):
    """The page against the static baseline in ROUNDS alternating runs (baseline,
    page, baseline, page, …) in the same server, so that the ratio compares runs
    seconds apart: this machine's speed drifts by up to a factor of two within
    minutes. The ratio is the median of the rounds' ratios; the rates are over all
    rounds; the latencies are those of the median round."""
    for target in (BASELINE_PATH, path):
        # Warm-up: every worker has loaded the page (and its shared data).
        for _ in range(20):
            _get(base + target)
        load(base + target, seconds=WARM_UP_SECONDS)
        _drain(base)
    seconds = max(1, SECONDS // ROUNDS)
    rounds = []
    for _ in range(ROUNDS):
        baseline = load(base + BASELINE_PATH, seconds=seconds)
        page = load(base + path, seconds=seconds)
        _drain(base)
        ratio = page[0] / baseline[0] if baseline[0] else float("nan")
        rounds.append((ratio, baseline, page))
    # A run in which the baseline got no answer at all (the server still busy)
    # sorts lowest and counts as an error.
    rounds.sort(key=lambda found: found[0] if found[0] == found[0] else -1.0)
    median, _baseline, (_rps, p50, p99, _errors) = rounds[len(rounds) // 2]
    base_rps = statistics.fmean(baseline[0] for _r, baseline, _p in rounds)
    # The median ratio, expressed through the mean baseline rate.
    rps = median * base_rps if median == median else float("nan")
    errors = sum(page[3] + (baseline[0] == 0) for _r, baseline, page in rounds)
    return rps, p50, p99, errors, base_rps


def _drain(base, seconds=60):
    """Wait until the server has worked off what the last run left queued (a slow
    page leaves requests behind that would slow the next run down)."""
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        start = time.monotonic()
        _get(base + "/healthz")
        if time.monotonic() - start < 0.05:
            return


def _first_renders(env, base, times=5):
    """Milliseconds of one request right after a content change (median of a few),
    for each page: the worker that answers starts with nothing remembered (no page,
    no fragment, no shared data), as after every edit an editor saves."""
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gentse_se.settings")
    import django

    django.setup()
    from gentse_se import pagecache

    found = {}
    for name, path in PAGES:
        timings = []
        for _ in range(times):
            pagecache.content_changed()
            time.sleep(0.05)  # the workers take in the new state
            start = time.perf_counter()
            _get(base + path)
            timings.append((time.perf_counter() - start) * 1000)
        found[name] = statistics.median(timings)
        print(f"first render after a change  {name:28} {found[name]:6.1f} ms")
    return found


BASELINE_PATH = "/static/bench/home.html"


def _ratio(rps, base_rps):
    return rps / base_rps if base_rps else float("nan")


def _get(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": ACCEPT_ENCODING})
    with urllib.request.urlopen(request) as response:
        return response.read()


def _write_report(results, weights, rss, cold, env, load):
    import django

    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    shared_cache = "Redis" if env.get("REDIS_URL") else "the database cache"
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    baselines = [results[key][5] for key in results]
    lines = [
        f"# Performance on {database}",
        "",
        f"Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: "
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"Django {django.get_version()}, {database}, shared cache: {shared_cache}, "
        f"gunicorn with {os.environ.get('WEB_CONCURRENCY', 'the default number of')} "
        f"workers, {'wrk' if load is _wrk else 'the Python load generator'} at "
        f"{CONNECTIONS} connections, {SECONDS} s per page in {ROUNDS} runs after a "
        f"{WARM_UP_SECONDS} s warm-up, every request with "
        f"`Accept-Encoding: {ACCEPT_ENCODING}`; data from `generate_bench_data` "
        "(2,000 companies, 300 pages, 500 projects, 10 job-count editions).",
        "",
        "Baseline: the home page's HTML saved as a static file and served by "
        "whitenoise through the same gunicorn, measured in runs alternating with "
        f"the page's in the same server ({min(baselines):.0f} to "
        f"{max(baselines):.0f} req/s in this run); the ratio is the median of the "
        "runs' ratios of the page's rate to the baseline's. *Cached*: the page "
        "cache on (the normal configuration). *Uncached*: `DJANGO_PAGE_CACHE=0`, "
        "so every request renders the page; what many pages share (the header "
        "and footer, company cards, the navigation, the filter options) is still "
        "remembered per worker while the content stays the same. *First render*: "
        "one request right after a content change, when the answering worker "
        "has nothing remembered at all (median of five).",
        "",
        "| page | cached req/s | ratio | p50 / p99 ms | uncached req/s | ratio "
        "| p50 / p99 ms | first render ms | errors | first visit KB | requests |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, _path in PAGES:
        path, rps, p50, p99, errors, base = results[name, "cached"]
        _, u_rps, u_p50, u_p99, u_errors, u_base = results[name, "uncached"]
        kb, requests = weights[name]
        lines.append(
            f"| {name} (`{path}`) | {rps:.0f} | {_ratio(rps, base):.2f} | "
            f"{p50:.1f} / {p99:.1f} | {u_rps:.0f} | {_ratio(u_rps, u_base):.2f} | "
            f"{u_p50:.1f} / {u_p99:.1f} | {cold.get(name, float('nan')):.1f} | "
            f"{errors + u_errors} | {kb:.0f} | {requests} |"
        )
    lines += [
        "",
        "Resident memory of a gunicorn worker after the run: "
        f"{rss['cached']:.0f} MB with the page cache, {rss['uncached']:.0f} MB "
        "without.",
        "",
        "First-visit weight: everything Chromium with an empty cache loads for the "
        "page at a phone-sized viewport (HTML, stylesheets, scripts, fonts, images "
        "the CSS loads, the favicon), as bytes on the wire (headers included, "
        "compressed as served), and the number of requests.",
        "",
        "Targets (issue 8): cached pages at least 0.8 of the baseline, uncached at "
        "least 0.3; the directory, the filtered directory and search on PostgreSQL "
        "uncached at least 0.2 with no errors; worker memory under 150 MB; home at "
        "most 120 KB and 12 requests.",
        "",
    ]
    (ROOT / "docs" / f"performance-{database.lower()}.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
