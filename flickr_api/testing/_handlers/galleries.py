"""The emulator's flickr.galleries.* methods."""

from __future__ import annotations

import time
from typing import Any, Dict, List

from flickr_api.testing._handlers._args import (
    extras_of,
    id_list,
    require_user,
    user_arg,
    visible_photo,
)
from flickr_api.testing._handlers._galleries import gallery_entry, gallery_members, gallery_url
from flickr_api.testing._handlers._paging import continued_page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content, photo_item
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Gallery, nsid_number

MAX_GALLERY_PHOTOS = 50


def _gallery(ctx: Ctx, args: Dict[str, str], code: int = 1,
             message: str = "Invalid gallery ID", owned: bool = False) -> Gallery:
    value = args.get("gallery_id", "").strip()
    gallery = ctx.store.galleries.get(value) or next(
        (g for g in ctx.store.galleries.values() if g.short_id == value), None)
    if gallery is None or (owned and gallery.owner != ctx.user_nsid):
        raise ApiFail(code, message)
    return gallery


def _paged_galleries(ctx: Ctx, args: Dict[str, str], galleries: List[Gallery],
                     **attrs: Any) -> Payload:
    galleries.sort(key=lambda g: -g.date_create)
    meta, chunk = continued_page_of(args, galleries)
    # per_page, not perpage (catalog example; 2024 getListForPhoto capture)
    meta.update(attrs, per_page=meta.pop("perpage"))
    meta["gallery"] = [gallery_entry(ctx, g) for g in chunk]
    return {"galleries": meta}


@handles("flickr.galleries.getList")
def get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args, default_me=True)
    galleries = [g for g in ctx.store.galleries.values() if g.owner == user.nsid]
    payload = _paged_galleries(ctx, args, galleries, user_id=user.nsid)
    extras = extras_of(args, "primary_photo_extras")
    if extras:
        for entry in payload["galleries"]["gallery"]:
            primary = ctx.store.photos.get(entry["primary_photo_id"])
            if primary is not None:
                entry["primary_photo_extras"] = photo_item(ctx, primary, extras, owner=False,
                                                           visibility=False)
    return payload


@handles("flickr.galleries.getListForPhoto")
def get_list_for_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args, message="Required parameter missing")
    galleries = [g for g in ctx.store.galleries.values() if photo.id in g.photos]
    return _paged_galleries(ctx, args, galleries, photo_id=photo.id)


@handles("flickr.galleries.getInfo")
def get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"gallery": gallery_entry(ctx, _gallery(ctx, args))}


@handles("flickr.galleries.getPhotos")
def get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    gallery = _gallery(ctx, args)
    meta, chunk = continued_page_of(args, gallery_members(ctx, gallery))
    extras = extras_of(args)
    meta["photo"] = []
    for photo in chunk:
        comment = gallery.photos[photo.id]
        item = photo_item(ctx, photo, extras, is_primary=int(photo.id == gallery.primary),
                          has_comment=int(bool(comment)))
        if comment:
            item["comment"] = content(comment)
        meta["photo"].append(item)
    return {"photos": meta}


@handles("flickr.galleries.create")
def create(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    title = args.get("title", "").strip()
    if not title:
        raise ApiFail(2, "Invalid title or description")
    primary = args.get("primary_photo_id", "").strip()
    photos: Dict[str, str] = {}
    if primary:
        photos[visible_photo(ctx, args, code=3, message="Failed to add gallery",
                             name="primary_photo_id").id] = ""
    now = int(time.time())
    gallery = Gallery(f"{nsid_number(user.nsid)}-{ctx.store.new_seq()}", user.nsid, title,
                      args.get("description", ""), primary, photos, now, now)
    ctx.store.galleries[gallery.id] = gallery
    if args.get("full_result", "").strip() == "1":
        return {"gallery": gallery_entry(ctx, gallery)}
    return {"gallery": {"id": gallery.id, "url": gallery_url(ctx, gallery)}}


@handles("flickr.galleries.editMeta")
def edit_meta(ctx: Ctx, args: Dict[str, str]) -> Payload:
    gallery = _gallery(ctx, args, code=1, message="Required parameter missing", owned=True)
    if not args.get("title", "").strip():
        raise ApiFail(2, "Invalid title or description")
    gallery.title = args["title"]
    if "description" in args:
        gallery.description = args["description"]
    gallery.date_update = int(time.time())
    return {}


@handles("flickr.galleries.addPhoto")
def add_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    gallery = _gallery(ctx, args, code=2, owned=True)
    photo = visible_photo(ctx, args, code=3, message="Invalid photo ID")
    if photo.owner == ctx.user_nsid or len(gallery.photos) >= MAX_GALLERY_PHOTOS:
        raise ApiFail(5, "Failed to add photo")
    gallery.photos[photo.id] = args.get("comment", gallery.photos.get(photo.id, ""))
    if not gallery.primary:
        gallery.primary = photo.id
    gallery.date_update = int(time.time())
    if args.get("full_response", "").strip() == "1":
        return {"gallery": gallery_entry(ctx, gallery)}
    return {}


@handles("flickr.galleries.editPhoto")
def edit_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    gallery = _gallery(ctx, args, owned=True)
    photo_id = args.get("photo_id", "").strip()
    if photo_id not in gallery.photos:
        raise ApiFail(1, "Invalid gallery ID")
    gallery.photos[photo_id] = args.get("comment", "")
    return {}


@handles("flickr.galleries.editPhotos")
def edit_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    gallery = _gallery(ctx, args, owned=True)
    ids = [pid for pid in id_list(args, "photo_ids") if pid in ctx.store.photos
           and ctx.store.photos[pid].owner != ctx.user_nsid][:MAX_GALLERY_PHOTOS]
    primary = args.get("primary_photo_id", "").strip()
    if primary not in ids:
        raise ApiFail(1, "Invalid gallery ID")
    gallery.photos = {pid: gallery.photos.get(pid, "") for pid in ids}
    gallery.primary = primary
    gallery.date_update = int(time.time())
    return {}


@handles("flickr.galleries.removePhoto")
def remove_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    gallery = _gallery(ctx, args, owned=True)
    photo_id = args.get("photo_id", "").strip()
    if photo_id not in gallery.photos:
        raise ApiFail(1, "Invalid photo ID")
    del gallery.photos[photo_id]
    if gallery.primary == photo_id:
        gallery.primary = next(iter(gallery.photos), "")
    gallery.date_update = int(time.time())
    if args.get("full_response", "").strip() == "1":
        return {"gallery": gallery_entry(ctx, gallery)}
    return {}
