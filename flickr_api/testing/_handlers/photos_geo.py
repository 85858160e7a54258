"""The emulator's flickr.photos.geo.* methods."""

from __future__ import annotations

import time
from typing import Dict

from flickr_api.testing._handlers._args import (
    flag_arg,
    int_arg,
    owned_photo,
    require_user,
    visible_photo,
)
from flickr_api.testing._handlers._geo import (
    COORD_MESSAGES,
    coordinates_arg,
    near,
    place_arg,
    radius_km,
    set_location,
)
from flickr_api.testing._handlers._paging import photo_list
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import geo_visible, location_payload
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo


def _geotagged(ctx: Ctx, args: Dict[str, str], missing_code: int = 2,
               message: str = "Photo has no location information") -> Photo:
    photo = owned_photo(ctx, args)
    if photo.geo is None:
        raise ApiFail(missing_code, message)
    return photo


@handles("flickr.photos.geo.getLocation")
def get_location(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args, message="Photo not found.")
    if photo.geo is None or not geo_visible(ctx, photo):
        raise ApiFail(2, "Photo has no location information.")
    return {"photo": {"id": photo.id, "location": location_payload(ctx, photo)}}


@handles("flickr.photos.geo.getPerms")
def get_perms(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = _geotagged(ctx, args)
    geo = photo.geo
    assert geo is not None
    return {"perms": {"id": photo.id, "ispublic": geo.is_public, "iscontact": geo.is_contact,
                      "isfriend": geo.is_friend, "isfamily": geo.is_family}}


@handles("flickr.photos.geo.setLocation")
def geo_set_location(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    lat, lon, accuracy = coordinates_arg(args, (2, 3, 4, 5), (
        "Required arguments missing.", "Not a valid latitude.", "Not a valid longitude.",
        "Not a valid accuracy."))
    if not ctx.store.users[photo.owner].prefs.get("geoperms", 1):
        raise ApiFail(7, "User has not configured default viewing settings for location data.")
    context = int_arg(args, "context", 0)
    set_location(ctx.store, photo, lat, lon, accuracy, context if context in (0, 1, 2) else 0)
    return {}


@handles("flickr.photos.geo.removeLocation")
def remove_location(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = _geotagged(ctx, args)
    photo.geo = None
    photo.lastupdate = int(time.time())
    return {}


@handles("flickr.photos.geo.setContext")
def set_context(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = _geotagged(ctx, args, missing_code=1, message="Photo not found")
    context = args.get("context", "").strip()
    if context not in ("0", "1", "2"):
        raise ApiFail(2, "Not a valid context")
    assert photo.geo is not None
    photo.geo.context = int(context)
    return {}


@handles("flickr.photos.geo.setPerms")
def set_perms(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = _geotagged(ctx, args)
    flags = [flag_arg(args, n) for n in ("is_public", "is_contact", "is_friend", "is_family")]
    if any(f is None for f in flags):
        raise ApiFail(3, "Required arguments missing.")
    assert photo.geo is not None
    geo = photo.geo
    geo.is_public, geo.is_contact, geo.is_friend, geo.is_family = (int(f or 0) for f in flags)
    return {}


@handles("flickr.photos.geo.correctLocation")
def correct_location(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    place = place_arg(ctx, args, (2, "Missing place ID"), (3, "Not a valid place ID"))
    if photo.geo is None:
        set_location(ctx.store, photo, place.latitude, place.longitude, 11)
    assert photo.geo is not None
    photo.geo.place = place
    return {}


@handles("flickr.photos.geo.batchCorrectLocation")
def batch_correct_location(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    lat, lon, accuracy = coordinates_arg(args, (1, 2, 3, 4), COORD_MESSAGES)
    place = place_arg(ctx, args, (1, "Required arguments missing"), (5, "Not a valid Places ID"))
    photos = [p for p in ctx.store.photos.values() if p.owner == user.nsid
              and near(p, lat, lon, radius_km(accuracy))]
    if not photos:
        raise ApiFail(6, "No photos geotagged at that location")
    for photo in photos:
        assert photo.geo is not None
        photo.geo.place = place
    return {}


@handles("flickr.photos.geo.photosForLocation")
def photos_for_location(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    lat, lon, accuracy = coordinates_arg(args, (1, 2, 3, 4), COORD_MESSAGES)
    photos = [p for p in ctx.store.photos_of(user.nsid, user.nsid)
              if near(p, lat, lon, radius_km(accuracy))]
    return photo_list(ctx, args, photos)
