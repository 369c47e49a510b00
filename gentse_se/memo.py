"""Per-process memory of data that every request of a kind shares (the navigation, the
filter options, section intros, the job-count figures), valid while the content state
of gentse_se.pagecache stays the same.

The page cache middleware reads the content state's token at the start of each request
and puts it in `current_token`; `shared` keeps a value per (name, arguments, language)
for as long as that token is current. Any content change or publication moment gives a
new token, so a worker never serves an old value after the change (the same guarantee
as the page cache, tested in tests/test_memo.py and tests/test_workers.py). Without a
token (management commands, the shared cache down) nothing is remembered.

Only for data shared by many requests and not mutated by templates or views."""

import contextlib
import functools
from collections import OrderedDict
from contextvars import ContextVar

from django.utils.translation import get_language

current_token: ContextVar[str | None] = ContextVar("content_token", default=None)

_memory: OrderedDict = OrderedDict()
# Shared data, and the fragments of gentse_se.templatetags.site_tags (a card per
# company and language, a header per address): some 16,000 strings at most.
_MAX_ENTRIES = 16384


MISSING = object()


def recall(key):
    """The value stored for key (hashable) in the active language under the current
    content token, or MISSING."""
    token = current_token.get()
    if token is None:
        return MISSING
    key = (key, get_language())
    found = _memory.get(key)
    # Each value carries the token it was made under: a request that began before a
    # change can never pass its older value to a later one.
    if found is None or found[0] != token:
        return MISSING
    with contextlib.suppress(KeyError):
        _memory.move_to_end(key)
    return found[1]


def store(key, value):
    """Keep value for key in the active language under the current content token
    (nothing is kept without a token)."""
    token = current_token.get()
    if token is None:
        return
    _memory[key, get_language()] = (token, value)
    while len(_memory) > _MAX_ENTRIES:  # the least recently used go first
        with contextlib.suppress(KeyError):
            _memory.popitem(last=False)


def remember(key, compute):
    """The value of compute() for key in the active language, made once while the
    content token stays the same."""
    value = recall(key)
    if value is MISSING:
        value = compute()
        store(key, value)
    return value


def shared(function):
    """Remember the function's value per arguments and active language while the
    content token stays the same."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        key = (function.__qualname__, args, tuple(sorted(kwargs.items())))
        return remember(key, lambda: function(*args, **kwargs))

    return wrapper
