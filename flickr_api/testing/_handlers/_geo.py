"""Geography shared by flickr.photos.geo, flickr.places and search: distances, places, geotags."""

from __future__ import annotations

import math
import time
from typing import Dict, Optional, Tuple

from flickr_api.testing._handlers._args import int_arg
from flickr_api.testing._protocol import ApiFail, Ctx
from flickr_api.testing._records import Geo, Photo, Place
from flickr_api.testing._store import Store


def nearest_place(store: Store, lat: float, lon: float, kind: str = "locality",
                  within_km: float = 150.0) -> Optional[Place]:
    """The closest place of a kind, if one lies within ``within_km``."""
    best: Optional[Tuple[float, Place]] = None
    for place in store.places.values():
        if place.place_type == kind:
            distance = distance_km(lat, lon, place.latitude, place.longitude)
            if distance <= within_km and (best is None or distance < best[0]):
                best = (distance, place)
    return best[1] if best else None


def set_location(store: Store, photo: Photo, lat: float, lon: float, accuracy: int,
                 context: int = 0) -> None:
    """Geotag a photo (place from the nearest locality, who sees it from the owner's
    ``geoperms``: prefs.getGeoPerms's 1 public .. 6 private)."""
    level = store.users[photo.owner].prefs.get("geoperms", 1)
    public, contact, friend, family = _GEO_PERMS.get(level, (0, 0, 0, 0))
    photo.geo = Geo(lat, lon, accuracy, context, nearest_place(store, lat, lon), is_public=public,
                    is_contact=contact, is_friend=friend, is_family=family)
    photo.lastupdate = int(time.time())


#: geoperms -> (is_public, is_contact, is_friend, is_family); 0 means "no default set".
_GEO_PERMS = {1: (1, 0, 0, 0), 2: (0, 1, 0, 0), 3: (0, 0, 1, 1), 4: (0, 0, 1, 0),
              5: (0, 0, 0, 1), 6: (0, 0, 0, 0)}


def coordinates_arg(args: Dict[str, str], codes: Tuple[int, int, int, int],
                 messages: Tuple[str, str, str, str]) -> Tuple[float, float, int]:
    """lat, lon and accuracy (default 16) with the method's error codes for each."""
    if not args.get("lat", "").strip() or not args.get("lon", "").strip():
        raise ApiFail(codes[0], messages[0])
    try:
        lat = float(args["lat"])
        if not -90 <= lat <= 90:
            raise ValueError(lat)
    except ValueError as exc:
        raise ApiFail(codes[1], messages[1]) from exc
    try:
        lon = float(args["lon"])
        if not -180 <= lon <= 180:
            raise ValueError(lon)
    except ValueError as exc:
        raise ApiFail(codes[2], messages[2]) from exc
    accuracy = int_arg(args, "accuracy", 16) if args.get("accuracy", "").strip() else 16
    if not 1 <= accuracy <= 16:
        raise ApiFail(codes[3], messages[3])
    return lat, lon, accuracy


COORD_MESSAGES = ("Required arguments missing", "Not a valid latitude", "Not a valid longitude",
                   "Not a valid accuracy")


def radius_km(accuracy: int) -> float:
    """How far from a point a location of this accuracy may lie (world 1 .. street 16)."""
    return 20000.0 / 2.0 ** (accuracy - 1)


def place_arg(ctx: Ctx, args: Dict[str, str], missing: Tuple[int, str] = (
        1, "Required parameter missing"), not_found: Tuple[int, str] = (3, "Place not found"),
              ) -> Place:
    """The place named by place_id or woe_id."""
    place_id = args.get("place_id", "").strip()
    woe_id = args.get("woe_id", "").strip()
    if not place_id and not woe_id:
        raise ApiFail(*missing)
    place = ctx.store.places.get(place_id) if place_id else next(
        (p for p in ctx.store.places.values() if p.woeid == woe_id), None)
    if place is None:
        raise ApiFail(*not_found)
    return place


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def near(photo: Photo, lat: float, lon: float, radius_km: float) -> bool:
    geo = photo.geo
    return geo is not None and distance_km(lat, lon, geo.latitude, geo.longitude) <= radius_km
