"""The baseline of `make bench`: a WSGI app that is only whitenoise, without Django,
serving the files of BENCH_BASELINE_ROOT at /static/bench/ (the home page's HTML
saved as a file, with the .gz and .br copies whitenoise's compressor makes). Run by
gunicorn with gentse_se/gunicorn.conf.py, so with the site's worker count:

    gunicorn -c gentse_se/gunicorn.conf.py tools.baseline:application
"""

import os

from whitenoise import WhiteNoise

PREFIX = "/static/bench/"


def _not_found(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found"]


application = WhiteNoise(
    _not_found, root=os.environ["BENCH_BASELINE_ROOT"], prefix=PREFIX
)
