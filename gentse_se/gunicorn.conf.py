"""gunicorn settings; the worker count comes from WEB_CONCURRENCY."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Threaded workers: a slow or half-sent request ties up one thread, not a whole
# worker. gunicorn is still never exposed to the internet itself: the buffering
# reverse proxy of docs/deploy.md stands in front and sends only whole requests.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Workers are recycled now and then (a guard against slow leaks). The app is loaded
# once in the master and forked, so a new worker starts in milliseconds, not after
# seconds of imports, and the workers share the loaded code's memory.
preload_app = True
max_requests = 20000
max_requests_jitter = 2000
accesslog = "-"
errorlog = "-"
# gunicorn believes no forwarded header from anyone: the scheme comes from Django's
# SECURE_PROXY_SSL_HEADER (set only behind the proxy), and SCRIPT_NAME or PATH_INFO
# from a client could change which page is served (and cached).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "")
forwarder_headers = ""
secure_scheme_headers = {}
