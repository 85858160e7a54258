"""Photos made from transfer replies: the one place that builds object-model photos here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from flickr_api.client import Client
    from flickr_api.objects import Photo

__all__ = ["make_photo"]


def make_photo(client: Client, photo_id: str, **fields: Optional[str]) -> Photo:
    """A :class:`flickr_api.Photo` with the fields Flickr returned (``None`` ones left out)."""
    from flickr_api.objects import Photo

    known = {name: value for name, value in fields.items() if value is not None}
    return Photo(id=photo_id, client=client, **known)
