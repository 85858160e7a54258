"""The emulator's flickr.tags.* methods."""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, List, Tuple

from flickr_api.testing._handlers._args import (
    extras_of,
    int_arg,
    require_user,
    user_or_caller,
    visible_photo,
)
from flickr_api.testing._handlers._filters import newest_first, public_photos
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content, photo_item, tag_entry
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import User, clean_tag
from flickr_api.testing._store import Store


def _user_tags(ctx: Ctx, user: User) -> Counter[str]:
    return Counter(t.clean for p in ctx.store.photos_of(user.nsid, ctx.user_nsid) for t in p.tags)


def _who(user: User, tags: List[Dict[str, Any]]) -> Payload:
    return {"who": {"id": user.nsid, "tags": {"tag": tags}}}


@handles("flickr.tags.getListPhoto")
def get_list_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    return {"photo": {"id": photo.id,
                      "tags": {"tag": [tag_entry(ctx.store, t) for t in photo.tags]}}}


@handles("flickr.tags.getListUser")
def get_list_user(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args)
    return _who(user, [content(t) for t in sorted(_user_tags(ctx, user))])


@handles("flickr.tags.getListUserPopular")
def get_list_user_popular(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args)
    top = _user_tags(ctx, user).most_common(max(1, int_arg(args, "count", 10)))
    return _who(user, [{"count": str(n), "_content": t} for t, n in top])


@handles("flickr.tags.getListUserRaw")
def get_list_user_raw(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if ctx.user_nsid is None:
        raise ApiFail(1, "User not found")
    user = require_user(ctx)
    wanted = clean_tag(args.get("tag", "")) if args.get("tag", "").strip() else None
    raws: Dict[str, List[str]] = {}
    for photo in ctx.store.photos_of(user.nsid, user.nsid):
        for tag in photo.tags:
            if wanted is None or tag.clean == wanted:
                bucket = raws.setdefault(tag.clean, [])
                if tag.raw not in bucket:
                    bucket.append(tag.raw)
    return _who(user, [{"clean": clean, "raw": [content(r) for r in found]}
                       for clean, found in sorted(raws.items())])


@handles("flickr.tags.getMostFrequentlyUsed")
def get_most_frequently_used(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    top = _user_tags(ctx, user).most_common(10)
    return _who(user, [{"count": str(n), "_content": t} for t, n in sorted(top)])


@handles("flickr.tags.getHotList")
def get_hot_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    period = args.get("period", "day").strip() or "day"
    if period not in ("day", "week"):
        raise ApiFail(1, "Invalid period")
    count = max(1, min(int_arg(args, "count", 20), 200))
    photos = list(public_photos(ctx.store))
    latest = max((p.dateupload for p in photos), default=0)
    window = 86400 * (1 if period == "day" else 7) * 30
    counts = Counter(t.clean for p in photos if p.dateupload >= latest - window for t in p.tags
                     if not t.machine)
    return {"hottags": {"period": period, "count": count, "tag": [
        {"score": str(min(100, n)), "_content": t} for t, n in counts.most_common(count)]}}


def _related(store: Store, tag: str) -> List[Tuple[str, int]]:
    counts: Counter[str] = Counter()
    for photo in public_photos(store):
        cleans = {t.clean for t in photo.tags if not t.machine}
        if tag in cleans:
            counts.update(cleans - {tag})
    return counts.most_common()


@handles("flickr.tags.getRelated")
def get_related(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag = clean_tag(args.get("tag", ""))
    related = _related(ctx.store, tag)
    if not related:
        raise ApiFail(1, "Tag not found")
    return {"tags": {"source": tag, "tag": [content(t) for t, _ in related[:20]]}}


def _clusters(store: Store, tag: str) -> List[List[str]]:
    related = [t for t, _ in _related(store, tag)[:9]]
    return [related[i:i + 3] for i in range(0, len(related), 3)]


@handles("flickr.tags.getClusters")
def get_clusters(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag = clean_tag(args.get("tag", ""))
    clusters = _clusters(ctx.store, tag)
    if not clusters:
        raise ApiFail(1, "Tag cluster not found")
    return {"clusters": {"source": tag, "total": len(clusters), "cluster": [
        {"total": len(c), "tag": [content(t) for t in c]} for c in clusters]}}


@handles("flickr.tags.getClusterPhotos")
def get_cluster_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag = clean_tag(args.get("tag", ""))
    cluster = {clean_tag(t) for t in args.get("cluster_id", "").split("-") if t.strip()}
    photos = [p for p in newest_first(public_photos(ctx.store))
              if tag in {t.clean for t in p.tags} and cluster & {t.clean for t in p.tags}][:24]
    extras = extras_of(args)
    return {"photos": {"total": len(photos), "photo": [photo_item(ctx, p, extras)
                                                        for p in photos]}}
