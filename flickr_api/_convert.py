"""Python values -> Flickr argument strings, the Flickr way.

- ``True``/``False`` -> ``"1"``/``"0"``; numbers -> their text; ``None`` drops the argument;
- lists, tuples and sets -> comma-joined (space-joined, multi-word items quoted, for the
  arguments Flickr reads as space-separated tag lists);
- ``datetime``/``date`` -> Unix time, a MySQL datetime for "taken" dates, or ``YYYY-MM-DD``
  for the day arguments (``date``, ``date_until``);
- objects with an ``id`` (Photo, Person, ...) -> their id, and ``photo=p`` -> ``photo_id=p.id``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Mapping

from flickr_api.errors import FlickrValidationError

__all__ = ["to_params", "to_value"]

#: (method, argument) pairs where Flickr wants space-separated tags; "*" for any method.
_SPACE_SEPARATED = {
    ("flickr.photos.addTags", "tags"),
    ("flickr.photos.setTags", "tags"),
    ("upload", "tags"),
    ("flickr.photos.upload", "tags"),
}


#: Arguments Flickr reads as a day (interestingness, stats, top places).
_DAY_ARGUMENTS = frozenset({"date", "date_until"})


def _is_space_separated(method: str, name: str) -> bool:
    return (method, name) in _SPACE_SEPARATED


def _join(items: Any, name: str, method: str) -> str:
    parts = [to_value(item, name, method) for item in items]
    if _is_space_separated(method, name):
        return " ".join(f'"{p}"' if " " in p and not p.startswith('"') else p for p in parts)
    return ",".join(parts)


def _datetime_value(value: _dt.date, name: str) -> str:
    if name in _DAY_ARGUMENTS:
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    if "taken" in name:
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return str(int(value.timestamp()))


def to_value(value: Any, name: str = "", method: str = "") -> str:
    """One argument value as the string Flickr expects."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return _datetime_value(value, name)
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return _join(items, name, method)
    ident = getattr(value, "id", None)
    if ident is not None:
        return str(ident)
    return str(value)


def to_params(args: Mapping[str, Any], method: str = "") -> dict[str, str]:
    """Convert keyword arguments to Flickr parameters (``photo=p`` -> ``photo_id=p.id``)."""
    params: dict[str, str] = {}
    for name, value in args.items():
        if value is None:
            continue
        if not isinstance(value, (str, bytes, int, float, list, tuple, set, frozenset)) and (
            getattr(value, "id", None) is not None and not name.endswith("_id")
        ):
            id_name = f"{name}_id"
            if id_name not in args:
                name = id_name
        text = to_value(value, name, method)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no request can carry it
            raise FlickrValidationError(
                f"The argument {name} of {method or 'the call'} is not valid text (it holds a "
                f"lone surrogate, {text.encode('utf-8', 'backslashreplace')[:60]!r}).") from None
        params[name] = text
    return params
