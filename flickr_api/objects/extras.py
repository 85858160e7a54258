"""The ``extras`` of photo listings: which fields each one brings, and the ones a listing asks.

Listings are lean: they ask Flickr only for the extras the caller named (see
:mod:`flickr_api.objects.pages` for how a field read later is fetched for a whole page).
"""

from __future__ import annotations

from typing import Any, Iterable

from flickr_api.objects.sizes import SIZES, URL_EXTRAS

__all__ = ["EXTRA_FIELDS", "PHOTO_EXTRAS", "SIZE_EXTRAS", "URL_EXTRAS", "extra_of",
           "extras_list", "merge_extras"]

#: The fields of a listed photo each extra brings (Flickr's names, as the listing sends them).
EXTRA_FIELDS: dict[str, tuple[str, ...]] = {
    "original_format": ("originalsecret", "originalformat"),
    **{f"url_{s.extra}": (f"url_{s.extra}", f"width_{s.extra}", f"height_{s.extra}")
       for s in SIZES},
    "media": ("media", "media_status"),
    "owner_name": ("ownername",),
    "path_alias": ("pathalias",),
    "icon_server": ("iconserver", "iconfarm"),
    "date_upload": ("dateupload",),
    "date_taken": ("datetaken", "datetakengranularity", "datetakenunknown"),
    "last_update": ("lastupdate",),
    "tags": ("tags",),
    "machine_tags": ("machine_tags",),
    "views": ("views",),
    "description": ("description",),
    "license": ("license",),
    "o_dims": ("o_width", "o_height"),
    "geo": ("latitude", "longitude", "accuracy", "context", "place_id", "woeid"),
}
#: Every extra the Photo objects read: ``extras=PHOTO_EXTRAS`` asks for all of them up front.
PHOTO_EXTRAS = tuple(EXTRA_FIELDS)
#: What a read of one size beyond Large (1024) or of the sizes fetches: every size URL and the
#: original's secret, since code that reads one size usually goes on to download it.
SIZE_EXTRAS = (*URL_EXTRAS, "original_format")
_EXTRA_OF = {field: extra for extra, fields in EXTRA_FIELDS.items() for field in fields}


def extra_of(field: str) -> tuple[str, ...]:
    """The extras a read of ``field`` fetches for a listing (none: no extra brings it)."""
    extra = _EXTRA_OF.get(field)
    if extra is None:
        return ()
    return SIZE_EXTRAS if extra in SIZE_EXTRAS else (extra,)


def extras_list(extras: Any) -> list[str]:
    """The caller's extras (a comma-separated string or a list) as a list of names."""
    if extras is None:
        return []
    items: Iterable[Any] = extras.split(",") if isinstance(extras, str) else extras
    return [name for name in (str(item).strip() for item in items) if name]


def merge_extras(*groups: Iterable[str]) -> list[str]:
    """The extras of ``groups`` in order, each once."""
    return list(dict.fromkeys(name for group in groups for name in group))
