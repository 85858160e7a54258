"""Places: :class:`Place` (``place_id``), with its place types, tags and shape history."""

from __future__ import annotations

from typing import Any

from flickr_api.objects.base import FieldConverter, FlickrObject

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
