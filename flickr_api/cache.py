"""Caching of read calls: a Django-style cache protocol and the built-in :class:`SimpleCache`.

Any object with ``get(key)`` and ``set(key, value, timeout)`` works (a Django cache included).
Only read methods are cached; the key covers the API key, the user's token and the arguments
(in any order); values are the parsed reply serialized as JSON text (so any backend can hold
them), never response objects; failures are never cached.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from typing import Any, Mapping, Optional, Protocol

__all__ = ["CacheBackend", "SimpleCache", "cache_key"]


class CacheBackend(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any, timeout: Optional[float] = None) -> Any: ...


class SimpleCache:
    """A thread-safe in-memory LRU cache with per-entry expiry."""

    def __init__(self, timeout: float = 300, max_entries: int = 200) -> None:
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
            if expires < time.monotonic():
                del self._data[key]
                return default
            self._data.move_to_end(key)
            return value

    def set(self, key: str, value: Any, timeout: Optional[float] = None) -> None:
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
        return len(self._data)

    def __contains__(self, key: str) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __repr__(self) -> str:
        return f"SimpleCache(timeout={self.default_timeout}, max_entries={self.max_entries}, " \
               f"entries={len(self._data)})"


_MISSING = object()


def cache_key(api_key: str, token: Optional[str], method: str, params: Mapping[str, str]) -> str:
    """A key that differs for each app, user, method and set of arguments."""
    material = json.dumps([api_key, token or "", method, sorted(params.items())])
    return "flickr_api:" + hashlib.sha256(material.encode()).hexdigest()


def dump(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def load(text: Any) -> Any:
    return json.loads(text)
