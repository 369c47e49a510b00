"""Django's Redis cache backend, keeping one client object per connection pool.

django.core.cache.backends.redis makes a new redis.Redis object for every cache call;
building one fills its table of response callbacks (some 170 entries) each time, which
cost about 0.2 ms per call here (`make bench` profile). redis.Redis objects are safe to
share between threads: they take connections from the pool per command. Everything
else (pools, serializer, options) is Django's."""

import contextlib

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from django.utils.functional import cached_property


class _SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    """Also: publish and subscribe, for the page cache's content state
    (gentse_se.pagecache)."""

    @cached_property
    def _cache(self):
        return _SharedClientRedisCacheClient(self._servers, **self._options)

    def publish(self, channel, message):
        self._cache.get_client(write=True).publish(channel, message)

    @contextlib.contextmanager
    def subscribe(self, channel):
        """Yields an iterator over the messages published on the channel from the
        moment this returns (strings). Leaving the block unsubscribes."""
        pubsub = self._cache.get_client().pubsub(ignore_subscribe_messages=True)
        pubsub.subscribe(channel)
        try:
            # Wait for the server's confirmation: from then on nothing is missed.
            pubsub.get_message(timeout=5)
            yield (
                message["data"].decode()
                for message in pubsub.listen()
                if message["type"] == "message"
            )
        finally:
            pubsub.close()
