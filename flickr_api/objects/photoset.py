"""Albums: :class:`Photoset` (``photoset_id``) and its comments."""

from __future__ import annotations

from typing import Any

from flickr_api.objects.base import FlickrObject
from flickr_api.objects.person import Person, person_of

__all__ = ["Photoset"]


class Photoset(FlickrObject):
    """An album. ``photoset.getPhotos()`` lists its photos, ``Photoset.create(title=...,
    primary_photo=photo)`` makes one."""

    _id_args = {"photoset_id": "id"}
    _display = ("id", "title")
    _loader = "getInfo"
    _known = frozenset({
        "owner", "username", "primary", "secret", "server", "farm", "photos", "videos",
        "count_views", "count_comments", "count_photos", "count_videos", "can_comment",
        "date_create", "date_update", "title", "description",
    })
    _converters = {"owner": person_of({"username": "username"})}

    def _default_field(self, name: str) -> Any:
        """Flickr wants the owner with the album id; an album made without one (``Photoset(
        id=...)``, ``Photoset.create``) is taken to be the authenticated user's."""
        client = self.client
        if name != "owner" or client.token() is None:
            return None
        owner = Person.getFromToken(client=client)
        self._fields["owner"] = owner
        return owner.id

    class Comment(FlickrObject):
        """A comment on an album (``comment_id``)."""

        _id_args = {"comment_id": "id"}
        _display = ("id", "text")
        _converters = {"author": person_of({"username": "authorname",
                                            "realname": "realname"})}
