"""flickr.galleries.* and flickr.urls.lookupGallery."""

from __future__ import annotations

import time
from typing import Any, Dict, List

from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    content,
    extras_of,
    handles,
    id_list,
    page_of,
    photo_item,
    require_user,
    user_arg,
    visible_photo,
)
from flickr_api.testing._store import Gallery, Photo, nsid_number

MAX_GALLERY_PHOTOS = 50


def _url(ctx: Ctx, gallery: Gallery) -> str:
    user = ctx.store.users[gallery.owner]
    return f"https://www.flickr.com/photos/{user.url_name}/galleries/{gallery.short_id}/"


def _members(ctx: Ctx, gallery: Gallery) -> List[Photo]:
    store = ctx.store
    return [store.photos[pid] for pid in gallery.photos
            if pid in store.photos and store.can_see(store.photos[pid], ctx.user_nsid)]


def _entry(ctx: Ctx, gallery: Gallery) -> Dict[str, Any]:
    store = ctx.store
    owner = store.users[gallery.owner]
    members = _members(ctx, gallery)
    videos = sum(p.media == "video" for p in members)
    entry: Dict[str, Any] = {
        "id": gallery.id, "gallery_id": gallery.short_id, "url": _url(ctx, gallery),
        "owner": gallery.owner, "username": owner.username, "iconserver": owner.iconserver,
        "iconfarm": owner.iconfarm, "primary_photo_id": gallery.primary,
        "date_create": str(gallery.date_create), "date_update": str(gallery.date_update),
        "count_photos": len(members) - videos, "count_videos": videos,
        "count_total": len(members), "count_views": gallery.count_views, "count_comments": 0}
    primary = store.photos.get(gallery.primary)
    if primary is not None:
        entry.update(primary_photo_server=primary.server, primary_photo_farm=primary.farm,
                     primary_photo_secret=primary.secret)
    entry["title"] = content(gallery.title)
    entry["description"] = content(gallery.description)
    return entry


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
    meta, chunk = page_of(args, galleries)
    meta.update(attrs, per_page=meta["perpage"])
    meta["gallery"] = [_entry(ctx, g) for g in chunk]
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
    return {"gallery": _entry(ctx, _gallery(ctx, args))}


@handles("flickr.urls.lookupGallery")
def lookup_gallery(ctx: Ctx, args: Dict[str, str]) -> Payload:
    url = args.get("url", "").strip().rstrip("/")
    short = url.rsplit("/", 1)[-1]
    gallery = next((g for g in ctx.store.galleries.values() if short in (g.short_id, g.id)), None)
    if not url or gallery is None:
        raise ApiFail(1, "Gallery not found")
    return {"gallery": _entry(ctx, gallery)}


@handles("flickr.galleries.getPhotos")
def get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    gallery = _gallery(ctx, args)
    meta, chunk = page_of(args, _members(ctx, gallery))
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


# ------------------------------------------------------------------ writes


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
        return {"gallery": _entry(ctx, gallery)}
    return {"gallery": {"id": gallery.id, "url": _url(ctx, gallery)}}


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
        return {"gallery": _entry(ctx, gallery)}
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
        return {"gallery": _entry(ctx, gallery)}
    return {}
