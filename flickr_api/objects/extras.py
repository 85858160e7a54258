"""The ``extras`` photo listings ask Flickr for."""

from __future__ import annotations

from typing import Any

from flickr_api.objects.sizes import URL_EXTRAS

__all__ = ["PHOTO_EXTRAS", "merge_extras"]

#: Extras every photo list asks for: all sizes and what Photo reads, so listed photos need no
#: further request for their URLs, dates, owner or tags.
PHOTO_EXTRAS = (
    "original_format", *URL_EXTRAS, "media", "owner_name", "path_alias", "date_upload",
    "date_taken", "last_update", "tags", "machine_tags", "views", "description", "license",
    "o_dims", "geo",
)


def merge_extras(extras: Any) -> str:
    """PHOTO_EXTRAS plus the caller's extras (a comma-separated string or a list)."""
    if extras is None:
        extras = []
    elif isinstance(extras, str):
        extras = extras.split(",")
    wanted = list(PHOTO_EXTRAS)
    for extra in extras:
        name = str(extra).strip()
        if name and name not in wanted:
            wanted.append(name)
    return ",".join(wanted)
