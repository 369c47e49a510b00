"""Small helpers to read rendered HTML in tests."""

from urllib.parse import urlsplit

from bs4 import BeautifulSoup

# Attributes through which a page makes the browser fetch something.
RESOURCE_ATTRIBUTES = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "iframe": ["src"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "form": ["action"],
}


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def foreign_resources(page: BeautifulSoup) -> list[str]:
    """Every URL the page would load from another origin (links to follow excluded)."""
    found = []
    for tag, attributes in RESOURCE_ATTRIBUTES.items():
        for element in page.find_all(tag):
            for attribute in attributes:
                for url in (element.get(attribute) or "").split(","):
                    url = url.strip().split(" ")[0]
                    if url and urlsplit(url).netloc:
                        found.append(url)
    for element in page.find_all("link"):
        rel = set(element.get("rel") or [])
        if rel & {"canonical", "alternate"}:
            continue  # addresses of this page, not loaded
        href = element.get("href") or ""
        if urlsplit(href).netloc:
            found.append(href)
    return found


# Attributes that name other elements by id (space-separated lists for aria-*).
REFERENCE_ATTRIBUTES = (
    "aria-describedby",
    "aria-labelledby",
    "aria-controls",
    "aria-owns",
    "aria-details",
    "aria-errormessage",
    "aria-activedescendant",
)


def broken_references(page: BeautifulSoup) -> list[str]:
    """Every aria-* id reference and label[for] that points at no element."""
    ids = {element["id"] for element in page.find_all(id=True)}
    broken = []
    for attribute in REFERENCE_ATTRIBUTES:
        for element in page.find_all(attrs={attribute: True}):
            for target in element[attribute].split():
                if target not in ids:
                    broken.append(f"<{element.name} {attribute}={target!r}>")
    for label in page.find_all("label", attrs={"for": True}):
        if label["for"] not in ids:
            broken.append(f"<label for={label['for']!r}>")
    return broken


def form_data(client, url):
    """What a browser posts from the change form at url, as it is shown."""
    page = BeautifulSoup(client.get(url).content, "html.parser")
    form = page.find("form", id=lambda value: value and value.endswith("_form"))
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "select":
            chosen = field.find_all("option", selected=True)
            data.setdefault(name, []).extend(o.get("value", o.text) for o in chosen)
        elif field.name == "textarea":
            data.setdefault(name, []).append(field.text.lstrip("\n"))
        elif field.get("type") in ("submit", "button", "file", "image", "reset"):
            continue
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data.setdefault(name, []).append(field.get("value", ""))
    return data
