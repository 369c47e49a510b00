"""Page weight (issue 8): the home page on a first visit, everything included (HTML,
CSS, scripts, fonts, images the CSS loads, the favicon), is at most 120 KB on the
wire in at most 12 requests, none to another origin; the main font is preloaded and
used.

What is measured: Chromium's own count of the bytes it received for each request
(headers and body; CDP Network.loadingFinished encodedDataLength), in a new browser
context, so with an empty cache. The HTML comes compressed from the application
itself. Static files are the one thing the test server sends differently from
production: it serves them uncompressed, where production's whitenoise serves the
gzip or brotli file that collectstatic made. For those, the uncompressed body is
replaced by the size of the gzip file whitenoise would make (its own compressor and
its own rule: kept only when it saves at least 5%). gzip, not brotli, so that the
figure holds for every client; brotli is smaller still.
"""

from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
from whitenoise.compress import Compressor

BUDGET_KB = 120
BUDGET_REQUESTS = 12
MAIN_FONT = "gent/fonts/fira-sans-400.woff2"
VIEWPORTS = {"phone": (375, 800), "desktop": (1280, 900)}


def _as_served_in_production(url: str, headers: dict, received: float) -> float:
    """Bytes production sends for this response: what the test server sent, except
    that an uncompressed static file counts as whitenoise's gzip file."""
    path = urlsplit(url).path
    encoded = {k.lower(): v for k, v in headers.items()}.get("content-encoding")
    compressor = Compressor(quiet=True)
    if (
        encoded
        or not path.startswith("/static/")
        or not compressor.should_compress(path)
    ):
        return received
    body = urlopen(url).read()
    gzipped = Compressor.compress_gzip(body)
    if len(gzipped) / max(len(body), 1) > 0.95:
        return received
    return received - len(body) + len(gzipped) + len("Content-Encoding: gzip\r\n")


def first_visit(browser, url: str, viewport: tuple[int, int]):
    """Load url in a new context (empty cache) and return every network request
    as (url, bytes as production would send them) and the page, still open."""
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    urls, headers, received, failed = {}, {}, {}, []

    def sent(event):
        if not event["request"]["url"].startswith("data:"):
            urls[event["requestId"]] = event["request"]["url"]

    cdp.on("Network.requestWillBeSent", sent)
    cdp.on(
        "Network.responseReceived",
        lambda event: headers.__setitem__(
            event["requestId"], event["response"]["headers"]
        ),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda event: received.__setitem__(
            event["requestId"], event["encodedDataLength"]
        ),
    )
    cdp.on("Network.loadingFailed", lambda event: failed.append(event))
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    assert [urls.get(event["requestId"]) for event in failed] == []
    assert set(urls) <= set(received), "a request did not finish"
    requests = [
        (
            urls[request],
            _as_served_in_production(
                urls[request], headers.get(request, {}), received[request]
            ),
        )
        for request in urls
    ]
    return requests, page, cdp


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_first_visit_within_budget(site, browser, viewport):
    requests, page, _ = first_visit(browser, site.url + "/nl/", VIEWPORTS[viewport])
    try:
        origin = urlsplit(site.url).netloc
        listing = "\n".join(f"{size:8.0f} {url}" for url, size in requests)
        assert [url for url, _ in requests if urlsplit(url).netloc != origin] == []
        assert len(requests) <= BUDGET_REQUESTS, listing
        total = sum(size for _, size in requests)
        assert total <= BUDGET_KB * 1024, f"{total / 1024:.1f} KB:\n{listing}"
        # Everything the page is made of was counted, not only the HTML.
        paths = {urlsplit(url).path for url, _ in requests}
        assert {"/nl/", "/static/gent/css/main.css", "/static/" + MAIN_FONT} <= paths
        assert any(path.endswith(".png") for path in paths), "the favicon"
    finally:
        page.context.close()


def test_main_font_is_preloaded_and_used(site, browser):
    requests, page, cdp = first_visit(browser, site.url + "/nl/", VIEWPORTS["phone"])
    try:
        preload = page.locator('link[rel="preload"][as="font"]')
        assert preload.count() == 1
        assert preload.get_attribute("href") == "/static/" + MAIN_FONT
        assert preload.get_attribute("type") == "font/woff2"
        # Fonts are fetched in CORS mode: without crossorigin the preload is wasted
        # and the font is downloaded twice.
        assert preload.get_attribute("crossorigin") is not None
        font_requests = [url for url, _ in requests if url.endswith(MAIN_FONT)]
        assert len(font_requests) == 1, font_requests
        # The browser loaded it as the regular Fira Sans...
        loaded = page.evaluate(
            """() => [...document.fonts]
                .filter(f => f.status === "loaded")
                .map(f => `${f.family.replace(/"/g, "")} ${f.weight}`)"""
        )
        assert "Fira Sans 400" in loaded
        # ...and the body text is drawn with it, not with a fallback font.
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument")["root"]["nodeId"]
        node = cdp.send(
            "DOM.querySelector", {"nodeId": root, "selector": ".home-intro__text p"}
        )["nodeId"]
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        assert fonts and all(font["isCustomFont"] for font in fonts), fonts
        assert {font["familyName"] for font in fonts} == {"Fira Sans"}, fonts
    finally:
        page.context.close()
