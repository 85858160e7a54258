"""The emulator's flickr.photosets.* methods."""

from __future__ import annotations

import time
from typing import Any, Dict, List

from flickr_api.testing._handlers._args import (
    extras_of,
    id_list,
    owned_photoset,
    photoset_arg,
    require_user,
    user_arg,
    visible_photo,
)
from flickr_api.testing._handlers._filters import filter_photos
from flickr_api.testing._handlers._paging import list_payload, page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content, context_payload, photo_item, set_url
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo, Photoset

MAX_SET_PHOTOS = 10000


def _visible_members(ctx: Ctx, photoset: Photoset) -> List[Photo]:
    store = ctx.store
    return [store.photos[pid] for pid in photoset.photos
            if pid in store.photos and store.can_see(store.photos[pid], ctx.user_nsid)]


def _summary(ctx: Ctx, photoset: Photoset) -> Dict[str, Any]:
    """The attributes getInfo and getList share."""
    primary = ctx.store.photos[photoset.primary]
    members = _visible_members(ctx, photoset)
    videos = sum(p.media == "video" for p in members)
    return {"id": photoset.id, "owner": photoset.owner,
            "username": ctx.store.users[photoset.owner].username, "primary": photoset.primary,
            "secret": primary.secret, "server": primary.server, "farm": primary.farm,
            "photos": len(members),
            "count_views": str(photoset.count_views), "count_comments": str(len(photoset.comments)),
            "count_photos": len(members) - videos, "count_videos": str(videos),
            "title": content(photoset.title), "description": content(photoset.description),
            "can_comment": int(ctx.user_nsid is not None), "date_create": str(photoset.date_create),
            "date_update": str(photoset.date_update), "visibility_can_see_set": 1,
            "needs_interstitial": 0}


def _check_user(ctx: Ctx, args: Dict[str, str], photoset: Photoset) -> None:
    if args.get("user_id", "").strip():
        user = user_arg(ctx, args, code=2)
        if user.nsid != photoset.owner:
            raise ApiFail(1, "Photoset not found")


@handles("flickr.photosets.getInfo")
def get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = photoset_arg(ctx, args)
    _check_user(ctx, args, photoset)
    return {"photoset": _summary(ctx, photoset)}


@handles("flickr.photosets.getList")
def get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args, default_me=True)
    sets = [ctx.store.photosets[s] for s in user.set_order]
    wanted = set(id_list(args, "photo_ids"))
    if wanted:
        sets = [s for s in sets if wanted & set(s.photos)]
    extras = extras_of(args, "primary_photo_extras")

    def shape(photoset: Photoset) -> Dict[str, Any]:
        entry = _summary(ctx, photoset)
        entry["photos"] = entry["count_photos"]  # here "photos" leaves the videos out
        entry["videos"] = entry["count_videos"]  # a string, as count_videos (2012 captures)
        for key in ("owner", "username", "count_photos", "count_videos"):
            del entry[key]
        if extras:
            entry["primary_photo_extras"] = photo_item(
                ctx, ctx.store.photos[photoset.primary], extras, owner=False, visibility=False)
        return entry

    if not args.get("page", "").strip():
        # "Currently, if this is not provided, all sets are returned" (the page argument's
        # text): one page whatever per_page says.
        args = {**args, "per_page": str(max(1, len(sets)))}
    return list_payload("photosets", "photoset", args, sets, shape, default=500,
                        maximum=max(500, len(sets)),
                        cancreate=int(user.nsid == ctx.user_nsid))


@handles("flickr.photosets.getPhotos")
def get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if args.get("user_id", "").strip():
        user_arg(ctx, args, code=2)  # an unknown user before an unknown set (2024 capture)
    photoset = photoset_arg(ctx, args)
    _check_user(ctx, args, photoset)
    photos = filter_photos(ctx, args, _visible_members(ctx, photoset))
    meta, chunk = page_of(args, photos, default=500, maximum=500)
    extras = extras_of(args)
    owner = ctx.store.users[photoset.owner]
    # Requested values echoed as strings, pages a number (capture); newer captures are XML only.
    return {"photoset": {
        "id": photoset.id, "primary": photoset.primary, "owner": photoset.owner,
        "ownername": owner.username, "page": str(meta["page"]), "per_page": str(meta["perpage"]),
        "perpage": str(meta["perpage"]), "pages": meta["pages"], "title": photoset.title,
        "total": str(meta["total"]),
        "photo": [photo_item(ctx, p, extras, owner=False,
                             isprimary="1" if p.id == photoset.primary else "0") for p in chunk]}}


@handles("flickr.photosets.getContext")
def get_context(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    photoset = ctx.store.photosets.get(args.get("photoset_id", "").strip())
    if photoset is None or photo.id not in photoset.photos:
        raise ApiFail(2, "Photo not in set")
    return context_payload(ctx, _visible_members(ctx, photoset), photo)


def _owned_photo_ids(ctx: Ctx, ids: List[str], code: int, message: str) -> List[str]:
    for photo_id in ids:
        photo = ctx.store.photos.get(photo_id)
        if photo is None or photo.owner != ctx.user_nsid:
            raise ApiFail(code, message)
    return list(dict.fromkeys(ids))


def _touched(photoset: Photoset) -> Payload:
    photoset.date_update = int(time.time())
    return {}


@handles("flickr.photosets.create")
def create(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    title = args.get("title", "").strip()
    if not title:
        raise ApiFail(1, "No title specified")
    primary = _owned_photo_ids(ctx, [args.get("primary_photo_id", "").strip()], 2,
                               "Photo not found")[0]
    now = int(time.time())
    photoset = Photoset(ctx.store.new_seq(), user.nsid, args["title"], args.get("description", ""),
                        primary, [primary], now, now)
    ctx.store.photosets[photoset.id] = photoset
    user.set_order.insert(0, photoset.id)
    return {"photoset": {"id": photoset.id, "url": set_url(ctx.store, photoset)}}


@handles("flickr.photosets.delete")
def delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    ctx.store.delete_photoset(owned_photoset(ctx, args).id)
    return {}


@handles("flickr.photosets.editMeta")
def edit_meta(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = owned_photoset(ctx, args)
    if not args.get("title", "").strip():
        raise ApiFail(2, "No title specified")
    photoset.title = args["title"]
    if "description" in args:
        photoset.description = args["description"]
    return _touched(photoset)


@handles("flickr.photosets.editPhotos")
def edit_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = owned_photoset(ctx, args)
    ids = id_list(args, "photo_ids")
    if not ids:
        raise ApiFail(5, "Empty photos list")
    primary = args.get("primary_photo_id", "").strip()
    _owned_photo_ids(ctx, [primary], 3, "Primary photo not found")
    ids = _owned_photo_ids(ctx, ids, 2, "Photo not found")
    if primary not in ids:
        raise ApiFail(4, "Primary photo not in list")
    photoset.photos, photoset.primary = ids, primary
    return _touched(photoset)


@handles("flickr.photosets.addPhoto")
def add_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = owned_photoset(ctx, args)
    photo_id = _owned_photo_ids(ctx, [args.get("photo_id", "").strip()], 2, "Photo not found")[0]
    if photo_id in photoset.photos:
        raise ApiFail(3, "Photo already in set")
    if len(photoset.photos) >= MAX_SET_PHOTOS:
        raise ApiFail(10, "Maximum number of photos in set")
    photoset.photos.append(photo_id)
    return _touched(photoset)


def _remove(ctx: Ctx, photoset: Photoset, ids: List[str]) -> Payload:
    remaining = [pid for pid in photoset.photos if pid not in ids]
    if not remaining:
        ctx.store.delete_photoset(photoset.id)
        return {}
    photoset.photos = remaining
    if photoset.primary not in remaining:
        photoset.primary = remaining[0]
    return _touched(photoset)


@handles("flickr.photosets.removePhoto")
def remove_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = owned_photoset(ctx, args)
    photo_id = _owned_photo_ids(ctx, [args.get("photo_id", "").strip()], 2, "Photo not found")[0]
    if photo_id not in photoset.photos:
        raise ApiFail(3, "Photo not in set")
    return _remove(ctx, photoset, [photo_id])


@handles("flickr.photosets.removePhotos")
def remove_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = owned_photoset(ctx, args)
    ids = _owned_photo_ids(ctx, id_list(args, "photo_ids"), 2, "Photo not found")
    return _remove(ctx, photoset, ids)


@handles("flickr.photosets.reorderPhotos")
def reorder_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = owned_photoset(ctx, args)
    ids = [pid for pid in id_list(args, "photo_ids") if pid in photoset.photos]
    if not ids:
        raise ApiFail(2, "Photo not found")
    photoset.photos = list(dict.fromkeys(ids)) + [p for p in photoset.photos if p not in ids]
    return _touched(photoset)


@handles("flickr.photosets.setPrimaryPhoto")
def set_primary_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = owned_photoset(ctx, args)
    photo_id = args.get("photo_id", "").strip()
    if photo_id not in photoset.photos:
        raise ApiFail(2, "Photo not found")
    photoset.primary = photo_id
    return _touched(photoset)


@handles("flickr.photosets.orderSets")
def order_sets(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    ids = id_list(args, "photoset_ids")
    if any(pid not in user.set_order for pid in ids):
        raise ApiFail(1, "Set not found")
    ids = list(dict.fromkeys(ids))
    # "Any set IDs not given in the list will be set to appear at the end of the list, ordered
    # by their IDs" (the photoset_ids argument's text).
    rest = sorted((s for s in user.set_order if s not in ids), key=lambda s: (len(s), s))
    user.set_order = ids + rest
    return {}
