"""With Redis, every worker keeps the content state in memory, kept current by a
subscription (gentse_se.pagecache): a new state published by another process reaches
it within milliseconds, and a worker that is not subscribed reads the state from Redis
on every request. Needs the Redis on 127.0.0.1:6379 (CI has it)."""

import json
import time

import pytest
from django.core.cache import cache

from gentse_se import pagecache
from gentse_se.cache import RedisCache
from tests.factories import make_page
from tests.test_cache import _redis_up

LOCATION = "redis://127.0.0.1:6379/14"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not _redis_up(), reason="no Redis on 127.0.0.1:6379"),
]


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "gentse_se.cache.RedisCache",
            "LOCATION": LOCATION,
            "KEY_PREFIX": "gentse_se_test",
        }
    }
    cache.clear()
    pagecache._listener.pid = None  # as in a newly forked worker
    yield cache
    cache.clear()
    pagecache._listener.pid = None


def _wait_until(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_a_state_published_elsewhere_reaches_this_worker(redis_cache):
    first = pagecache.current_state()
    assert _wait_until(lambda: pagecache._listener.current() is not None)
    assert pagecache._listener.current()["token"] == first["token"]
    # Another process (another app server) stores and announces a new state.
    other = RedisCache(LOCATION, {"KEY_PREFIX": "gentse_se_test"})
    new = {"token": "from-elsewhere", "until": None, "changed": time.time()}
    other.set(pagecache.state_key(), new, None)
    other.publish(pagecache._channel(), json.dumps(new))
    assert _wait_until(
        lambda: pagecache._listener.current()["token"] == "from-elsewhere"
    )
    assert pagecache.current_state()["token"] == "from-elsewhere"


def test_pages_follow_an_edit_with_the_listener(redis_cache, client):
    page = make_page(title_nl="Mensen", slug="mensen")
    client.get("/nl/mensen/")
    assert _wait_until(lambda: pagecache._listener.current() is not None)
    assert client.get("/nl/mensen/")["X-Cache"] == "hit"
    page.title_nl = "Wie werkt er"
    page.save()
    response = client.get("/nl/mensen/")
    assert response["X-Cache"] == "miss"
    assert "Wie werkt er" in response.content.decode()


def test_without_the_listener_the_state_is_read_each_time(redis_cache, monkeypatch):
    monkeypatch.setattr(pagecache._listener, "current", lambda: None)
    first = pagecache.current_state()
    other = RedisCache(LOCATION, {"KEY_PREFIX": "gentse_se_test"})
    other.set(
        pagecache.state_key(),
        {"token": "stored-elsewhere", "until": None, "changed": time.time()},
        None,
    )
    assert first["token"] != "stored-elsewhere"
    assert pagecache.current_state()["token"] == "stored-elsewhere"
