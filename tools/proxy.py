"""nginx as a micro-cache in front of the site, on loopback (docs/deploy.md, "A
reverse proxy that caches"): the configuration `make bench` measures and
`python -m tools.proxy` checks.

`python -m tools.proxy` starts the production configuration (gunicorn, DEBUG off, the
demo content in the default database, DJANGO_PROXY_CACHE_SECONDS=2 unless set) behind
Debian's nginx on a free port of 127.0.0.1, and prints what a visitor gets: the second
request of a page is a HIT, a session cookie and the admin bypass the cache, and an
editor's change shows within the freshness bound (a company's name is changed and put
back). Exit status 1 when one of these does not hold.
"""

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tools.localserver import free_port, gunicorn, manage, production_env

NGINX = shutil.which("nginx") or (
    "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
)

# The proxy's part of the configuration, the same in production (docs/deploy.md)
# as on loopback: only the cache path, the upstream's address and the admin's
# address are filled in.
PROXY = """\
    proxy_cache_path {cache} levels=1:2 keys_zone=gentse_se:10m max_size=1g
                     inactive=1m use_temp_path=off;

    # A visitor with a session (an editor, logged in or logging in) is never
    # served from the cache, nor stored in it.
    map $http_cookie $gentse_se_session {{
        default 0;
        "~(^|;)\\s*(__Host-)?sessionid=" 1;
    }}

    upstream gentse_se {{
        server {upstream};
        keepalive 16;
    }}
"""

LOCATIONS = """\
        location / {{
            proxy_pass http://gentse_se;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            # One address, the visitor's: the right-most (and only) entry.
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;

            proxy_cache gentse_se;
            # Django picks the language of an address outside /nl/, /en/, /fr/ from
            # Accept-Language (its Vary) or a django_language cookie (not in Vary).
            proxy_cache_key $scheme$host$request_uri$cookie_django_language;
            # Stored only what Django allows (s-maxage, DJANGO_PROXY_CACHE_SECONDS):
            # public pages; never "private", "no-cache" or a Set-Cookie.
            proxy_cache_revalidate on;
            proxy_cache_lock on;
            proxy_cache_lock_timeout 5s;
            proxy_cache_use_stale updating error timeout
                                  http_500 http_502 http_503 http_504;
            proxy_cache_background_update on;
            proxy_cache_bypass $gentse_se_session;
            proxy_no_cache $gentse_se_session;
            add_header X-Proxy-Cache $upstream_cache_status always;
        }}
        location /{admin} {{
            # The admin: never cached here (Django marks it private too).
            proxy_pass http://gentse_se;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
"""

LOOPBACK = """\
worker_processes {workers};
{user}pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}

http {{
    access_log off;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;

{proxy}
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1 localhost;

        # `make bench`: the page saved as a file, served by nginx itself.
        location /static/bench/ {{
            alias {prefix}/static/bench/;
            gzip_static on;
        }}
{locations}    }}
}}
"""


def loopback_config(prefix, port, upstream_port, admin="beheer/", workers="auto"):
    user = ""
    if os.geteuid() == 0:
        # nginx started by root runs its workers as nobody, who must be able to
        # write the cache and temporary folders.
        user = "user nobody nogroup;\n"
    return LOOPBACK.format(
        workers=workers,
        user=user,
        prefix=prefix,
        port=port,
        proxy=PROXY.format(
            cache=f"{prefix}/cache", upstream=f"127.0.0.1:{upstream_port}"
        ),
        locations=LOCATIONS.format(admin=admin.strip("/") + "/"),
    )


def _wait_for_port(port, process, seconds=10):
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        if process.poll() is not None:
            raise RuntimeError(f"nginx stopped (exit status {process.returncode})")
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=0.5),
        ):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nginx did not answer on 127.0.0.1:{port}")


@contextlib.contextmanager
def nginx(port, upstream_port, static_files=(), admin="beheer/"):
    """Debian's nginx on 127.0.0.1:port in front of gunicorn on upstream_port, in a
    temporary folder (configuration, cache, logs), until the block ends. The files
    in static_files are served at /static/bench/. Yields the folder."""
    if not NGINX:
        raise RuntimeError("nginx is not installed (apt-get install nginx-light)")
    with tempfile.TemporaryDirectory(prefix="gentse-se-nginx-") as prefix:
        static = Path(prefix) / "static" / "bench"
        static.mkdir(parents=True)
        for source in static_files:
            shutil.copy(source, static / Path(source).name)
        conf = Path(prefix) / "nginx.conf"
        conf.write_text(loopback_config(prefix, port, upstream_port, admin))
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            for folder, _dirs, files in os.walk(prefix):
                os.chown(folder, nobody.pw_uid, nobody.pw_gid)
                for name in files:
                    os.chown(Path(folder) / name, nobody.pw_uid, nobody.pw_gid)
        process = subprocess.Popen(
            [
                NGINX,
                "-p",
                prefix,
                "-c",
                str(conf),
                "-e",
                f"{prefix}/error.log",
                "-g",
                "daemon off;",
            ]
        )
        try:
            _wait_for_port(port, process)
            yield Path(prefix)
        finally:
            process.terminate()
            process.wait(timeout=20)


def request(url, cookie=None):
    """(status, X-Proxy-Cache, X-Cache, body) of a GET as a browser sends it."""
    headers = {"Accept-Encoding": "identity"}
    if cookie:
        headers["Cookie"] = cookie
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            body = response.read()
            return (
                response.status,
                response.headers.get("X-Proxy-Cache", ""),
                response.headers.get("X-Cache", ""),
                body,
            )
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Proxy-Cache", ""), "", error.read()


def check(base, path, admin="beheer/"):
    """The proxy's answers for a page: [(what, status, X-Proxy-Cache, X-Cache)]."""
    url = base + path
    found = [
        ("first request", *request(url)[:3]),
        ("second request", *request(url)[:3]),
        ("with a session cookie", *request(url, cookie="sessionid=x")[:3]),
        ("with __Host-sessionid", *request(url, cookie="__Host-sessionid=x")[:3]),
        ("the admin", *request(base + "/" + admin)[:3]),
    ]
    return found


def check_passes(found):
    statuses = {what: cache for what, _status, cache, _x in found}
    return (
        statuses["second request"] == "HIT"
        and statuses["with a session cookie"] == "BYPASS"
        and statuses["with __Host-sessionid"] == "BYPASS"
        and statuses["the admin"] == ""
    )


def freshness(base, company, seconds_allowed, timeout=30):
    """Seconds from an editor's change of a company's name until the proxy serves
    the new name (polled every 50 ms); the name is put back afterwards."""
    path = company.get_absolute_url()
    request(base + path)
    request(base + path)  # stored by nginx
    original = company.name
    marker = f"{original} (freshness check)"
    company.name = marker
    start = time.monotonic()
    company.save()
    try:
        while time.monotonic() - start < timeout:
            if marker.encode() in request(base + path)[3]:
                return time.monotonic() - start
            time.sleep(0.05)
        return float("inf")
    finally:
        company.name = original
        company.save()


def setup_django(env):
    os.environ.update(env)
    import django

    django.setup()


def main():
    if not NGINX:
        print("nginx is not installed: apt-get install nginx-light")
        return 1
    seconds = os.environ.get("DJANGO_PROXY_CACHE_SECONDS") or "2"
    env = production_env(DJANGO_PROXY_CACHE_SECONDS=seconds)
    prepare = {**env, "DJANGO_DEMO": "1"}
    manage(prepare, "collectstatic", "--no-input", "-v", "0")
    manage(prepare, "migrate", "--no-input", "-v", "0")
    manage(prepare, "createcachetable")
    manage(prepare, "load_demo_content")
    upstream, port = free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    admin = env.get("DJANGO_ADMIN_URL", "beheer/")
    with gunicorn(env, upstream, "--workers", "2"), nginx(port, upstream, admin=admin):
        found = check(base, "/nl/", admin)
        print(f"nginx on {base} in front of gunicorn, s-maxage={seconds}")
        for what, status, proxy_cache, django_cache in found:
            print(
                f"  GET {'/' + admin if what == 'the admin' else '/nl/':10} "
                f"{what:24} {status}  X-Proxy-Cache: {proxy_cache or '-':7}  "
                f"X-Cache (Django): {django_cache or '-'}"
            )
        setup_django(env)
        from companies.models import Company

        company = Company.objects.published().order_by("pk").first()
        took = freshness(base, company, int(seconds))
        print(
            f"  an editor's change of {company.get_absolute_url()} showed after "
            f"{took:.2f} s (bound: s-maxage {seconds} s + 1, nginx counting whole "
            "seconds, and one render)"
        )
    passed = check_passes(found) and took <= int(seconds) + 1.5
    print("proxy check:", "passed" if passed else "FAILED")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
