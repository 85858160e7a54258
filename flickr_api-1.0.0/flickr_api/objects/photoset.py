"""Albums: :class:`Photoset` (``photoset_id``) and its comments."""

from __future__ import annotations

from typing import Any

from flickr_api.objects.base import FlickrObject
from flickr_api.objects.methods import CONTEXT, STATS, inst, photos, static
from flickr_api.objects.person import Person, person_of
from flickr_api.objects.shapes import Fields, Many, One

__all__ = ["Photoset"]

_CREATED = One("photoset", "Photoset",
               from_args={"title": "title", "description": "description",
                          "primary": "primary_photo_id"})
_COMMENT = One("comment", "Photoset.Comment", parent="photoset",
               from_args={"text": "comment_text"})
_COMMENTS = Many("comments.comment", "Photoset.Comment", parent="photoset")
_OWNER = {"user_id": "owner"}


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

    # -- Flickr methods ----------------------------------------------------------------------
    create = static("photosets.create", _CREATED)
    orderSets = static("photosets.orderSets", args=("photoset_ids",))
    getInfo = inst("photosets.getInfo", Fields("photoset"), context=_OWNER)
    getPhotos = photos("photosets.getPhotos", "photoset.photo", context=_OWNER)
    getContext = inst("photosets.getContext", CONTEXT, args=("photo_id",))
    getStats = inst("stats.getPhotosetStats", STATS, args=("date",))
    addPhoto = inst("photosets.addPhoto", args=("photo_id",))
    removePhoto = inst("photosets.removePhoto", args=("photo_id",))
    removePhotos = inst("photosets.removePhotos", args=("photo_ids",))
    reorderPhotos = inst("photosets.reorderPhotos", args=("photo_ids",))
    setPrimaryPhoto = inst("photosets.setPrimaryPhoto", args=("photo_id",))
    editMeta = inst("photosets.editMeta")
    editPhotos = inst("photosets.editPhotos")
    delete = inst("photosets.delete")
    addComment = inst("photosets.comments.addComment", _COMMENT, args=("comment_text",))
    getComments = inst("photosets.comments.getList", _COMMENTS)

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

        edit = inst("photosets.comments.editComment", args=("comment_text",))
        delete = inst("photosets.comments.deleteComment")
