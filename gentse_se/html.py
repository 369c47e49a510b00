"""Editor HTML: sanitised with nh3 against an allow-list before it is stored."""

import nh3

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
