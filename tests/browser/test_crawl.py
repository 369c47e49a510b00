"""Crawl each language from its home page, following internal links (bounded), and
check every distinct page type in Debian's Chromium: axe (WCAG 2.1 A/AA), one h1 and
ordered headings, alt on every image, no horizontal scrolling at 320 CSS px and at
200% zoom, and a visible focus indicator on every focusable element."""

from urllib.parse import urldefrag, urlsplit

import pytest
from django.urls import Resolver404, resolve
from django.utils import translation

from tests.browser.axe import axe_violations
from tests.helpers import LANGUAGES

MAX_PAGES = 80

CHECKS = """() => {
  const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
    .map(h => Number(h.tagName[1]));
  const skipped = levels.some((level, i) => i > 0 && level > levels[i - 1] + 1);
  const imagesWithoutAlt = [...document.querySelectorAll('img')]
    .filter(img => !img.hasAttribute('alt')).length;
  return {
    h1: document.querySelectorAll('h1').length,
    firstHeading: levels[0],
    skipped,
    imagesWithoutAlt,
    overflow: document.documentElement.scrollWidth
      - document.documentElement.clientWidth,
  };
}"""

FOCUS = """() => {
  const focusable = [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea,'
    + ' [tabindex]:not([tabindex="-1"])'
  )].filter(el => el.offsetParent !== null && !el.closest('[aria-hidden=true]'));
  const invisible = [];
  for (const el of focusable) {
    el.focus();
    if (document.activeElement !== el) continue;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    if (!outline && !shadow) invisible.push(el.outerHTML.slice(0, 80));
  }
  return invisible;
}"""


def page_type(path, language):
    try:
        with translation.override(language):
            match = resolve(path)
    except Resolver404:
        return None
    if match.view_name == "page":
        return "page:" + ("sub" if match.kwargs["path"].count("/") else "top")
    return match.view_name


def crawl(page, base, language):
    start = f"{base}/{language}/"
    queue, seen, types = [start], {start}, {}
    while queue and len(seen) <= MAX_PAGES:
        url = queue.pop(0)
        response = page.goto(url)
        assert response.status < 400, url
        kind = page_type(urlsplit(url).path, language)
        # Feeds (Atom) are checked by their own tests (tests/test_feeds.py).
        html = response.headers.get("content-type", "").startswith("text/html")
        if html and kind and kind not in types:
            types[kind] = url
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            href = urldefrag(href)[0]
            if not href.startswith(f"{base}/{language}/") or href in seen:
                continue
            if "/voorbeeld/" in href or "/preview/" in href or "/apercu/" in href:
                continue
            if urlsplit(href).path.endswith(".ics"):  # a download, not a page
                continue
            seen.add(href)
            queue.append(href)
    return types


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_passes_the_checks(site, browser, language):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = {}
    try:
        types = crawl(page, site.url, language)
        assert len(types) >= 9, types
        assert {
            "pages:home",
            "page:top",
            "page:sub",
            "pages:project_list",
            "pages:project_detail",
            "companies:list",
            "companies:detail",
            "companies:buy_social",
            "companies:need",
            "companies:vacancies",
            "jobcount:page",
        } <= set(types), types
        for kind, url in types.items():
            found = []
            page.set_viewport_size({"width": 1280, "height": 900})
            page.goto(url)
            checks = page.evaluate(CHECKS)
            if checks["h1"] != 1 or checks["firstHeading"] != 1 or checks["skipped"]:
                found.append(f"headings {checks}")
            if checks["imagesWithoutAlt"]:
                found.append("images without alt")
            violations = axe_violations(page)
            if violations:
                found.append(violations)
            invisible = page.evaluate(FOCUS)
            if invisible:
                found.append({"no visible focus": invisible[:5]})
            for width in (320, 640):  # 640 CSS px = a 1280 px screen at 200% zoom
                page.set_viewport_size({"width": width, "height": 800})
                page.goto(url)
                if page.evaluate(CHECKS)["overflow"] > 0:
                    found.append(f"horizontal scrolling at {width} px")
            if found:
                problems[kind] = found
    finally:
        context.close()
    assert problems == {}
