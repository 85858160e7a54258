"""Flickr's paging: page/pages/perpage/total and the page's items."""

from __future__ import annotations

import math
from typing import Any, Callable, Dict, Optional, Sequence, Tuple, TypeVar

from flickr_api.testing._handlers._args import extras_of, int_arg
from flickr_api.testing._handlers._shapes import photo_item
from flickr_api.testing._protocol import Ctx, Payload
from flickr_api.testing._records import Photo

T = TypeVar("T")


def page_of(args: Dict[str, str], items: Sequence[T], default: int = 100, maximum: int = 500,
            limit: Optional[int] = None) -> Tuple[Dict[str, Any], Sequence[T]]:
    """Flickr paging: returns the page/pages/perpage/total attributes and the page's items.

    A page past the last one (or past ``limit`` distinct results) repeats the last page. All
    four are JSON numbers, as in a 2024 photos.search capture (2012 captures had some strings).
    """
    per_page = int_arg(args, "per_page", default)
    if per_page < 1:
        per_page = default
    per_page = min(per_page, maximum)
    page = max(1, int_arg(args, "page", 1))
    total = len(items)
    reachable = total if limit is None else min(total, limit)
    last = max(1, math.ceil(reachable / per_page))
    start = (min(page, last) - 1) * per_page
    chunk = items[start:min(start + per_page, reachable)]
    meta = {"page": page, "pages": math.ceil(total / per_page), "perpage": per_page,
            "total": total}
    return meta, chunk


def continued_page_of(args: Dict[str, str], items: Sequence[T], default: int = 100,
                      maximum: int = 500) -> Tuple[Dict[str, Any], Sequence[T]]:
    """:func:`page_of`, or with a ``continuation`` argument Flickr's newer paging: ``0`` asks
    for the first page, the reply's ``continuation`` for the next, ``-1`` marks the last
    (galleries' argument texts); ``page`` is then not read. What the token looks like is not
    documented: here the index of the next item. An unreadable token starts over."""
    token = args.get("continuation", "").strip()
    if not token:
        return page_of(args, items, default, maximum)
    start = max(0, int_arg(args, "continuation", 0))
    meta, _ = page_of({"per_page": args.get("per_page", "")}, items, default, maximum)
    per_page = meta["perpage"]
    chunk = items[start:start + per_page]
    meta["page"] = start // per_page + 1
    meta["continuation"] = start + per_page if start + per_page < len(items) else -1
    return meta, chunk


def list_payload(root: str, child: str, args: Dict[str, str], items: Sequence[T],
                 shape: Callable[[T], Dict[str, Any]], default: int = 100, maximum: int = 500,
                 **attrs: Any) -> Payload:
    """``{root: {page, pages, perpage, total, **attrs, child: [shape(item)...]}}``."""
    meta, chunk = page_of(args, items, default, maximum)
    meta.update(attrs)
    meta[child] = [shape(item) for item in chunk]
    return {root: meta}


def photo_list(ctx: Ctx, args: Dict[str, str], photos: Sequence[Photo], root: str = "photos",
               default: int = 100, maximum: int = 500, limit: Optional[int] = None,
               **attrs: Any) -> Payload:
    """A paged photo list with extras: ``{"photos": {page..., "photo": [...]}}``."""
    meta, chunk = page_of(args, photos, default, maximum, limit)
    extras = extras_of(args)
    meta.update(attrs)
    meta["photo"] = [photo_item(ctx, p, extras) for p in chunk]
    return {root: meta}
