"""Places: :class:`Place` (``place_id``), with its place types, tags and shape history."""

from __future__ import annotations

from typing import Any

from flickr_api.objects.base import FieldConverter, FlickrObject
from flickr_api.objects.methods import LOCATION, PLACE_TAGS, PLACES, compat, inst, static
from flickr_api.objects.shapes import Fields, Many, One

__all__ = ["PLACE_PARTS", "Place"]


def _one_place(obj: FlickrObject, raw: Any) -> Any:
    """A Place from an enclosing place: with its ids, or only its name as photos.getInfo sends
    it today (``<locality>Paris</locality>``); None for an empty one (``<neighbourhood />``)."""
    if isinstance(raw, FlickrObject) or raw is None:
        return raw
    if not isinstance(raw, dict) and raw == "":
        return None
    return Place._build(obj._client, raw)


#: Converters of the enclosing places a place or a location names.
PLACE_PARTS: dict[str, FieldConverter] = {
    name: _one_place for name in ("neighbourhood", "locality", "county", "region", "country")}


class Place(FlickrObject):
    """A place of Flickr's geography (``place_id``); its enclosing ``locality``, ``county``,
    ``region`` and ``country`` are Places too."""

    _id_args = {"place_id": "id"}
    _display = ("id", "name")
    _loader = "getInfo"
    _renames = {"place_id": "id"}
    _text_field = "name"
    _known = frozenset({
        "woeid", "latitude", "longitude", "place_url", "place_type", "place_type_id",
        "timezone", "name", "woe_name", "has_shapedata", "neighbourhood", "locality",
        "county", "region", "country", "shapedata",
    })
    _converters = PLACE_PARTS

    # -- Flickr methods ----------------------------------------------------------------------
    find = static("places.find", PLACES, args=("query",))
    findByLatLon = static("places.findByLatLon", PLACES)
    getByUrl = static("places.getInfoByUrl", One("place", "Place"), args=("url",))
    getPlaceTypes = static("places.getPlaceTypes", Many("place_types.place_type", "Place.Type"))
    placesForBoundingBox = static("places.placesForBoundingBox", PLACES, args=("bbox",))
    placesForContacts = static("places.placesForContacts", PLACES)
    placesForTags = static("places.placesForTags", PLACES)
    placesForUser = static("places.placesForUser", PLACES)
    resolvePlaceId = static("places.resolvePlaceId", LOCATION, args=("place_id",))
    resolvePlaceURL = static("places.resolvePlaceURL", LOCATION, args=("url",))
    tagsForPlace = static("places.tagsForPlace", PLACE_TAGS)
    getInfo = inst("places.getInfo", Fields("place"))
    getChildrenWithPhotosPublic = inst("places.getChildrenWithPhotosPublic", PLACES)
    getChildrenWithPhotoPublic = compat(getChildrenWithPhotosPublic)
    getShapeHistory = inst("places.getShapeHistory", Many("shapes.shapedata", "Place.ShapeData"))
    getTopPlaces = inst("places.getTopPlacesList", PLACES, args=("place_type_id",))
    getTags = inst("places.tagsForPlace", PLACE_TAGS)

    class Type(FlickrObject):
        """A place type of ``Place.getPlaceTypes`` (``id`` and ``name``)."""

        _display = ("id", "name")
        _renames = {"place_type_id": "id"}
        _text_field = "name"

    class Tag(FlickrObject):
        """A tag used at a place, with its ``count``."""

        _display = ("text", "count")

    class ShapeData(FlickrObject):
        """One shape of a place's history: ``polylines`` (lists of "lat,lon" texts), ``urls``."""

        _display = ("created", "count_points")
