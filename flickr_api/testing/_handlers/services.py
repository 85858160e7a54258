"""Blogs, cameras, collections, commons, interestingness, pandas and push subscriptions."""

from __future__ import annotations

import hashlib
import time
from typing import Any, Dict, List

from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    content,
    date_arg,
    extras_of,
    handles,
    int_arg,
    newest_first,
    photo_item,
    photo_list,
    require_user,
    user_or_caller,
    visible_photo,
)
from flickr_api.testing._store import Collection, Photo, User

_BLOG_SERVICES = [("beta.blogger.com", "Blogger"), ("Typepad", "Typepad"),
                  ("MovableType", "Movable Type"), ("LiveJournal", "LiveJournal"),
                  ("MetaWeblogAPI", "Wordpress"), ("MetaWeblogAPI", "MetaWeblogAPI"),
                  ("Manila", "Manila"), ("AtomAPI", "AtomAPI"), ("BloggerAPI", "BloggerAPI"),
                  ("Tumblr", "Tumblr")]
_CAMERAS = {
    "canon": ("Canon", ["EOS 5D Mark IV", "EOS R5", "PowerShot G7 X"]),
    "nikon": ("Nikon", ["D850", "Z 6", "Coolpix P1000"]),
    "apple": ("Apple", ["iPhone 13", "iPhone 15 Pro"]),
    "sony": ("Sony", ["ILCE-7M3", "RX100 VII"]),
    "fujifilm": ("FUJIFILM", ["X-T4", "X100V"]),
}
PANDAS = ("ling ling", "hsing hsing", "wang wang")
PUSH_TOPICS = ("contacts_photos", "contacts_faves", "geotagged", "airports", "my_photos",
               "my_faves", "tags", "commons")


@handles("flickr.blogs.getServices")
def blogs_get_services(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"services": {"service": [{"id": i, "_content": name} for i, name in _BLOG_SERVICES]}}


@handles("flickr.blogs.getList")
def blogs_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    service = args.get("service", "").strip()
    return {"blogs": {"blog": [dict(b) for b in user.blogs
                               if not service or b["service"] == service]}}


@handles("flickr.blogs.postPhoto")
def blogs_post_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    blog_id = args.get("blog_id", "").strip()
    service = args.get("service", "").strip()
    blog = next((b for b in user.blogs if (blog_id and b["id"] == blog_id)
                 or (not blog_id and service and b["service"] == service)), None)
    if blog is None:
        raise ApiFail(1, "Blog not found")
    visible_photo(ctx, args, code=2)
    if blog["needspassword"] == "1" and not args.get("blog_password", ""):
        raise ApiFail(3, "Password needed")
    return {}


@handles("flickr.cameras.getBrands")
def cameras_get_brands(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"brands": {"brand": [{"id": key, "name": name, "_content": name}
                                 for key, (name, _) in sorted(_CAMERAS.items())]}}


@handles("flickr.cameras.getBrandModels")
def cameras_get_brand_models(ctx: Ctx, args: Dict[str, str]) -> Payload:
    brand = args.get("brand", "").strip().lower()
    if brand not in _CAMERAS:
        raise ApiFail(1, "Brand not found")
    name, models = _CAMERAS[brand]
    cameras = []
    for model in models:
        key = model.lower().replace(" ", "_")
        cameras.append({"id": key, "name": content(f"{name} {model}"),
                        "details": {"megapixels": content("24.0"),
                                    "lcd_screen_size": content("3.0"),
                                    "memory_type": content("SD")},
                        "images": {"small": content(f"https://example.com/cameras/{key}_s.jpg"),
                                   "large": content(f"https://example.com/cameras/{key}_l.jpg")}})
    return {"cameras": {"brand": brand, "camera": cameras}}


# ------------------------------------------------------------------ collections


def _icon(size: str) -> str:
    return f"https://www.flickr.com/images/collection_default_{size}.gif"


def _tree(ctx: Ctx, collection: Collection) -> Dict[str, Any]:
    sets = [ctx.store.photosets[s] for s in collection.sets if s in ctx.store.photosets]
    node: Dict[str, Any] = {
        "id": collection.id, "title": collection.title, "description": collection.description,
        "iconlarge": _icon("l"), "iconsmall": _icon("s")}
    if collection.children:
        node["collection"] = [_tree(ctx, c) for c in collection.children]
    node["set"] = [{"id": s.id, "title": s.title, "description": s.description} for s in sets]
    return node


@handles("flickr.collections.getTree")
def collections_get_tree(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args)
    wanted = args.get("collection_id", "").strip()
    if wanted and wanted != "0":
        found = [c for c in ctx.store.all_collections() if c.id == wanted and c.owner == user.nsid]
        if not found:
            raise ApiFail(2, "Collection not found")
    else:
        found = [c for c in ctx.store.collections.values() if c.owner == user.nsid]
    return {"collections": {"collection": [_tree(ctx, c) for c in found]}}


@handles("flickr.collections.getInfo")
def collections_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    wanted = args.get("collection_id", "").strip()
    collection = next((c for c in ctx.store.all_collections()
                       if c.id == wanted and c.owner == ctx.user_nsid), None)
    if collection is None:
        raise ApiFail(1, "Collection not found")
    photos: List[Photo] = []
    for set_id in collection.sets:
        photoset = ctx.store.photosets.get(set_id)
        if photoset is not None:
            photos.extend(ctx.store.photos[p] for p in photoset.photos[:3])
    return {"collection": {
        "id": collection.id, "child_count": len(collection.children) + len(collection.sets),
        "datecreate": str(collection.datecreate), "iconlarge": _icon("l"),
        "iconsmall": _icon("s"), "server": "0", "secret": "",
        "title": content(collection.title), "description": content(collection.description),
        "iconphotos": {"photo": [photo_item(ctx, p, set()) for p in photos[:12]]}}}


@handles("flickr.commons.getInstitutions")
def commons_get_institutions(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"institutions": {"institution": []}}


# ------------------------------------------------------------------ photo feeds


def _score(key: str, photo: Photo) -> int:
    return int(hashlib.md5(f"{key}/{photo.id}".encode()).hexdigest()[:6], 16) % 1000


@handles("flickr.interestingness.getList")
def interestingness_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    day = args.get("date", "").strip()
    if day and date_arg(day) is None:
        raise ApiFail(1, "Not a valid date string.")
    key = day or time.strftime("%Y-%m-%d", time.gmtime(time.time() - 86400))
    photos = [p for p in ctx.store.photos.values() if p.ispublic and p.hidden != 2]
    photos.sort(key=lambda p: (-(p.views + _score(key, p)), -int(p.id)))
    return photo_list(ctx, args, photos[:500])


@handles("flickr.panda.getList")
def panda_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"pandas": {"panda": [content(name) for name in PANDAS]}}


@handles("flickr.panda.getPhotos")
def panda_get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    name = args.get("panda_name", "").strip().lower()
    if not name:
        raise ApiFail(1, "Required parameter missing.")
    if name not in PANDAS:
        raise ApiFail(2, "Unknown panda")
    index = PANDAS.index(name)
    photos = [p for p in newest_first(ctx.store.photos.values())
              if p.ispublic and _score("panda", p) % len(PANDAS) == index]
    count = max(1, min(int_arg(args, "per_page", 100), 500))
    extras = extras_of(args)
    users = ctx.store.users
    return {"photos": {"interval": 60000, "lastupdate": str(int(time.time())),
                       "total": len(photos[:count]), "panda": name,
                       "photo": [photo_item(ctx, p, extras, ownername=users[p.owner].username)
                                 for p in photos[:count]]}}


# ------------------------------------------------------------------ push


@handles("flickr.push.getTopics")
def push_get_topics(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"topics": {"topic": [{"name": t} for t in PUSH_TOPICS]}}


def _pro(ctx: Ctx) -> User:
    user = require_user(ctx)
    if not user.ispro:
        raise ApiFail(5, "Service currently available only to pro accounts")
    return user


@handles("flickr.push.getSubscriptions")
def push_get_subscriptions(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"subscriptions": {"subscription": [dict(s) for s in _pro(ctx).subscriptions]}}


def _subscription_args(args: Dict[str, str]) -> Dict[str, str]:
    topic = args.get("topic", "").strip()
    callback = args.get("callback", "").strip()
    verify = args.get("verify", "").strip()
    if not topic or not callback or not verify:
        raise ApiFail(1, "Required parameter missing")
    if topic not in PUSH_TOPICS or verify not in ("sync", "async") or len(callback) > 255:
        raise ApiFail(2, "Invalid parameter value")
    return {"topic": topic, "callback": callback}


@handles("flickr.push.subscribe")
def push_subscribe(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = _pro(ctx)
    wanted = _subscription_args(args)
    lease = args.get("lease_seconds", "").strip()
    if lease and (not lease.isdigit() or not 60 <= int(lease) <= 86400):
        raise ApiFail(2, "Invalid parameter value")
    for existing in user.subscriptions:
        if existing["callback"] == wanted["callback"]:
            if existing["topic"] != wanted["topic"]:
                raise ApiFail(3, "Callback URL already in use for a different subscription")
            return {}
    now = int(time.time())
    user.subscriptions.append({
        **wanted, "pending": "0", "date_create": str(now), "lease_seconds": lease or "0",
        "expiry": str(now + int(lease)) if lease else "0", "verify_attempts": "0"})
    return {}


@handles("flickr.push.unsubscribe")
def push_unsubscribe(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    wanted = _subscription_args(args)
    for existing in user.subscriptions:
        if existing["topic"] == wanted["topic"] and existing["callback"] == wanted["callback"]:
            user.subscriptions.remove(existing)
            return {}
    raise ApiFail(7, "Subscription not found")
