"""URLs built without asking Flickr: flic.kr short links, web pages, buddy icons, image files."""

from __future__ import annotations

from typing import Any

__all__ = [
    "BASE58_ALPHABET",
    "base58_decode",
    "base58_encode",
    "buddy_icon_url",
    "page_url",
    "short_url",
    "static_url",
]

#: flic.kr's alphabet: no 0, O, I or l.
BASE58_ALPHABET = "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
_BASE58_INDEX = {c: i for i, c in enumerate(BASE58_ALPHABET)}
WEB = "https://www.flickr.com"


def base58_encode(number: Any) -> str:
    """A photo id as flic.kr writes it: ``base58_encode(4325695128) == "7Afjsu"``."""
    value = int(number)
    if value < 0:
        raise ValueError("base58_encode needs a non-negative number")
    digits = []
    while value:
        value, remainder = divmod(value, 58)
        digits.append(BASE58_ALPHABET[remainder])
    return "".join(reversed(digits)) or BASE58_ALPHABET[0]


def base58_decode(text: str) -> str:
    """The photo id of a flic.kr code: ``base58_decode("7Afjsu") == "4325695128"``."""
    value = 0
    for char in text:
        try:
            value = value * 58 + _BASE58_INDEX[char]
        except KeyError:
            raise ValueError(f"{char!r} is not a flic.kr base58 digit") from None
    return str(value)


def short_url(photo_id: Any) -> str:
    """The flic.kr link of a photo id (a number)."""
    if not str(photo_id).isdigit():
        from flickr_api.errors import FlickrValidationError

        raise FlickrValidationError(f"Photo id {photo_id!r} is not a number: it has no "
                                    "flic.kr link")
    return f"https://flic.kr/p/{base58_encode(photo_id)}"


def page_url(user: str, photo_id: str) -> str:
    """The photo's page on www.flickr.com (``user``: NSID or path alias)."""
    return f"{WEB}/photos/{user}/{photo_id}/"


def buddy_icon_url(nsid: str, iconserver: Any, iconfarm: Any) -> str:
    """A person's buddy icon, or Flickr's default icon when they have none."""
    try:
        server = int(iconserver or 0)
    except (TypeError, ValueError):
        server = 0
    if server > 0:
        return f"https://farm{iconfarm}.staticflickr.com/{server}/buddyicons/{nsid}.jpg"
    return f"{WEB}/images/buddyicon.gif"


def static_url(static: str, server: Any, photo_id: str, secret: str, suffix: str,
               extension: str = "jpg") -> str:
    """An image file on the static host: ``{static}/{server}/{id}_{secret}[_{suffix}].{ext}``."""
    tail = f"_{suffix}" if suffix else ""
    return f"{static}/{server}/{photo_id}_{secret}{tail}.{extension}"
