"""The emulator's flickr.favorites.* methods."""

from __future__ import annotations

import time
from typing import Dict, List, Tuple

from flickr_api.testing._handlers._args import (
    date_arg,
    extras_of,
    require_user,
    user_arg,
    visible_photo,
)
from flickr_api.testing._handlers._paging import page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import context_payload, photo_item
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo


@handles("flickr.favorites.add")
def favorites_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    user = require_user(ctx)
    if photo.owner == user.nsid:
        raise ApiFail(2, "Photo is owned by you")
    faves = ctx.store.faves.setdefault(user.nsid, {})
    if photo.id in faves:
        raise ApiFail(3, "Photo is already in favorites")
    faves[photo.id] = int(time.time())
    return {}


@handles("flickr.favorites.remove")
def favorites_remove(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    faves = ctx.store.faves.setdefault(user.nsid, {})
    photo_id = args.get("photo_id", "").strip()
    if photo_id not in faves:
        raise ApiFail(1, "Photo not in favorites")
    del faves[photo_id]
    return {}


def _fave_list(ctx: Ctx, args: Dict[str, str], public_only: bool) -> Payload:
    user = user_arg(ctx, args, default_me=True)
    low = date_arg(args.get("min_fave_date", "")) or 0
    high = date_arg(args.get("max_fave_date", ""))
    store = ctx.store
    entries: List[Tuple[int, Photo]] = []
    for photo_id, date in store.faves.get(user.nsid, {}).items():
        photo = store.photos.get(photo_id)
        if photo is None or date < low or (high is not None and date > high):
            continue
        if photo.ispublic if public_only else store.can_see(photo, ctx.user_nsid):
            entries.append((date, photo))
    entries.sort(key=lambda e: (-e[0], -int(e[1].id)))
    meta, chunk = page_of(args, entries)
    extras = extras_of(args)
    meta["photo"] = [photo_item(ctx, p, extras, date_faved=str(date)) for date, p in chunk]
    return {"photos": meta}


@handles("flickr.favorites.getList")
def favorites_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _fave_list(ctx, args, public_only=False)


@handles("flickr.favorites.getPublicList")
def favorites_get_public_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _fave_list(ctx, args, public_only=True)


@handles("flickr.favorites.getContext")
def favorites_get_context(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args, code=2)
    photo = visible_photo(ctx, args)
    faves = ctx.store.faves.get(user.nsid, {})
    if photo.id not in faves:
        raise ApiFail(3, "Photo not a favorite")
    ordered = sorted((p for pid in faves if (p := ctx.store.photos.get(pid)) is not None
                      and ctx.store.can_see(p, ctx.user_nsid)),
                     key=lambda p: (-faves[p.id], -int(p.id)))
    return context_payload(ctx, ordered, photo)
