"""Tags: :class:`Tag` (``tag_id`` on a photo, or just a text) and tag clusters."""

from __future__ import annotations

from typing import Any

from flickr_api.objects.base import FlickrObject
from flickr_api.objects.methods import USER_TAGS, inst, photos, static
from flickr_api.objects.person import person_of
from flickr_api.objects.shapes import Many

__all__ = ["Tag"]

_CLUSTERS = Many("clusters.cluster", "Tag.Cluster", from_args={"source": "tag"})


class Tag(FlickrObject):
    """A tag: ``text`` (the clean form), ``raw`` (as typed), and for tags on a photo its
    ``id`` and ``author``."""

    _id_args = {"tag_id": "id"}
    _display = ("id", "text", "clean")
    _converters = {"author": person_of({"username": "authorname"})}

    # -- Flickr methods ----------------------------------------------------------------------
    remove = inst("photos.removeTag")
    getClusters = static("tags.getClusters", _CLUSTERS, args=("tag",))
    getHotList = static("tags.getHotList", Many("hottags.tag", "Tag"))
    getListUser = static("tags.getListUser", USER_TAGS)
    getListUserPopular = static("tags.getListUserPopular", USER_TAGS)
    getListUserRaw = static("tags.getListUserRaw", USER_TAGS)
    getMostFrequentlyUsed = static("tags.getMostFrequentlyUsed", USER_TAGS)
    getRelated = static("tags.getRelated", Many("tags.tag", "Tag"), args=("tag",))

    class Cluster(FlickrObject):
        """A cluster of tags used together with ``source`` (``Tag.getClusters("cows")``); its
        id is what ``getPhotos`` sends as ``cluster_id``."""

        _id_args = {"cluster_id": "id", "tag": "source"}
        _display = ("id", "total")

        getPhotos = photos("tags.getClusterPhotos", extras=False)

        @classmethod
        def _prepare(cls, data: dict[str, Any]) -> dict[str, Any]:
            tags = data.pop("tag", None)
            if tags is not None:
                texts = [str(t) for t in (tags if isinstance(tags, list) else [tags])]
                data["tags"] = texts
                data.setdefault("id", "-".join(texts[:3]))
            return super()._prepare(data)
