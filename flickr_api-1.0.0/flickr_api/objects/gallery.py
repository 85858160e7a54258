"""Galleries: :class:`Gallery` (``gallery_id``), a curated list of other people's photos."""

from __future__ import annotations

from typing import Optional

from flickr_api.objects.base import FlickrObject
from flickr_api.objects.methods import compat, inst, photos, static
from flickr_api.objects.person import person_of
from flickr_api.objects.photo import Photo
from flickr_api.objects.shapes import Fields, One

__all__ = ["Gallery"]

_CREATED = One("gallery", "Gallery", from_args={
    "title": "title", "description": "description", "primary_photo_id": "primary_photo_id"})


class Gallery(FlickrObject):
    _id_args = {"gallery_id": "id"}
    _display = ("id", "title")
    _loader = "getInfo"
    _known = frozenset({
        "url", "owner", "username", "primary_photo_id", "primary_photo_server",
        "primary_photo_farm", "primary_photo_secret", "date_create", "date_update",
        "count_photos", "count_videos", "count_views", "count_comments", "title",
        "description",
    })
    _converters = {"owner": person_of({"username": "username"})}

    # -- Flickr methods ----------------------------------------------------------------------
    create = static("galleries.create", _CREATED)
    getByUrl = static("urls.lookupGallery", One("gallery", "Gallery"), args=("url",))
    addPhoto = inst("galleries.addPhoto", args=("photo_id",))
    editMeta = inst("galleries.editMeta")
    editMedia = compat(editMeta)
    editPhoto = inst("galleries.editPhoto")
    editPhotos = inst("galleries.editPhotos")
    getInfo = inst("galleries.getInfo", Fields("gallery"))
    getPhotos = photos("galleries.getPhotos")
    removePhoto = inst("galleries.removePhoto", args=("photo_id",))

    @property
    def primary_photo(self) -> Optional[Photo]:
        """The gallery's cover photo."""
        photo_id = self.get("primary_photo_id")
        if not photo_id:
            return None
        fields = {name: self._fields[f"primary_photo_{name}"] for name in
                  ("server", "farm", "secret") if f"primary_photo_{name}" in self._fields}
        return Photo(id=photo_id, client=self._client, **fields)
