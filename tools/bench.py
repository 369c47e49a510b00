"""`make bench` (`python -m tools.bench`): the speed budgets of docs/performance.md,
measured on the production configuration (gunicorn, DEBUG off; PostgreSQL when
DATABASE_URL is set, else an SQLite file bench.sqlite3) with the large data set of
`generate_bench_data` (2,000 companies), driven by wrk (Debian package; a Python
fallback if absent) at 32 connections.

Baseline: the home page's HTML saved as a file and served by whitenoise alone
(tools/baseline.py, no Django) through gunicorn with the site's configuration and
worker count, in runs that alternate with the page's. Measured:

- page-cache hits (the normal configuration) and misses (`DJANGO_PAGE_CACHE=0`: every
  request renders its page), as a ratio to the baseline, with errors and time-outs;
- one request right after a content change (nothing remembered: a new generation,
  the page rendered and stored), p50 and p95 of BENCH_SAMPLES requests per page;
- with Debian's nginx installed: nginx as a micro-cache in front of the site
  (tools/proxy.py) and nginx serving the page as a file, and how soon an editor's
  change shows through the micro-cache.

Writes build/reports/performance-<database>.md (and, on PostgreSQL, the query plans
to build/reports/query-plans.md) and prints the same tables.

BENCH_SECONDS (default 6): seconds of load per page and configuration, split into
three runs, each right after as long a run of the baseline. BENCH_SAMPLES (default
20): requests per page right after a content change. `BENCH_SECONDS=1
BENCH_SAMPLES=3` checks that everything works in three to four minutes.
"""

import contextlib
import http.client
import math
import os
import platform
import re
import runpy
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tools import proxy
from tools.localserver import ROOT, free_port, gunicorn, manage, production_env

SECONDS = float(os.environ.get("BENCH_SECONDS") or 6)
SAMPLES = int(os.environ.get("BENCH_SAMPLES") or 20)
ROUNDS = 3  # runs of the page, each after a run of the baseline
RUN_SECONDS = max(1, round(SECONDS / ROUNDS))
WARM_UP_SECONDS = 1
CONNECTIONS = 32
TIMEOUT_SECONDS = 2  # wrk's: a slower answer is a time-out
# As a browser asks: every page, and the baseline, may be sent compressed.
ACCEPT_ENCODING = "gzip, deflate, br"
# nginx in front: s-maxage of the micro-cache.
PROXY_CACHE_SECONDS = 2

REPORTS = ROOT / "build" / "reports"
BASELINE_DIR = ROOT / "build" / "bench" / "baseline"
BASELINE_PATH = "/static/bench/home.html"

HIT_BUDGET = 0.40
FIRST_RENDER_DATABASE = "PostgreSQL"


@dataclass
class Page:
    name: str
    path: str
    miss_budget: float  # ratio to the baseline, page cache off
    first_render_ms: float  # p95 right after a content change (PostgreSQL)


PAGES = [
    Page("home", "/nl/", 0.10, 60),
    Page("directory", "/nl/bedrijven/", 0.07, 60),
    Page(
        "directory, filtered",
        "/nl/bedrijven/?sector=bench-sector-1&offering=bench-offering-2",
        0.07,
        60,
    ),
    Page("company page", "/nl/bedrijven/bench-00042/", 0.07, 60),
    Page("catalogue", "/nl/koop-sociaal/", 0.07, 60),
    Page("job count", "/nl/banenmeting/", 0.07, 60),
    Page("search", "/nl/zoeken/?q=fietsen", 0.05, 100),
    # "werk" is in nearly every invented text: every row is ranked.
    Page('search "werk"', "/nl/zoeken/?q=werk", 0.03, 100),
]
PROXY_PAGES = [PAGES[0]]
FRESHNESS_COMPANY = "bench-00042"


@dataclass
class Load:
    rps: float
    p50: float
    p99: float
    errors: int  # non-2xx/3xx answers, time-outs, refused connections


@dataclass
class Compared:
    rps: float  # the page's, mean of the runs
    base_rps: float  # the baseline's, mean of its runs
    ratio: float  # median of the runs' ratios
    p50: float  # of the median run
    p99: float
    errors: int


# Load generators ---------------------------------------------------------------


def _wrk(url, seconds):
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            f"--timeout={TIMEOUT_SECONDS}s",
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
        match = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)\b", out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    answers = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"connect (\d+), read \d+, write \d+, timeout (\d+)", out)
    errors = int(answers.group(1)) if answers else 0
    if sockets:
        # Read and write errors are kept-alive connections a recycled worker
        # closed (a browser retries them), not failed requests.
        errors += int(sockets.group(1)) + int(sockets.group(2))
    completed = re.search(r"(\d+) requests in", out)
    if "Latency Distribution" not in out or not completed or completed.group(1) == "0":
        # Nothing answered within wrk's time-out: never reported as a clean run.
        return Load(rps, math.nan, math.nan, max(errors, 1))
    return Load(rps, latency(50), latency(99), errors)


def _python_load(url, seconds):
    """Fallback: 32 threads with keep-alive connections."""
    host, port = url.split("//")[1].split("/")[0].split(":")
    path = "/" + url.split("//")[1].split("/", 1)[1]
    timings, errors, stop = [], [0], time.monotonic() + seconds

    def worker():
        connection = http.client.HTTPConnection(
            host, int(port), timeout=TIMEOUT_SECONDS
        )
        while time.monotonic() < stop:
            start = time.monotonic()
            try:
                connection.request(
                    "GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING}
                )
                response = connection.getresponse()
                response.read()
            except OSError:
                errors[0] += 1
                connection.close()
                continue
            timings.append((time.monotonic() - start) * 1000)
            if response.status >= 400:
                errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if not timings:
        return Load(0.0, math.nan, math.nan, max(errors[0], 1))
    timings.sort()
    return Load(
        len(timings) / seconds,
        timings[len(timings) // 2],
        timings[int(len(timings) * 0.99)],
        errors[0],
    )


LOAD = _wrk if shutil.which("wrk") else _python_load


# Measuring ---------------------------------------------------------------------


def _get(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": ACCEPT_ENCODING})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def _drain(base, seconds=60):
    """Wait until the server has worked off what the last run left queued (a slow
    page leaves requests behind that would slow the next run down)."""
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        start = time.monotonic()
        with contextlib.suppress(OSError):
            _get(base + "/healthz")
            if time.monotonic() - start < 0.05:
                return
        time.sleep(0.05)


def compare(baseline_url, url, drain_base):
    """The page against the baseline in ROUNDS alternating runs (baseline, page,
    baseline, page, …), seconds apart, as this machine's speed drifts within
    minutes. The ratio is the median of the runs' ratios."""
    for _ in range(5):  # it answers; the warm-up run reaches every worker
        with contextlib.suppress(OSError):
            _get(url)
    LOAD(url, WARM_UP_SECONDS)
    _drain(drain_base)
    rounds = []
    for _ in range(ROUNDS):
        baseline = LOAD(baseline_url, RUN_SECONDS)
        page = LOAD(url, RUN_SECONDS)
        _drain(drain_base)
        ratio = page.rps / baseline.rps if baseline.rps else math.nan
        rounds.append((ratio, baseline, page))
    # A run without any answer sorts lowest (and counts its errors).
    rounds.sort(key=lambda found: found[0] if found[0] == found[0] else -1.0)
    median, _baseline, page = rounds[len(rounds) // 2]
    return Compared(
        rps=statistics.fmean(found[2].rps for found in rounds),
        base_rps=statistics.fmean(found[1].rps for found in rounds),
        ratio=median,
        p50=page.p50,
        p99=page.p99,
        errors=sum(found[2].errors for found in rounds),
    )


def _percentile(values, percent):
    """Nearest rank: the smallest value that `percent` % of the values do not
    exceed."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * percent / 100) - 1)]


def first_renders(base):
    """Milliseconds of one request right after a content change, SAMPLES times per
    page: the request finds no generation, starts one, renders the page and stores
    it, as after every edit an editor saves."""
    from core.pagecache import content_changed

    found = {}
    for page in PAGES:
        timings, errors = [], 0
        for _ in range(SAMPLES):
            content_changed()  # outside a transaction: at once
            start = time.perf_counter()
            try:
                _get(base + page.path)
            except OSError:  # an error answer (HTTPError) or none
                errors += 1
            timings.append((time.perf_counter() - start) * 1000)
        found[page.name] = (
            statistics.median(timings),
            _percentile(timings, 95),
            errors,
        )
    return found


def _rss_mb(master_pid):
    children = subprocess.run(
        ["pgrep", "-P", str(master_pid)], capture_output=True, text=True
    ).stdout.split()
    sizes = []
    for pid in children:
        with contextlib.suppress(OSError):
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return max(sizes) if sizes else math.nan


def _write_baseline(base):
    """The home page's HTML as a file, with the .gz and .br copies whitenoise's
    compressor makes (as collectstatic does for every static file)."""
    shutil.rmtree(BASELINE_DIR, ignore_errors=True)
    BASELINE_DIR.mkdir(parents=True)
    html = urllib.request.urlopen(base + "/nl/").read()
    (BASELINE_DIR / "home.html").write_bytes(html)
    subprocess.run(
        [sys.executable, "-m", "whitenoise.compress", "--quiet", str(BASELINE_DIR)],
        check=True,
    )
    return len(html)


# The run -----------------------------------------------------------------------


def _say(text):
    print(text, flush=True)


def main():
    started = time.monotonic()
    env = production_env()
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{ROOT / 'bench.sqlite3'}"
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    # The demo app (load_demo_content, generate_bench_data) for preparing only; the
    # site runs without it, as in production.
    prepare = {**env, "DJANGO_DEMO": "1"}
    manage(prepare, "migrate", "--no-input", "-v", "0")
    manage(prepare, "createcachetable")
    manage(prepare, "load_demo_content")
    manage(prepare, "generate_bench_data")
    manage(prepare, "collectstatic", "--no-input", "-v", "0")
    REPORTS.mkdir(parents=True, exist_ok=True)
    if database == "PostgreSQL":
        subprocess.run(
            [sys.executable, "-m", "tools.queryplans"], cwd=ROOT, env=env, check=True
        )
    # The bench process itself marks content as changed (first renders) and edits a
    # company (freshness through nginx): the same settings as the site's.
    proxy.setup_django(env)

    site_port, baseline_port = free_port(), free_port()
    site = f"http://127.0.0.1:{site_port}"
    baseline_url = f"http://127.0.0.1:{baseline_port}{BASELINE_PATH}"
    results, first, rss, proxied, proxy_notes = {}, {}, {}, {}, []
    with gunicorn({**env, "DJANGO_PAGE_CACHE": "1"}, site_port):
        html_bytes = _write_baseline(site)
    with gunicorn(
        {**env, "BENCH_BASELINE_ROOT": str(BASELINE_DIR)},
        baseline_port,
        app="tools.baseline:application",
        ready=BASELINE_PATH,
    ):
        LOAD(baseline_url, WARM_UP_SECONDS)
        # Hits, then the first requests after a change (the page cache on).
        with gunicorn({**env, "DJANGO_PAGE_CACHE": "1"}, site_port) as server:
            for page in PAGES:
                found = results[page.name, "hit"] = compare(
                    baseline_url, site + page.path, site
                )
                _say(_line("page-cache hit", page.name, found))
            first = first_renders(site)
            for page in PAGES:
                p50, p95, errors = first[page.name]
                _say(
                    f"{'first request':16} {page.name:22} p50 {p50:6.1f} ms  "
                    f"p95 {p95:6.1f} ms  errors {errors}"
                )
            rss["hit"] = _rss_mb(server.pid)
        # Misses: every request renders its page.
        with gunicorn({**env, "DJANGO_PAGE_CACHE": "0"}, site_port) as server:
            for page in PAGES:
                found = results[page.name, "miss"] = compare(
                    baseline_url, site + page.path, site
                )
                _say(_line("page-cache miss", page.name, found))
            rss["miss"] = _rss_mb(server.pid)
        # nginx: a micro-cache in front of the site, and the page as a file.
        if proxy.NGINX:
            try:
                proxied, proxy_notes = _measure_proxy(env, site_port, baseline_url)
            except RuntimeError as error:  # nginx did not start
                proxy_notes = [f"nginx in front was not measured: {error}."]
                _say(proxy_notes[0])
        else:
            proxy_notes = [
                "nginx is not installed (`apt-get install nginx-light`): the "
                "micro-cache was not measured."
            ]
            _say(proxy_notes[0])
    minutes = (time.monotonic() - started) / 60
    report = _report(
        database, env, results, first, rss, proxied, proxy_notes, html_bytes, minutes
    )
    path = REPORTS / f"performance-{database.lower()}.md"
    path.write_text(report)
    _say("")
    _say(report)
    _say(f"Written to {path.relative_to(ROOT)} ({minutes:.1f} minutes).")


def _line(what, name, found):
    return (
        f"{what:16} {name:22} {found.rps:7.0f} req/s, {found.ratio:4.2f} of "
        f"{found.base_rps:5.0f}  p50 {found.p50:6.1f} ms  p99 {found.p99:6.1f} ms  "
        f"errors {found.errors}"
    )


def _measure_proxy(env, upstream_port, baseline_url):
    port = free_port()
    nginx_base = f"http://127.0.0.1:{port}"
    site_env = {
        **env,
        "DJANGO_PAGE_CACHE": "1",
        "DJANGO_PROXY_CACHE_SECONDS": str(PROXY_CACHE_SECONDS),
    }
    admin = env.get("DJANGO_ADMIN_URL", "beheer/")
    files = sorted(BASELINE_DIR.glob("home.html*"))
    measured, notes = {}, []
    with (
        gunicorn(site_env, upstream_port),
        proxy.nginx(port, upstream_port, files, admin=admin),
    ):
        checked = proxy.check(nginx_base, "/nl/", admin)
        notes.append(
            "Checked before the load: "
            + "; ".join(
                f"{what} {status} {cache or '(no X-Proxy-Cache)'}"
                for what, status, cache, _django in checked
            )
            + (
                " (as expected)."
                if proxy.check_passes(checked)
                else " — **not as expected**."
            )
        )
        for page in PROXY_PAGES:
            found = measured[f"{page.name}, nginx micro-cache"] = compare(
                baseline_url, nginx_base + page.path, nginx_base
            )
            _say(_line("nginx cache", page.name, found))
        found = measured["home as a file, nginx"] = compare(
            baseline_url, nginx_base + BASELINE_PATH, nginx_base
        )
        _say(_line("nginx file", "home", found))
        from companies.models import Company

        company = Company.objects.get(slug=FRESHNESS_COMPANY)
        took = proxy.freshness(nginx_base, company, PROXY_CACHE_SECONDS)
        notes.append(
            f"An editor's change (a company's name) showed through the micro-cache "
            f"after {took:.2f} s (bound: s-maxage {PROXY_CACHE_SECONDS} s, counted "
            "by nginx in whole seconds, and one render)."
        )
        _say(notes[-1])
    return measured, notes


# The report --------------------------------------------------------------------


def _result(passed):
    return "pass" if passed else "**fail**"


def _number(value, digits=0):
    return "—" if value != value else f"{value:.{digits}f}"


def _report(database, env, results, first, rss, proxied, notes, html_bytes, minutes):
    import django

    shared_cache = "Redis" if env.get("REDIS_URL") else "the database cache"
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    # As gunicorn reads it, with this environment.
    conf = runpy.run_path(str(ROOT / "gentse_se" / "gunicorn.conf.py"))
    workers = f"{conf['workers']} workers × {conf.get('threads', 1)} threads"
    command = " ".join(
        [
            *(
                f"{name}={os.environ[name]}"
                for name in ("BENCH_SECONDS", "BENCH_SAMPLES")
                if os.environ.get(name)
            ),
            "make bench",
        ]
    )
    lines = [
        f"# Speed budgets on {database}",
        "",
        f"`{command}` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC ({minutes:.1f} "
        f"minutes): {os.cpu_count()} cores ({cpu}), Python "
        f"{platform.python_version()}, Django {django.get_version()}, {database}, "
        f"shared cache: {shared_cache}, gunicorn with {workers} (both servers), "
        f"{'wrk' if LOAD is _wrk else 'the Python load generator'} at "
        f"{CONNECTIONS} connections ({TIMEOUT_SECONDS} s time-out), "
        f"`Accept-Encoding: {ACCEPT_ENCODING}`; per page and configuration "
        f"{ROUNDS} runs of {RUN_SECONDS} s, each after a {RUN_SECONDS} s run of the "
        f"baseline; data from `generate_bench_data` (2,000 companies, 300 pages, "
        "500 projects, 10 job-count editions).",
        "",
        f"Baseline: the home page's HTML ({html_bytes / 1024:.0f} KB) as a file "
        "served by whitenoise alone (`tools/baseline.py`, no Django) through "
        "gunicorn with the site's configuration and worker count. *Ratio*: the "
        "median of the runs' ratios of the page's rate to the baseline's. *Errors*: "
        "answers other than 2xx/3xx, time-outs and refused connections; a budget "
        "is met only without any.",
        "",
        "## Page-cache hits and misses",
        "",
        "*Hit*: the normal configuration, every request after the first served from "
        "the page cache. *Miss*: `DJANGO_PAGE_CACHE=0`, every request renders its "
        "page (without storing it; the first requests below store).",
        "",
        "| page | | req/s | baseline req/s | ratio | p50 / p99 ms | errors | budget "
        "| result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    met = total = 0
    for kind, label in (("hit", "hit"), ("miss", "miss")):
        for page in PAGES:
            found = results[page.name, kind]
            budget = HIT_BUDGET if kind == "hit" else page.miss_budget
            passed = found.ratio >= budget and found.errors == 0
            met, total = met + passed, total + 1
            lines.append(
                f"| {page.name} (`{page.path}`) | {label} | {found.rps:.0f} | "
                f"{found.base_rps:.0f} | {_number(found.ratio, 2)} | "
                f"{_number(found.p50, 1)} / {_number(found.p99, 1)} | {found.errors} "
                f"| ≥ {budget:.2f} | {_result(passed)} |"
            )
    lines += [
        "",
        "## One request right after a content change",
        "",
        f"{SAMPLES} requests per page, one at a time, each right after "
        "`core.pagecache.content_changed()`: nothing is remembered, the request "
        "starts a new generation, renders its page and stores it. Budgets on "
        f"{FIRST_RENDER_DATABASE}"
        + (
            "."
            if database == FIRST_RENDER_DATABASE
            else f" (this is {database}: shown, not judged)."
        ),
        "",
        "| page | p50 ms | p95 ms | errors | budget (p95) | result |",
        "|---|---|---|---|---|---|",
    ]
    for page in PAGES:
        p50, p95, errors = first[page.name]
        if database == FIRST_RENDER_DATABASE:
            passed = p95 < page.first_render_ms and errors == 0
            met, total = met + passed, total + 1
            result = _result(passed)
        else:
            result = "—"
        lines.append(
            f"| {page.name} | {p50:.1f} | {p95:.1f} | {errors} | "
            f"< {page.first_render_ms:.0f} ms | {result} |"
        )
    lines += ["", f"**{met} of {total} budgets met.**", "", "## nginx in front", ""]
    if proxied:
        lines += [
            f"Debian's nginx on 127.0.0.1 (`tools/proxy.py`, the configuration of "
            f"docs/deploy.md) in front of the site with "
            f"`DJANGO_PROXY_CACHE_SECONDS={PROXY_CACHE_SECONDS}`, and serving the "
            "baseline's file itself (`gzip_static`; it has no brotli), against the "
            "same baseline. No budget.",
            "",
            "| what | req/s | baseline req/s | ratio | p50 / p99 ms | errors |",
            "|---|---|---|---|---|---|",
        ]
        for name, found in proxied.items():
            lines.append(
                f"| {name} | {found.rps:.0f} | {found.base_rps:.0f} | "
                f"{_number(found.ratio, 2)} | {_number(found.p50, 1)} / "
                f"{_number(found.p99, 1)} | {found.errors} |"
            )
        lines.append("")
    lines += [*notes, ""]
    lines += [
        "Resident memory of a gunicorn worker after the runs (no budget): "
        f"{_number(rss.get('hit', math.nan))} MB with the page cache, "
        f"{_number(rss.get('miss', math.nan))} MB without.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
