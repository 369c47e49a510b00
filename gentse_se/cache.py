"""Django's Redis cache backend, keeping one client object per connection pool.

django.core.cache.backends.redis makes a new redis.Redis object for every cache call;
building one fills its table of response callbacks (some 170 entries) each time, which
cost about 0.2 ms per call here (`make bench` profile). redis.Redis objects are safe to
share between threads: they take connections from the pool per command. Everything
else (pools, serializer, options) is Django's."""

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
    @cached_property
    def _cache(self):
        return _SharedClientRedisCacheClient(self._servers, **self._options)
