"""Words as the search sees them, the same on SQLite and PostgreSQL.

A word is a run of letters and digits, folded (lower case, no accents, as PostgreSQL's
unaccent does) and stemmed with the Snowball stemmer that PostgreSQL's configuration
of the language uses (pages/migrations/0005_search_configurations.py): PostgreSQL's
"dutch" is Snowball's original Dutch stemmer, "dutch_porter" in Snowball 3. Stop words
are the ones PostgreSQL drops (search/stopwords.py).
"""

import html
import re
import threading
import unicodedata

import Stemmer

from search.stopwords import STOP_WORDS

ALGORITHMS = {"nl": "dutch_porter", "en": "english", "fr": "french"}
LANGUAGES = tuple(ALGORITHMS)
WORD = re.compile(r"[^\W_]+")
# Letters that have no accent to drop in Unicode but that unaccent still replaces.
_LETTERS = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_TAG = re.compile(r"<[^>]*>")
_local = threading.local()  # a Stemmer keeps state: one per thread


def fold(text: str) -> str:
    """Lower case, without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(
        _LETTERS
    )


def plain(text: str | None, is_html: bool = False) -> str:
    """Text to index and to quote in a snippet: tags and entities out of editor
    HTML, composed characters (so that é is one letter), single spaces."""
    text = text or ""
    if is_html:
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(unicodedata.normalize("NFC", text).split())


def stem(word: str, language: str) -> str:
    """The stem of a folded word."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = Stemmer.Stemmer(ALGORITHMS[language])
    return stemmers[language].stemWord(word)


def is_stop_word(word: str, language: str) -> bool:
    return word in STOP_WORDS[language]


def indexed(text: str, language: str) -> str:
    """The stems of a plain text, one space-separated piece per WORD of the text, so
    that a piece marked by SQLite's highlight() is the text's word at the same place.
    A stop word is "_", which SQLite's tokenizer skips; a word that folds into parts
    ("½") joins their stems with "_"."""
    pieces = []
    for match in WORD.finditer(text):
        parts = [
            stem(part, language)
            for part in WORD.findall(fold(match.group()))
            if not is_stop_word(part, language)
        ]
        pieces.append("_".join(parts) or "_")
    return " ".join(pieces)


def _variants(word: str, language: str) -> set[str]:
    """The word and, in Dutch, its forms with or without a plural ending: the Dutch
    stemmer takes the s off "fiets" ("fiet") but only the -en off "fietsen"
    ("fiets"), so each finds the other only through the other's form."""
    variants = {word}
    if language == "nl":
        variants.add(word + "en")
        for ending in ("en", "s"):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                variants.add(word[: -len(ending)])
    return {v for v in variants if not is_stop_word(v, language)}


def query_words(q: str, language: str) -> list[list[str]]:
    """The query as groups of folded words: a match has a word of every group. No
    group when the query has only stop words or no word at all."""
    groups, seen = [], set()
    for word in WORD.findall(fold(q)):
        if word in seen or is_stop_word(word, language):
            continue
        seen.add(word)
        groups.append(sorted(_variants(word, language)))
    return groups
