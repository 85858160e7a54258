"""The emulator's flickr.stats.* methods."""

from __future__ import annotations

import hashlib
import time
from typing import Any, Dict, List, Optional, Tuple

from flickr_api.testing._handlers._args import date_arg, extras_of, require_user
from flickr_api.testing._handlers._paging import page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import photo_item
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo, User

_DOMAINS = ("flickr.com", "images.google.com", "images.search.yahoo.com", "www.bing.com",
            "duckduckgo.com", "t.co", "www.facebook.com", "example.com")


_SEARCH = {"images.google.com": "q", "images.search.yahoo.com": "p", "www.bing.com": "q",
           "duckduckgo.com": "q"}


def _number(*parts: object, scale: int = 100) -> int:
    digest = hashlib.md5("/".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:4], "big") % scale


def _stats_user(ctx: Ctx, args: Dict[str, str], date_required: bool = True) -> Tuple[User, int]:
    """The caller (who must have stats) and the day asked about (unix time of its start)."""
    user = require_user(ctx)
    if not user.has_stats:
        raise ApiFail(1, "User does not have stats")
    raw = args.get("date", "").strip()
    if not raw and not date_required:
        return user, int(time.time()) // 86400 * 86400
    day = date_arg(raw)
    if day is None:
        raise ApiFail(3, "Invalid date")
    if day > time.time() + 86400:
        raise ApiFail(2, "No stats for that date")
    return user, day // 86400 * 86400


def _target(ctx: Ctx, args: Dict[str, str], kind: str, required: bool) -> str:
    """The photo / photoset / collection id asked about ("" for all), checked for ownership."""
    if kind == "photostream":
        return ""
    value = args.get(f"{kind}_id", "").strip()
    if not value and not required:
        return ""
    store = ctx.store
    owner: Optional[str] = None
    if kind == "photo" and value in store.photos:
        owner = store.photos[value].owner
    elif kind == "photoset" and value in store.photosets:
        owner = store.photosets[value].owner
    elif kind == "collection":
        owner = next((c.owner for c in store.all_collections() if c.id == value), None)
    if owner is None or owner != ctx.user_nsid:
        raise ApiFail(4, f"{kind.capitalize()} not found")
    return value


def _domains(day: int, target: str) -> List[Tuple[str, int]]:
    ranked = [(d, _number(day, target, d, scale=300)) for d in _DOMAINS]
    return sorted(((d, n) for d, n in ranked if n), key=lambda e: (-e[1], e[0]))


def _domains_handler(kind: str) -> None:
    @handles(f"flickr.stats.get{kind.capitalize()}Domains")
    def domains(ctx: Ctx, args: Dict[str, str]) -> Payload:
        _, day = _stats_user(ctx, args)
        target = _target(ctx, args, kind, required=False)
        meta, chunk = page_of(args, _domains(day, target), default=25, maximum=100)
        meta["domain"] = [{"name": d, "views": str(n)} for d, n in chunk]
        return {"domains": meta}

    @handles(f"flickr.stats.get{kind.capitalize()}Referrers")
    def referrers(ctx: Ctx, args: Dict[str, str]) -> Payload:
        _, day = _stats_user(ctx, args)
        target = _target(ctx, args, kind, required=False)
        domain = args.get("domain", "").strip()
        if domain not in _DOMAINS:
            raise ApiFail(5, "Invalid domain")
        entries: List[Dict[str, Any]] = []
        for k in range(1, 6):
            views = _number(day, target, domain, k, scale=40)
            if not views:
                continue
            entry: Dict[str, Any] = {"url": f"https://{domain}/page/{k}", "views": str(views)}
            if domain in _SEARCH:
                term = ("sunset", "paris", "cat photos", "eiffel tower", "flickr api")[k - 1]
                entry["url"] = f"https://{domain}/search?{_SEARCH[domain]}={term.replace(' ', '+')}"
                entry["searchterm"] = term
            entries.append(entry)
        entries.sort(key=lambda e: -int(e["views"]))
        meta, chunk = page_of(args, entries, default=25, maximum=100)
        return {"domain": {**meta, "name": domain, "referrer": list(chunk)}}


for _kind in ("photo", "photoset", "collection", "photostream"):
    _domains_handler(_kind)


def _photo_stats(day: int, photo: Photo) -> Dict[str, int]:
    return {"views": _number(day, photo.id, scale=50),
            "comments": _number(day, photo.id, "c", scale=3),
            "favorites": _number(day, photo.id, "f", scale=4)}


@handles("flickr.stats.getPhotoStats")
def get_photo_stats(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, day = _stats_user(ctx, args)
    photo = ctx.store.photos[_target(ctx, args, "photo", required=True)]
    return {"stats": _photo_stats(day, photo)}


@handles("flickr.stats.getPhotosetStats")
def get_photoset_stats(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, day = _stats_user(ctx, args)
    target = _target(ctx, args, "photoset", required=True)
    return {"stats": {"views": _number(day, target, scale=80),
                      "comments": _number(day, target, "c", scale=3)}}


@handles("flickr.stats.getCollectionStats")
def get_collection_stats(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, day = _stats_user(ctx, args)
    return {"stats": {"views": _number(day, _target(ctx, args, "collection", True), scale=30)}}


@handles("flickr.stats.getPhotostreamStats")
def get_photostream_stats(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, day = _stats_user(ctx, args)
    return {"stats": {"views": _number(day, user.nsid, scale=120)}}


@handles("flickr.stats.getTotalViews")
def get_total_views(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, day = _stats_user(ctx, args, date_required=False)
    parts = {name: _number(day, user.nsid, name, scale=500)
             for name in ("photos", "photostream", "sets", "galleries", "collections")}
    return {"stats": {"total": {"views": sum(parts.values())},
                      **{name: {"views": views} for name, views in parts.items()}}}


def _ranked(ctx: Ctx, user: User, day: int, sort: str) -> List[Tuple[Photo, Dict[str, int]]]:
    key = {"views": "views", "comments": "comments", "favorites": "favorites"}.get(sort)
    if key is None:
        raise ApiFail(5, "Invalid sort")
    photos = [(p, _photo_stats(day, p)) for p in ctx.store.photos_of(user.nsid, user.nsid)]
    photos.sort(key=lambda e: (-e[1][key], -int(e[0].id)))
    return photos


@handles("flickr.stats.getPopularPhotos")
def get_popular_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, day = _stats_user(ctx, args, date_required=False)
    ranked = _ranked(ctx, user, day, args.get("sort", "views").strip() or "views")
    meta, chunk = page_of(args, ranked, default=100, maximum=100)
    extras = extras_of(args)
    meta["photo"] = [photo_item(ctx, p, extras, stats=stats) for p, stats in chunk]
    return {"photos": meta}


@handles("flickr.stats.getMostPopularPhotoDateRange")
def get_most_popular_photo_date_range(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, until = _stats_user(ctx, {"date": args.get("date_until", "")})
    raw_days = args.get("num_days", "").strip()
    days = min(int(raw_days), 28) if raw_days.isdigit() and int(raw_days) > 0 else 1
    sort = args.get("sort", "views").strip() or "views"
    result = []
    for n in range(days):
        day = until - n * 86400
        ranked = _ranked(ctx, user, day, sort)
        if ranked:
            photo, stats = ranked[0]
            result.append(photo_item(ctx, photo, set(), date=time.strftime(
                "%Y-%m-%d", time.gmtime(day)), stats=stats))
    return {"photos": {"total": len(result), "photo": result}}


@handles("flickr.stats.getCSVFiles")
def get_csv_files(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, today = _stats_user(ctx, args, date_required=False)
    files = []
    for months_back in range(3):
        stamp = today - months_back * 30 * 86400
        day = time.strftime("%Y-%m-01", time.gmtime(stamp))
        for kind in ("daily", "monthly"):
            files.append({"href": f"https://example.com/stats/{user.nsid}_{day}_{kind}.csv",
                          "type": kind, "date": day})
    return {"stats": {"csvfiles": {"csv": files}}}
