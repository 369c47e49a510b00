"""Text typed by visitors."""

MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> str:
    """A search or filter text: printable characters, single spaces, at most 200
    characters (cut, not refused)."""
    text = "".join(ch for ch in (raw or "") if ch.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
