"""Listings that fetch what is read, and never one request per photo.

A photo listing asks Flickr only for the extras the caller named. When code first reads a
field the listing did not carry (``photo.tags``, the URL of a size that has its own secret,
the original), one request fills it for the whole page the photo came from: the same listing
call, same page, with the missing extra added. The listing remembers it: its next pages (a
:class:`~flickr_api.Walker`'s, or any call of the same method with the same arguments from the
same client) ask for that extra from the start. A photo that is no longer in the page when it
is asked again (it moved, or was deleted) falls back to a request of its own.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

if TYPE_CHECKING:
    from flickr_api.client import Client
    from flickr_api.objects.base import FlickrObject

__all__ = ["Page", "learned", "listing_key"]

#: Listings remembered per client (the oldest are forgotten first).
_REMEMBERED = 64
_lock = threading.Lock()
_learned: weakref.WeakKeyDictionary[Client, OrderedDict[Any, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary())


def listing_key(method: str, sent: dict[str, str]) -> tuple[Any, ...]:
    """What identifies a listing across its pages: the method and its arguments, but for the
    page and the extras."""
    return (method, *sorted((k, v) for k, v in sent.items() if k not in ("page", "extras")))


def learned(client: Client, key: tuple[Any, ...]) -> tuple[str, ...]:
    """The extras earlier pages of this listing had to fetch."""
    with _lock:
        known = _learned.get(client)
        return known.get(key, ()) if known is not None else ()


def _learn(client: Client, key: tuple[Any, ...], extras: Iterable[str]) -> None:
    with _lock:
        known = _learned.setdefault(client, OrderedDict())
        known[key] = tuple(dict.fromkeys((*known.pop(key, ()), *extras)))
        while len(known) > _REMEMBERED:
            known.popitem(last=False)


class Page:
    """One page of a photo listing: the extras it was asked with, and how to ask it again."""

    __slots__ = ("asked", "client", "fetch", "items", "key", "lock")

    def __init__(self, client: Client, key: tuple[Any, ...], asked: Sequence[str],
                 fetch: Callable[[list[str]], Sequence[FlickrObject]],
                 items: Sequence[FlickrObject]) -> None:
        self.client = client
        self.key = key
        self.asked = frozenset(asked)
        self.fetch = fetch  # the same call with these extras: the photos it lists
        # Weakly: each photo holds its page, so a page that held its photos would be a cycle,
        # and a listing's pages would stay in memory until a full garbage collection.
        self.items: weakref.WeakValueDictionary[str, FlickrObject] = weakref.WeakValueDictionary(
            (str(item.id), item) for item in items)
        self.lock = threading.Lock()

    def fill(self, photo: FlickrObject, extras: Iterable[str]) -> bool:
        """Make sure the page was asked for ``extras`` (one request for the page, shared by
        every photo of it and by the listing's next pages); False when ``photo`` was not in the
        page any more when it was asked (it needs a request of its own)."""
        with self.lock:
            missing = [e for e in extras if e not in self.asked]
            if missing:
                wanted = [*sorted(self.asked), *missing]
                fresh = {str(item.id): item for item in self.fetch(wanted)}
                for ident, item in list(self.items.items()):
                    update = fresh.get(ident)
                    if update is None:
                        item._page = None  # type: ignore[attr-defined]  # left the listing
                    else:
                        item._fields.update(update._fields)
                self.asked = self.asked | set(missing)
                _learn(self.client, self.key, missing)
        return getattr(photo, "_page", None) is self
