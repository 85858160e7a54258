"""Caching of read calls: a Django-style cache protocol and the built-in :class:`SimpleCache`.

Any object with ``get(key, default=None)`` and ``set(key, value, timeout=...)`` works (a
Django cache included). Only read methods are cached: never a method that changes something
at Flickr (whatever its HTTP verb), nor polling methods whose answer is expected to change
(upload tickets, token checks). The key covers the whole credential (API key and secret, token
key and secret), the base URL, the method and the arguments (in any order), so one user never
gets another's private data. Values are the parsed reply as JSON text: any backend can store
it, and a caller that changes a returned dict cannot change what the next caller gets. Failed
calls are never cached, and a failing backend only costs the cache, never the call.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from typing import Any, Mapping, Optional, Protocol

from flickr_api._logging import get_logger

__all__ = ["CacheBackend", "SimpleCache", "cache_key", "is_cacheable", "lookup", "store"]

log = get_logger()

#: Read methods whose replies must always be fresh.
UNCACHED_METHODS = frozenset({
    "flickr.auth.oauth.checkToken",
    "flickr.photos.upload.checkTickets",
    "flickr.test.echo",
    "flickr.test.null",
})


class CacheBackend(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any, timeout: Any = ...) -> Any: ...


class SimpleCache:
    """A thread-safe in-memory LRU cache with per-entry expiry (``timeout`` seconds)."""

    def __init__(self, timeout: float = 300, max_entries: int = 200) -> None:
        if timeout < 0 or max_entries < 1:
            raise ValueError("SimpleCache needs timeout >= 0 and max_entries >= 1")
        self.default_timeout = timeout
        self.max_entries = max_entries
        self._data: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, default: Any = None) -> Any:
        with self._lock:
            entry = self._data.get(key)
            if entry is None:
                return default
            expires, value = entry
            if expires <= time.monotonic():
                del self._data[key]
                return default
            self._data.move_to_end(key)
            return value

    def set(self, key: str, value: Any, timeout: Optional[float] = None) -> None:
        """Store ``value`` for ``timeout`` seconds (None: the cache's default timeout)."""
        ttl = self.default_timeout if timeout is None else timeout
        with self._lock:
            self._data[key] = (time.monotonic() + ttl, value)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def __contains__(self, key: str) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __repr__(self) -> str:
        return (f"SimpleCache(timeout={self.default_timeout}, max_entries={self.max_entries}, "
                f"entries={len(self)})")


_MISSING = object()


def is_cacheable(method: str, is_read: bool) -> bool:
    """True for the methods whose replies may be served from a cache."""
    return is_read and method not in UNCACHED_METHODS


def cache_key(keys: tuple[str, str], token: Optional[tuple[str, str]], base_url: Optional[str],
              method: str, params: Mapping[str, str]) -> str:
    """A key that differs for each whole credential (API key and secret, token key and
    secret), Flickr (the base URL), method and set of arguments: a client that knows a
    user's token key but not its secret never reaches that user's cached replies."""
    import hashlib  # here, not at `import flickr_api`

    material = json.dumps([*keys, *(token or ("", "")), base_url or "", method,
                           sorted(params.items())])
    return "flickr_api:" + hashlib.sha256(material.encode()).hexdigest()


def lookup(cache: CacheBackend, key: str) -> Any:
    """The data cached under ``key``, or None (a miss, or a backend that failed)."""
    try:
        text = cache.get(key)
        return None if text is None else json.loads(text)
    except Exception as exc:  # a broken cache must not break the call
        log.warning("cache lookup failed, calling Flickr (%s)", type(exc).__name__)
        return None


def store(cache: CacheBackend, key: str, data: Any, timeout: Optional[float]) -> None:
    """Cache ``data`` (a successful reply) under ``key`` for ``timeout`` seconds (None: the
    backend's default; a Django cache would read None as "forever")."""
    try:
        text = json.dumps(data, separators=(",", ":"))
        if timeout is None:
            cache.set(key, text)
        else:
            cache.set(key, text, timeout)
    except Exception as exc:  # a broken cache must not break the call
        log.warning("cache store failed (%s)", type(exc).__name__)
