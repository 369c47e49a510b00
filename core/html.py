"""Editor HTML: sanitised with nh3 against an allow-list before it is stored."""

import re

import nh3

# What the rich-text editor offers; sanitize_html enforces the same.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
}

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang", "lang"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize_html(html: str) -> str:
    """Keep only the allowed tags, attributes and link schemes; no scripts, styles,
    event handlers or javascript: links survive. An empty editor gives ""."""
    cleaned = _cleaner.clean(html or "").strip()
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


_HEADING = re.compile(r"<h([1-6])\b", re.I)


def heading_problems(html: str) -> list[str]:
    """Headings in editor text must start at h2 (the page title is the h1) and never
    skip a level. Returns what is wrong, e.g. ["h2 → h4"]."""
    levels = [int(level) for level in _HEADING.findall(html or "")]
    problems = []
    previous = 1
    for level in levels:
        if level > previous + 1:
            problems.append(f"h{previous} → h{level}")
        previous = level
    return problems
