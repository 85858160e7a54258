"""Field values as Python wants them, whatever JSON type Flickr used that day.

Flickr sends the same field as a number one day and a string the next (``"views": "12"`` or
``12``, ``"ispublic": 1`` or ``"1"``, ``"width": ""`` for video players). One rule per field
name fixes that:

- identifiers stay strings (``id``, ``*_id``, ``nsid``, ``owner``, ``secret``, ``server``...);
- counts, sizes, levels and Unix times are ints (``views``, ``count_*``, ``width``, ``page``,
  ``safety_level``, ``posted``, ``date*``); an empty string is None;
- flags are bools (``is*``, ``can*``, ``has*`` and a few others);
- coordinates are floats (``latitude``, ``longitude``).

Values that do not fit their rule ("lots", a date text) are kept as Flickr sent them.
Conversion is applied when a field is read, so building objects from a page of 500 photos
costs nothing per field.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Optional

__all__ = ["READ_ERRORS", "convert", "convert_tree", "describe", "to_bool", "to_float",
           "to_int", "to_str", "utc_datetime"]

Converter = Callable[[Any], Any]

#: What reading a reply of an unexpected shape raises in Python code that trusts it; the
#: shapes and fields turn these into :class:`~flickr_api.errors.FlickrReplyError`.
READ_ERRORS = (AttributeError, TypeError, ValueError, KeyError, IndexError, OverflowError,
               UnicodeError)
_SHOWN = 40


def describe(value: Any) -> str:
    """A value as an error message names it: its kind and a short excerpt."""
    if value is None:
        return "missing"
    text = repr(value)
    if len(text) > _SHOWN:
        text = text[:_SHOWN - 3] + "..."
    return f"{type(value).__name__} {text}"


def utc_datetime(value: Any) -> Optional[_dt.datetime]:
    """A Unix time field as an aware UTC datetime; None when absent or not a usable time."""
    seconds = to_int(value)
    if not isinstance(seconds, int) or isinstance(seconds, bool) or seconds <= 0:
        return None
    try:
        return _dt.datetime.fromtimestamp(seconds, _dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def to_int(value: Any) -> Any:
    """``"12"``, ``12.0`` -> 12; ``""`` -> None; anything else unchanged."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return value
            return int(number) if number.is_integer() else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def to_float(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None if not value.strip() else value
    return value


_TRUE = frozenset({"1", "true", "yes"})
_FALSE = frozenset({"0", "false", "no", ""})


def to_bool(value: Any) -> Any:
    """``1``/``"1"``/``"true"`` -> True; ``0``/``"0"``/``""`` -> False; others unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return value


def to_str(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _same(value: Any) -> Any:
    return value


_IDS = frozenset({
    "id", "nsid", "owner", "secret", "server", "farm", "iconserver", "iconfarm", "license",
    "primary", "originalsecret", "author", "user", "photoid", "last_reply", "woeid", "tag",
    "usernsid", "added_by", "suggested_by", "brand", "cluster", "service",
})
_INTS = frozenset({
    "views", "comments", "photos", "videos", "total", "page", "pages", "perpage", "per_page",
    "members", "usage", "count", "width", "height", "o_width", "o_height", "rotation",
    "safety_level", "content_type", "privacy", "hidden", "accuracy", "permcomment",
    "permaddmeta", "pool_count", "notes", "faves", "favorites", "membertype", "photo_count",
    "score", "predicates", "namespaces", "child_count", "lastupdate", "posted",
    "takengranularity", "takenunknown", "firstdate", "favedate", "interval", "maxupload",
    "maxdisplaypx", "maxduration", "maxbytes", "maxkb", "usedbytes", "usedkb", "remainingbytes",
    "remainingkb", "complete", "more", "commentsold", "commentsnew", "notesold", "notesnew",
    "threshold", "radius", "lease_seconds", "expiry", "verify_attempts", "geoperms",
    "importgeoexif", "created", "uploaded", "throttle", "x", "y", "w", "h", "context",
    "timeframe", "online", "remaining", "degrees", "mode", "nextpage", "prevpage",
})
_FLOATS = frozenset({"latitude", "longitude", "lat", "lon", "alpha", "megapixels", "zoom",
                     "lcd_size"})
_BOOLS = frozenset({
    "friend", "family", "ignored", "admin", "eighteenplus", "invitation_only", "needspassword",
    "pending", "invalid", "ispro", "inchat", "photos_ok", "videos_ok", "images_ok",
    "screens_ok", "art_ok", "safe_ok", "moderate_ok", "restricted_ok", "full_response",
})
_BOOL_PREFIXES = ("is", "can", "has", "geo_is_")
_INT_PREFIXES = ("count_", "width_", "height_", "date", "num_")

_rules: dict[str, Converter] = {}


def _rule(name: str) -> Converter:
    if name in _IDS or name.endswith("_id") or name.endswith("ids"):
        return to_str
    if name in _INTS or name.startswith(_INT_PREFIXES):
        return to_int
    if name in _BOOLS or name.startswith(_BOOL_PREFIXES):
        return to_bool
    if name in _FLOATS:
        return to_float
    return _same


def converter(name: str) -> Converter:
    """The conversion rule of a field name (cached)."""
    rule = _rules.get(name)
    if rule is None:
        rule = _rules[name] = _rule(name)
    return rule


def convert(name: str, value: Any) -> Any:
    """One field value by its name's rule; dicts and lists are converted member by member."""
    if isinstance(value, dict):
        return {key: convert(key, member) for key, member in value.items()}
    if isinstance(value, list):
        return [convert(name, item) for item in value]
    return converter(name)(value)


def convert_tree(value: Any) -> Any:
    """A whole reply fragment, every field by its own name's rule."""
    if isinstance(value, dict):
        return {key: convert(key, member) for key, member in value.items() if key != "stat"}
    if isinstance(value, list):
        return [convert_tree(item) for item in value]
    return value
