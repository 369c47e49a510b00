"""Editor HTML: sanitised with nh3 against an allow-list before it is stored.

The editor (django-prose-editor) offers what EDITOR_EXTENSIONS lists; our own
editor script, static/js/rich-text.js, adds the Word paste clean-up, the link check
and the Dutch labels of its toolbar and dialogs (EDITOR_LABELS)."""

import re
from html.parser import HTMLParser

import nh3
from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

# What a button title or dialog text of django-prose-editor says (it has no Dutch
# catalogue, and most of its menu titles are not translatable), and what we say.
EDITOR_LABELS = {
    "paragraph": _("Paragraph"),
    "Paragraph": _("Paragraph"),
    "heading 2": _("Heading 2"),
    "Heading 2": _("Heading 2"),
    "heading 3": _("Heading 3"),
    "Heading 3": _("Heading 3"),
    "heading 4": _("Heading 4"),
    "Heading 4": _("Heading 4"),
    "bold": _("Bold"),
    "italic": _("Italic"),
    "unordered list": _("Bulleted list"),
    "ordered list": _("Numbered list"),
    "blockquote": _("Quotation"),
    "insert link": _("Add or change link"),
    "remove link": _("Remove link"),
    "undo": _("Undo"),
    "redo": _("Redo"),
    "Insert table": _("Insert table"),
    "Add column": _("Add column"),
    "Delete column": _("Delete column"),
    "Add row": _("Add row"),
    "Delete row": _("Delete row"),
    "Merge cells": _("Merge cells"),
    "Split cell": _("Split cell"),
    "Toggle header cell": _("Header cell on or off"),
    "Delete table": _("Delete table"),
    "Rows": _("Rows"),
    "Columns": _("Columns"),
    "Include header row": _("First row is a header row"),
    "Table Properties": _("Insert a table"),
    "Insert Table": _("Insert table"),
    "Yes": _("Yes"),
    "No": _("No"),
    "URL": _("Link address"),
    "Edit Link": _("Link"),
    "Update": _("Save"),
    "Cancel": _("Cancel"),
}

# Messages of static/js/rich-text.js.
EDITOR_MESSAGES = {
    "linkHelp": _(
        "A web address (https://…), an e-mail address (mailto:…), a phone number "
        "(tel:…) or an address on this site (/…). Leave empty to remove the link."
    ),
    "linkRefused": _("This link is not allowed: %(link)s"),
    "pasteRemoved": _("Left out when pasting: %(removed)s."),
    "images": _("images"),
    "embedded": _("embedded media or forms"),
    "links": _("links that are not allowed (%(links)s)"),
}

# What the rich-text editor offers; sanitize_html enforces the same.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    # Without the list-type dialog: the sanitiser keeps only "start".
    "OrderedList": {"enableListAttributes": False},
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    # static/js/rich-text.js replaces the Link extension's dialog (one address,
    # checked as validate_links does) and leaves its options as they are.
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    # static/js/rich-text.js (registered in settings.DJANGO_PROSE_EDITOR_EXTENSIONS).
    "WordPaste": True,
    "EditorLabels": {"labels": EDITOR_LABELS, "messages": EDITOR_MESSAGES},
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
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "hreflang", "lang"},
    "ol": {"start"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    tag_attribute_values={"th": {"scope": {"col", "row", "colgroup", "rowgroup"}}},
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)

# Rows of nh3's output (a <tr> never keeps an attribute), and header cells without
# a scope.
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_TH_WITHOUT_SCOPE = re.compile(r"<th(?![^>]*\bscope=)")
_DEFAULT_SPAN = re.compile(r' (?:colspan|rowspan)="1"')
# The style guide's table: its look and a horizontal scroll on narrow screens.
TABLE_WRAPPER = '<div class="responsive-table"><div class="table-wrapper">'


def _scope_headers(row: re.Match) -> str:
    """A row of header cells heads columns; a header cell beside data cells heads
    its row. Screen readers read the header with every cell."""
    cells = row.group(1)
    scope = "row" if "<td" in cells else "col"
    return "<tr>" + _TH_WITHOUT_SCOPE.sub(f'<th scope="{scope}"', cells) + "</tr>"


def sanitize_html(html: str) -> str:
    """Keep only the allowed tags, attributes and link schemes; no scripts, styles,
    event handlers or javascript: links survive. An empty editor gives "".
    Tables get scoped header cells and the style guide's wrapper (nh3 drops any
    <div> first, so cleaning twice gives the same)."""
    cleaned = _cleaner.clean(html or "").strip()
    if "<table" in cleaned:
        cleaned = _DEFAULT_SPAN.sub("", _ROW.sub(_scope_headers, cleaned))
        cleaned = cleaned.replace("<table>", TABLE_WRAPPER + "<table>").replace(
            "</table>", "</table></div></div>"
        )
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


class _Elements(HTMLParser):
    """The start tags of a piece of HTML and the addresses of its links, as a
    browser reads them (character references decoded, comments skipped)."""

    def __init__(self, html):
        super().__init__()
        self.tags, self.links = [], []
        self.feed(html or "")
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.extend(value or "" for name, value in attrs if name == "href")


# A URL's scheme, once a browser has dropped what it ignores: surrounding spaces
# and control characters, and tabs and newlines anywhere ("java\tscript:").
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_CONTROL_AND_SPACE = "".join(chr(code) for code in range(0x21))


def link_allowed(href: str) -> bool:
    """http, https, mailto and tel links, and addresses on this site (relative)."""
    href = _IGNORED_BY_BROWSERS.sub("", href).strip(_CONTROL_AND_SPACE)
    scheme = _SCHEME.match(href)
    return scheme is None or scheme.group(1).lower() in ALLOWED_URL_SCHEMES


def validate_links(html: str) -> None:
    """A form error for every refused link, naming it, before anything is cleaned:
    the sanitiser would silently drop its address."""
    refused = [href for href in _Elements(html).links if not link_allowed(href)]
    if refused:
        raise ValidationError(
            [
                ValidationError(
                    EDITOR_MESSAGES["linkRefused"],
                    code="link_not_allowed",
                    params={"link": Truncator(href.strip()).chars(80)},
                )
                for href in dict.fromkeys(refused)
            ]
        )


# What the sanitiser removes that a reader of the page would miss, by the editor's
# words; formatting and wrappers (span, div, font, Word's o:p) lose nothing.
REMOVED_ELEMENTS = [
    (_("images"), {"img", "picture", "svg"}),
    (
        _("embedded media or forms"),
        {
            "iframe",
            "object",
            "embed",
            "video",
            "audio",
            "canvas",
            "form",
            "input",
            "button",
            "select",
            "textarea",
        },
    ),
    (_("headings of level 1, 5 or 6, kept as plain text"), {"h1", "h5", "h6"}),
]


def removed_content(html: str) -> list[str]:
    """What sanitize_html will leave out of this HTML, e.g. ["images (2)"]."""
    tags = _Elements(html).tags
    found = []
    for name, elements in REMOVED_ELEMENTS:
        count = sum(tag in elements for tag in tags)
        if count:
            found.append(f"{name} ({count})")
    return found
