"""Albums: :class:`Photoset` (``photoset_id``) and its comments."""

from __future__ import annotations

from flickr_api.objects.base import FlickrObject
from flickr_api.objects.person import person_of

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

    class Comment(FlickrObject):
        """A comment on an album (``comment_id``)."""

        _id_args = {"comment_id": "id"}
        _display = ("id", "text")
        _converters = {"author": person_of({"username": "authorname",
                                            "realname": "realname"})}
