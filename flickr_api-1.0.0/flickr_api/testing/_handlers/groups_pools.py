"""The emulator's flickr.groups.pools.* methods."""

from __future__ import annotations

import time
from typing import Dict, List, Tuple

from flickr_api.testing._handlers._args import (
    extras_of,
    group_arg,
    owned_photo,
    require_user,
    user_arg,
    visible_photo,
)
from flickr_api.testing._handlers._groups import group_name, readable
from flickr_api.testing._handlers._paging import list_payload, page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import context_payload, photo_item
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Group, Photo, clean_tag


def _pool_photos(ctx: Ctx, group: Group) -> List[Tuple[int, Photo]]:
    """(date added, photo) of the pool's visible photos, most recently added first."""
    store = ctx.store
    entries = [(date, store.photos[pid]) for pid, (_, date) in group.pool.items()
               if pid in store.photos and store.can_see(store.photos[pid], ctx.user_nsid)]
    entries.sort(key=lambda e: (-e[0], -int(e[1].id)))
    return entries


@handles("flickr.groups.pools.getPhotos")
def pools_get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    if not readable(ctx, group):
        raise ApiFail(2, "You don't have permission to view this pool")
    entries = _pool_photos(ctx, group)
    if args.get("user_id", "").strip():
        owner = user_arg(ctx, args, code=3, message="Unknown user").nsid
        entries = [e for e in entries if e[1].owner == owner]
    tag = clean_tag(args.get("tags", "").split(",")[0].strip())
    if tag:
        entries = [e for e in entries if tag in (t.clean for t in e[1].tags)]
    meta, chunk = page_of(args, entries)
    extras = extras_of(args)
    users = ctx.store.users
    meta["photo"] = [photo_item(ctx, p, extras, ownername=users[p.owner].username,
                                dateadded=str(date)) for date, p in chunk]
    return {"photos": meta}


@handles("flickr.groups.pools.add")
def pools_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    group = group_arg(ctx, args, code=2)
    if not readable(ctx, group):
        raise ApiFail(2, "Group not found")
    if ctx.user_nsid not in group.members:
        raise ApiFail(8, "Content not allowed")
    if photo.id in group.pool:
        raise ApiFail(3, "Photo already in pool")
    if group.ispoolmoderated and group.members.get(ctx.user_nsid or "") == 2:
        if photo.id in group.pending:
            raise ApiFail(7, "Your Photo has already been added to the Pending Queue for this Pool")
        group.pending.append(photo.id)
        raise ApiFail(6, "Your Photo has been added to the Pending Queue for this Pool")
    group.pool[photo.id] = (photo.owner, int(time.time()))
    return {}


@handles("flickr.groups.pools.remove")
def pools_remove(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    photo_id = args.get("photo_id", "").strip()
    if photo_id not in group.pool:
        raise ApiFail(2, "Photo not in pool")
    added_by = group.pool[photo_id][0]
    if ctx.user_nsid != added_by and group.members.get(ctx.user_nsid or "", 0) < 3:
        raise ApiFail(3, "Insufficient permission to remove photo")
    del group.pool[photo_id]
    return {}


@handles("flickr.groups.pools.getContext")
def pools_get_context(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    group = group_arg(ctx, args, code=3)
    if photo.id not in group.pool or not readable(ctx, group):
        raise ApiFail(2, "Photo not in pool")
    return context_payload(ctx, [p for _, p in _pool_photos(ctx, group)], photo)


@handles("flickr.groups.pools.getGroups")
def pools_get_groups(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    groups = [g for g in ctx.store.groups.values() if user.nsid in g.members]
    payload = list_payload("groups", "group", args, groups, lambda g: {
        **group_name(g), "admin": int(g.members[user.nsid] == 4), "privacy": g.privacy,
        "photos": str(len(g.pool))}, default=400, maximum=400)
    payload["groups"]["per_page"] = payload["groups"]["perpage"]
    return payload
