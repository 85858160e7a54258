"""The emulator's flickr.places.* methods."""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from flickr_api.testing._handlers._args import date_arg, int_arg, require_user
from flickr_api.testing._handlers._filters import filter_photos
from flickr_api.testing._handlers._geo import (
    COORD_MESSAGES,
    coordinates_arg,
    nearest_place,
    place_arg,
    radius_km,
)
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import place_attrs
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo, Place, clean_tag
from flickr_api.testing._store import Store

_TYPE_NAMES = {number: name for name, number in Place.PLACE_TYPE_IDS.items()}


def _place_entry(place: Place, **attrs: Any) -> Dict[str, Any]:
    return {**place_attrs(place), **attrs, "_content": place.full_name}


def _place_info(place: Place) -> Dict[str, Any]:
    info: Dict[str, Any] = {**place_attrs(place), "timezone": place.timezone,
                            "name": place.full_name, "has_shapedata": 0}
    for node in place.chain():
        info[node.place_type] = {"_content": node.name, "place_id": node.place_id,
                                 "woeid": node.woeid, "latitude": f"{node.latitude:.3f}",
                                 "longitude": f"{node.longitude:.3f}",
                                 "place_url": node.place_url}
    return info


def _by_url(ctx: Ctx, args: Dict[str, str]) -> Place:
    url = args.get("url", "").strip()
    if not url:
        raise ApiFail(2, "Place URL required.")
    path = "/" + url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0].strip("/")
    path = path.replace("/places/", "/", 1) if path.startswith("/places/") else path
    for place in ctx.store.places.values():
        if place.place_url.casefold() == path.casefold():
            return place
    raise ApiFail(3, "Place not found.")


@handles("flickr.places.getInfo")
def places_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"place": _place_info(place_arg(ctx, args))}


@handles("flickr.places.getInfoByUrl")
def places_get_info_by_url(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"place": _place_info(_by_url(ctx, args))}


@handles("flickr.places.resolvePlaceId")
def resolve_place_id(ctx: Ctx, args: Dict[str, str]) -> Payload:
    place = place_arg(ctx, args, (2, "Place ID required."), (3, "Place not found."))
    return {"location": _place_info(place)}


@handles("flickr.places.resolvePlaceURL")
def resolve_place_url(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"location": _place_info(_by_url(ctx, args))}


@handles("flickr.places.getPlaceTypes")
def get_place_types(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"place_types": {"place_type": [
        {"id": number, "place_type_id": number, "_content": name}
        for name, number in Place.PLACE_TYPE_IDS.items()]}}


@handles("flickr.places.getShapeHistory")
def get_shape_history(ctx: Ctx, args: Dict[str, str]) -> Payload:
    place = place_arg(ctx, args)
    return {"shapes": {"total": 0, "woe_id": place.woeid, "place_id": place.place_id,
                       "place_type": place.place_type, "place_type_id": place.place_type_id,
                       "shape": []}}


@handles("flickr.places.find")
def find(ctx: Ctx, args: Dict[str, str]) -> Payload:
    query = args.get("query", "").strip()
    if not query:
        raise ApiFail(1, "Required parameter missing")
    wanted = query.casefold()
    found = [p for p in ctx.store.places.values() if wanted in p.full_name.casefold()]
    found.sort(key=lambda p: (not p.name.casefold().startswith(wanted), -p.place_type_id))
    return {"places": {"query": query, "total": len(found),
                       "place": [_place_entry(p) for p in found]}}


@handles("flickr.places.findByLatLon")
def find_by_lat_lon(ctx: Ctx, args: Dict[str, str]) -> Payload:
    lat, lon, accuracy = coordinates_arg(args, (1, 2, 3, 4), COORD_MESSAGES)
    kind = ("country" if accuracy <= 5 else "region" if accuracy <= 8 else
            "county" if accuracy <= 10 else "locality")
    place = nearest_place(ctx.store, lat, lon, kind, within_km=radius_km(min(accuracy, 10)))
    places = [] if place is None else [{**place_attrs(place), "timezone": place.timezone,
                                        "name": place.full_name}]
    return {"places": {"latitude": str(lat), "longitude": str(lon), "accuracy": str(accuracy),
                       "total": len(places), "place": places}}


def _ancestor(place: Optional[Place], kind: str) -> Optional[Place]:
    return next((p for p in place.chain() if p.place_type == kind), None) if place else None


def _counts(photos: Iterable[Photo], kind: str,
            within: Optional[Place] = None) -> List[Tuple[Place, int]]:
    """Places of a kind ranked by how many of the photos lie in them."""
    counts: Dict[str, Tuple[Place, int]] = {}
    for photo in photos:
        place = photo.geo.place if photo.geo else None
        node = _ancestor(place, kind)
        if node is None or (within is not None and within not in node.chain()):
            continue
        counts[node.place_id] = (node, counts.get(node.place_id, (node, 0))[1] + 1)
    return sorted(counts.values(), key=lambda e: (-e[1], e[0].name))


def _place_type(args: Dict[str, str], code: int, message: str = "Not a valid place type") -> str:
    number = args.get("place_type_id", "").strip()
    name = args.get("place_type", "").strip().lower()
    if not number and not name:
        raise ApiFail(2, "Required parameter missing")
    kind = _TYPE_NAMES.get(int(number)) if number.isdigit() else name
    if kind not in Place.PLACE_TYPE_IDS:
        raise ApiFail(code, message)
    return str(kind)


def _counted_places(ctx: Ctx, args: Dict[str, str], photos: Iterable[Photo], kind: str,
                    threshold_code: Optional[int] = None) -> Payload:
    within = place_arg(ctx, args) if (args.get("place_id") or args.get("woe_id")) else None
    threshold = int_arg(args, "threshold", 1)
    if threshold_code is not None and threshold < 0:
        raise ApiFail(threshold_code, "Not a valid threshold")
    ranked = [(p, n) for p, n in _counts(filter_photos(ctx, args, photos), kind, within)
              if n >= threshold]
    return {"places": {"total": len(ranked),
                       "place": [_place_entry(p, photo_count=str(n)) for p, n in ranked]}}


def _public(store: Store) -> Iterable[Photo]:
    return (p for p in store.photos.values() if p.ispublic and p.geo and p.geo.is_public)


@handles("flickr.places.getTopPlacesList")
def get_top_places_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    kind = _place_type(args, 2, "Not a valid place type.")
    day = args.get("date", "").strip()
    start = date_arg(day) if day else int(time.time()) // 86400 * 86400 - 86400
    if start is None:
        raise ApiFail(3, "Not a valid date.")
    within = place_arg(ctx, args, not_found=(4, "Not a valid Place ID")) if (
        args.get("place_id") or args.get("woe_id")) else None
    ranked = _counts(_public(ctx.store), kind, within)[:100]
    return {"places": {"total": len(ranked), "date_start": start, "date_stop": start + 86399,
                       "place": [_place_entry(p, photo_count=str(n)) for p, n in ranked]}}


@handles("flickr.places.getChildrenWithPhotosPublic")
def get_children_with_photos_public(ctx: Ctx, args: Dict[str, str]) -> Payload:
    parent = place_arg(ctx, args)
    children = [p for p in ctx.store.places.values() if p.parent is parent]
    result = []
    for child in children:
        count = sum(1 for photo in _public(ctx.store)
                    if photo.geo and photo.geo.place and child in photo.geo.place.chain())
        if count:
            result.append(_place_entry(child, photo_count=str(count)))
    return {"places": {"total": len(result), "place": result}}


@handles("flickr.places.placesForBoundingBox")
def places_for_bounding_box(ctx: Ctx, args: Dict[str, str]) -> Payload:
    try:
        west, south, east, north = (float(x) for x in args.get("bbox", "").split(","))
    except ValueError as exc:
        raise ApiFail(2, "Not a valid bbox") from exc
    kind = _place_type(args, 3)
    found = [p for p in ctx.store.places.values() if p.place_type == kind
             and south <= p.latitude <= north and west <= p.longitude <= east]
    return {"places": {"place_type": kind, "total": len(found), "pages": 1, "page": 1,
                       "bbox": args["bbox"], "place": [_place_entry(p) for p in found]}}


@handles("flickr.places.placesForUser")
def places_for_user(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    kind = _place_type(args, 3)
    mine = (p for p in ctx.store.photos.values() if p.owner == user.nsid)
    return _counted_places(ctx, args, mine, kind, threshold_code=5)


@handles("flickr.places.placesForContacts")
def places_for_contacts(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    kind = _place_type(args, 3, "Not a valid place type.")
    which = args.get("contacts", "all").strip() or "all"
    if which not in ("all", "ff"):
        raise ApiFail(6, "Not a valid contacts type")
    people = {n for n, c in user.contacts.items() if which == "all" or c.friend or c.family}
    photos = (p for p in ctx.store.visible(user.nsid) if p.owner in people)
    return _counted_places(ctx, args, photos, kind, threshold_code=5)


def _tag_check(args: Dict[str, str]) -> Callable[[Photo], bool]:
    tags = [clean_tag(t) for t in args.get("tags", "").split(",") if t.strip()]
    machine = [t.strip().lower() for t in args.get("machine_tags", "").split(",") if t.strip()]
    wanted = tags + machine
    combine = all if args.get("tag_mode", "any").strip() == "all" else any
    return lambda p: not wanted or combine(w in {t.clean for t in p.tags} for w in wanted)


@handles("flickr.places.placesForTags")
def places_for_tags(ctx: Ctx, args: Dict[str, str]) -> Payload:
    kind = _place_type(args, 3)
    check = _tag_check(args)
    return _counted_places(ctx, args, (p for p in _public(ctx.store) if check(p)), kind)


@handles("flickr.places.tagsForPlace")
def tags_for_place(ctx: Ctx, args: Dict[str, str]) -> Payload:
    place = place_arg(ctx, args)
    photos = [p for p in _public(ctx.store)
              if p.geo and p.geo.place and place in p.geo.place.chain()]
    counts: Dict[str, int] = {}
    for photo in filter_photos(ctx, args, photos):
        for tag in photo.tags:
            counts[tag.clean] = counts.get(tag.clean, 0) + 1
    ranked = sorted(counts.items(), key=lambda e: (-e[1], e[0]))
    return {"tags": {"total": len(ranked),
                     "tag": [{"count": str(n), "_content": t} for t, n in ranked]}}
