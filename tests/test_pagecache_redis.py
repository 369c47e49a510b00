"""The page cache on Redis, as in production: pages are kept there, and an edit is
served at once. Needs the Redis on 127.0.0.1:6379 (CI has it)."""

import pytest
from django.core.cache import caches

from tests.factories import make_page
from tests.helpers import redis_up

LOCATION = "redis://127.0.0.1:6379/14"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not redis_up(), reason="no Redis on 127.0.0.1:6379"),
]


@pytest.fixture
def redis_caches(settings):
    settings.CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": LOCATION,
            "KEY_PREFIX": f"gentse_se_test:{alias}",
        }
        for alias in ("default", "pages")
    }
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def test_pages_are_kept_in_redis_and_follow_an_edit(redis_caches, client):
    page = make_page(title_nl="Mensen", slug="mensen")
    assert client.get("/nl/mensen/")["X-Cache"] == "miss"
    assert client.get("/nl/mensen/")["X-Cache"] == "hit"
    page.title_nl = "Wie werkt er"
    page.save()
    response = client.get("/nl/mensen/")
    assert response["X-Cache"] == "miss"
    assert "Wie werkt er" in response.content.decode()
    assert client.get("/nl/mensen/")["X-Cache"] == "hit"
