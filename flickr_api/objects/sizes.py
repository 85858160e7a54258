"""Flickr's image sizes, declared once: label, file suffix, ``url_*`` extra, sizes-page code,
longest edge; and the label-keyed size dicts built from ``url_*`` extras or getSizes replies.
"""

from __future__ import annotations

from typing import Any, Callable, NamedTuple, Optional

from flickr_api.errors import FlickrReplyError
from flickr_api.objects.base import as_list
from flickr_api.objects.fields import describe, to_int

__all__ = ["SIZES", "Size", "find_size", "sizes_from_extras", "sizes_from_reply", "largest"]


class Size(NamedTuple):
    label: str  # as flickr.photos.getSizes names it
    suffix: str  # in the image file name: {id}_{secret}_{suffix}.jpg ("" for Medium)
    extra: str  # the url_* extra: url_{extra}, with width_{extra} and height_{extra}
    code: str  # in the sizes page URL: /photos/{user}/{id}/sizes/{code}/
    edge: int  # longest edge in pixels (0: the original, any size)

    @property
    def own_secret(self) -> bool:
        """Large 1600 and up have their own secrets; the original uses ``originalsecret``."""
        return self.edge >= 1600 or self.edge == 0


SIZES: tuple[Size, ...] = (
    Size("Square", "s", "sq", "sq", 75),
    Size("Large Square", "q", "q", "q", 150),
    Size("Thumbnail", "t", "t", "t", 100),
    Size("Small", "m", "s", "s", 240),
    Size("Small 320", "n", "n", "n", 320),
    Size("Small 400", "w", "w", "w", 400),
    Size("Medium", "", "m", "m", 500),
    Size("Medium 640", "z", "z", "z", 640),
    Size("Medium 800", "c", "c", "c", 800),
    Size("Large", "b", "l", "l", 1024),
    Size("Large 1600", "h", "h", "h", 1600),
    Size("Large 2048", "k", "k", "k", 2048),
    Size("X-Large 3K", "3k", "3k", "3k", 3072),
    Size("X-Large 4K", "4k", "4k", "4k", 4096),
    Size("X-Large 4K 2:1", "f", "f", "f", 4096),
    Size("X-Large 5K", "5k", "5k", "5k", 5120),
    Size("X-Large 6K", "6k", "6k", "6k", 6144),
    Size("Original", "o", "o", "o", 0),
)
_BY_LABEL = {s.label.lower(): s for s in SIZES}
_BY_SUFFIX = {s.suffix: s for s in SIZES if s.suffix}
_BY_EXTRA = {"url_" + s.extra: s for s in SIZES}

#: The url_* extras of every size, in size order.
URL_EXTRAS = tuple(_BY_EXTRA)


GET_SIZES = "flickr.photos.getSizes"


def find_size(name: str) -> Optional[Size]:
    """A size by label ("Medium 640"), file suffix ("z") or extra ("url_z")."""
    key = name.strip()
    return _BY_LABEL.get(key.lower()) or _BY_SUFFIX.get(key) or _BY_EXTRA.get(key)


def _entry(label: str, width: Any, height: Any, source: str, url: str,
           media: str) -> dict[str, Any]:
    return {"label": label, "width": to_int(width), "height": to_int(height), "source": source,
            "url": url, "media": media}


def sizes_from_extras(fields: dict[str, Any], size_page: Callable[[Size], str],
                      rewrite: Callable[[str], str]) -> dict[str, dict[str, Any]]:
    """The sizes a photo-list entry carries in its ``url_*`` extras (empty if none); they are
    images, even for a video (whose files only ``flickr.photos.getSizes`` lists)."""
    sizes = {}
    for size in SIZES:
        source = fields.get("url_" + size.extra)
        if source:
            sizes[size.label] = _entry(
                size.label, fields.get("width_" + size.extra), fields.get("height_" + size.extra),
                rewrite(source), size_page(size), "photo")
    return sizes


def sizes_from_reply(reply: Any, rewrite: Callable[[str], str]) -> dict[str, dict[str, Any]]:
    """A ``flickr.photos.getSizes`` reply as a label-keyed dict (width/height None if unknown);
    :class:`~flickr_api.errors.FlickrReplyError` when it does not list sizes."""
    sizes = reply.get("sizes") if isinstance(reply, dict) else None
    if not isinstance(sizes, dict):
        raise FlickrReplyError(GET_SIZES, f"'sizes' is {describe(sizes)}, not an element")
    found = {}
    for entry in as_list(sizes.get("size")):
        if not isinstance(entry, dict):
            raise FlickrReplyError(GET_SIZES, f"a size is {describe(entry)}, not an element")
        texts = {name: entry.get(name) for name in ("label", "source", "url", "media")}
        for name, value in texts.items():
            if value is not None and not isinstance(value, str):
                raise FlickrReplyError(GET_SIZES, f"a size's {name} is {describe(value)}")
        label = texts["label"]
        if not label:
            raise FlickrReplyError(GET_SIZES, "a size has no label")
        found[label] = _entry(label, entry.get("width"), entry.get("height"),
                              rewrite(texts["source"] or ""), texts["url"] or "",
                              texts["media"] or "photo")
    return found


def largest(sizes: dict[str, dict[str, Any]]) -> Optional[str]:
    """The label of the largest size (by area; the last one wins a tie)."""
    best, best_area = None, -1
    for label, entry in sizes.items():
        width, height = entry.get("width"), entry.get("height")
        area = width * height if isinstance(width, int) and isinstance(height, int) else 0
        if area >= best_area:
            best, best_area = label, area
    return best
