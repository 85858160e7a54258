"""SimpleCache, cache keys, and the lookup/store helpers that keep a broken backend harmless."""

from __future__ import annotations

import pickle
import threading
import time

import pytest

from flickr_api.cache import SimpleCache, cache_key, is_cacheable, lookup, store


def test_simple_cache_defaults_match_the_classic_interface():
    cache = SimpleCache()
    assert (cache.default_timeout, cache.max_entries) == (300, 200)
    assert repr(cache) == "SimpleCache(timeout=300, max_entries=200, entries=0)"


def test_simple_cache_get_set_delete_clear():
    cache = SimpleCache()
    assert cache.get("k") is None and cache.get("k", "dflt") == "dflt"
    cache.set("k", "v")
    assert cache.get("k") == "v" and "k" in cache and len(cache) == 1
    cache.delete("k")
    assert "k" not in cache
    cache.set("a", 1)
    cache.clear()
    assert len(cache) == 0


def test_entries_expire():
    cache = SimpleCache(timeout=0.05)
    cache.set("short", "v")
    cache.set("long", "v", timeout=60)
    time.sleep(0.06)
    assert cache.get("short") is None
    assert cache.get("long") == "v"


def test_least_recently_used_entries_go_first():
    cache = SimpleCache(max_entries=3)
    for key in "abc":
        cache.set(key, key)
    cache.get("a")
    cache.set("d", "d")
    assert "b" not in cache
    assert all(k in cache for k in "acd")


@pytest.mark.parametrize("kwargs", [{"timeout": -1}, {"max_entries": 0}])
def test_invalid_simple_cache_settings(kwargs):
    with pytest.raises(ValueError):
        SimpleCache(**kwargs)


def test_simple_cache_is_thread_safe():
    cache = SimpleCache(max_entries=50)

    def work(n):
        for i in range(2000):
            cache.set(f"{n}-{i % 80}", i)
            cache.get(f"{(n + 1) % 8}-{i % 80}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 50


def test_the_key_ignores_argument_order_but_not_the_user_or_the_app():
    params = {"method": "flickr.photos.search", "tags": "cat", "per_page": "10"}
    shuffled = dict(reversed(list(params.items())))
    app, user, method = ("app", "app-secret"), ("token-a", "token-secret"), "flickr.photos.search"
    key = cache_key(app, user, None, method, params)
    assert key == cache_key(app, user, None, method, shuffled)
    assert key != cache_key(app, ("token-b", "token-secret"), None, method, params)
    assert key != cache_key(app, ("token-a", "made-up secret"), None, method, params)
    assert key != cache_key(app, None, None, method, params)
    assert key != cache_key(("other-app", "app-secret"), user, None, method, params)
    assert key != cache_key(("app", "other secret"), user, None, method, params)
    assert key != cache_key(app, user, "http://127.0.0.1:8000", method, params)
    assert key != cache_key(app, user, None, method, {**params, "page": "2"})
    assert key.startswith("flickr_api:") and len(key) < 250 and " " not in key  # memcached-safe


def test_only_reads_that_do_not_poll_are_cacheable():
    assert is_cacheable("flickr.photos.getInfo", is_read=True)
    assert not is_cacheable("flickr.photos.setMeta", is_read=False)
    assert not is_cacheable("flickr.photos.upload.checkTickets", is_read=True)
    assert not is_cacheable("flickr.auth.oauth.checkToken", is_read=True)


def test_stored_values_are_plain_text_and_hits_are_fresh_copies():
    cache = SimpleCache()
    data = {"photo": {"id": "1", "title": "t"}, "stat": "ok"}
    store(cache, "k", data, None)
    raw = cache.get("k")
    assert isinstance(raw, str)
    assert pickle.loads(pickle.dumps(raw)) == raw
    first = lookup(cache, "k")
    assert first == data
    first["photo"]["title"] = "changed by a caller"
    assert lookup(cache, "k") == data


class DjangoLikeCache:
    """Django's calling convention: timeout=None means "forever", omitted means the default."""

    def __init__(self):
        self.calls = []
        self.data = {}

    def get(self, key, default=None):
        return self.data.get(key, default)

    def set(self, key, value, timeout="DEFAULT"):
        self.calls.append(timeout)
        self.data[key] = value


def test_no_timeout_means_the_backend_default_not_forever():
    backend = DjangoLikeCache()
    store(backend, "k", {"stat": "ok"}, None)
    store(backend, "k", {"stat": "ok"}, 30)
    assert backend.calls == ["DEFAULT", 30]


class BrokenCache:
    def get(self, key, default=None):
        raise ConnectionError("memcached is down")

    def set(self, key, value, timeout=None):
        raise ConnectionError("memcached is down")


def test_a_broken_backend_is_a_miss_not_a_failure(caplog):
    with caplog.at_level("WARNING", logger="flickr_api"):
        assert lookup(BrokenCache(), "k") is None
        store(BrokenCache(), "k", {"stat": "ok"}, 10)
    assert [r.getMessage() for r in caplog.records] == [
        "cache lookup failed, calling Flickr (ConnectionError)",
        "cache store failed (ConnectionError)",
    ]


def test_a_foreign_value_under_our_key_is_a_miss():
    cache = SimpleCache()
    cache.set("k", b"\x80 not json")
    assert lookup(cache, "k") is None
