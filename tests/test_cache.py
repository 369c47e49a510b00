"""The Redis cache backend (gentse_se.cache) works like Django's and keeps one client
object instead of making one per call. Needs the Redis on 127.0.0.1:6379 (CI has it);
skipped where none answers."""

import socket

import pytest

from gentse_se.cache import RedisCache

LOCATION = "redis://127.0.0.1:6379/15"


def _redis_up():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not _redis_up(), reason="no Redis on 127.0.0.1:6379")


def test_works_like_djangos_backend_with_one_client():
    cache = RedisCache(LOCATION, {"KEY_PREFIX": "gentse_se_test"})
    cache.set("answer", {"pages": [1, 2]}, 10)
    assert cache.get("answer") == {"pages": [1, 2]}
    assert cache.get_many(["answer", "missing"]) == {"answer": {"pages": [1, 2]}}
    cache.delete("answer_count")
    assert cache.add("answer_count", 1)
    assert cache.incr("answer_count") == 2
    cache.delete_many(["answer", "answer_count"])
    assert cache.get("answer") is None
    assert cache._cache.get_client() is cache._cache.get_client(write=True)
