"""What every handler module shares: registration, argument parsing, lookups and reply shapers."""

from __future__ import annotations

import calendar
import functools
import math
import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple, TypeVar

from flickr_api.testing._protocol import ApiFail, Ctx, Handler, Payload
from flickr_api.testing._store import (
    SIZES,
    Comment,
    Group,
    Photo,
    Photoset,
    Place,
    Store,
    Tag,
    User,
)

__all__ = [
    "ApiFail",
    "Ctx",
    "Payload",
    "REGISTRY",
    "SEARCH_LIMIT",
    "buddyicon",
    "comment_payload",
    "content",
    "context_payload",
    "date_arg",
    "extras_of",
    "filter_photos",
    "flag_arg",
    "geo_visible",
    "group_arg",
    "handles",
    "id_list",
    "image_url",
    "int_arg",
    "list_payload",
    "location_payload",
    "newest_first",
    "owned_photo",
    "owned_photoset",
    "page_of",
    "person_brief",
    "photo_item",
    "photo_list",
    "photo_page",
    "place_attrs",
    "require_user",
    "tag_entry",
    "taken_ts",
    "user_arg",
    "user_or_caller",
    "visible_photo",
]

REGISTRY: Dict[str, Handler] = {}
F = TypeVar("F", bound=Callable[[Ctx, Dict[str, str]], Payload])

#: Flickr's ceiling on distinct photos.search results (later pages repeat the last one).
SEARCH_LIMIT = 4000


def handles(*names: str) -> Callable[[F], F]:
    """Register a function as the handler of one or more API methods (run under the store lock)."""

    def register(func: F) -> F:
        @functools.wraps(func)
        def locked(ctx: Ctx, args: Dict[str, str]) -> Payload:
            with ctx.store.lock:
                return func(ctx, args)

        for name in names:
            if name in REGISTRY:
                raise RuntimeError(f"two handlers for {name}")
            REGISTRY[name] = locked
        return func

    return register


# ------------------------------------------------------------------ arguments


def content(text: object) -> Dict[str, Any]:
    """A text node: ``{"_content": text}``."""
    return {"_content": text}


def int_arg(args: Dict[str, str], name: str, default: int) -> int:
    try:
        return int(args.get(name, "").strip())
    except ValueError:
        return default


def flag_arg(args: Dict[str, str], name: str) -> Optional[int]:
    """0/1 argument, None when absent or not a flag."""
    value = args.get(name, "").strip()
    return int(value) if value in ("0", "1") else None


def id_list(args: Dict[str, str], name: str) -> List[str]:
    return [x.strip() for x in args.get(name, "").split(",") if x.strip()]


def date_arg(value: str) -> Optional[int]:
    """A unix timestamp or MySQL datetime/date argument as unix time (None if unusable)."""
    value = value.strip()
    if not value:
        return None
    if value.lstrip("-").isdigit():
        return int(value)
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return calendar.timegm(time.strptime(value, fmt))
        except ValueError:
            continue
    return None


def taken_ts(photo: Photo) -> int:
    """The photo's date taken (a MySQL datetime) as unix time."""
    t = photo.datetaken
    return calendar.timegm((int(t[:4]), int(t[5:7]), int(t[8:10]), int(t[11:13]),
                            int(t[14:16]), int(t[17:19]), 0, 0, 0))


def user_arg(ctx: Ctx, args: Dict[str, str], name: str = "user_id",
             code: int = 1, message: str = "User not found", default_me: bool = False) -> User:
    """The user named by an argument (NSID, "me", username or alias), else ApiFail."""
    value = args.get(name, "").strip()
    if (not value and default_me) or value == "me":
        value = ctx.user_nsid or ""
    user = ctx.store.find_user(value) if value else None
    if user is None or user.deleted:
        raise ApiFail(code, message)
    return user


def user_or_caller(ctx: Ctx, args: Dict[str, str], code: int = 1,
                   message: str = "User not found") -> User:
    """``user_id`` if given, else the signed-in caller (ApiFail when neither)."""
    if not args.get("user_id", "").strip() and ctx.user_nsid is None:
        raise ApiFail(code, message)
    return user_arg(ctx, args, default_me=True)


def require_user(ctx: Ctx) -> User:
    """The signed-in user (the server has already enforced login)."""
    if ctx.user_nsid is None or ctx.user_nsid not in ctx.store.users:
        raise ApiFail(99, "Insufficient permissions. Method requires read privileges; "
                          "none granted.")
    return ctx.store.users[ctx.user_nsid]


def visible_photo(ctx: Ctx, args: Dict[str, str], code: int = 1,
                  message: str = "Photo not found", name: str = "photo_id") -> Photo:
    """The photo an argument names, if the caller may see it."""
    photo = ctx.store.photos.get(args.get(name, "").strip())
    if photo is None or not ctx.store.can_see(photo, ctx.user_nsid):
        raise ApiFail(code, message)
    return photo


def owned_photo(ctx: Ctx, args: Dict[str, str], code: int = 1,
                message: str = "Photo not found", name: str = "photo_id") -> Photo:
    """The photo an argument names, if the caller owns it."""
    photo = ctx.store.photos.get(args.get(name, "").strip())
    if photo is None or photo.owner != ctx.user_nsid:
        raise ApiFail(code, message)
    return photo


def owned_photoset(ctx: Ctx, args: Dict[str, str], code: int = 1,
                   message: str = "Photoset not found") -> Photoset:
    photoset = ctx.store.photosets.get(args.get("photoset_id", "").strip())
    if photoset is None or photoset.owner != ctx.user_nsid:
        raise ApiFail(code, message)
    return photoset


def group_arg(ctx: Ctx, args: Dict[str, str], code: int = 1,
              message: str = "Group not found") -> Group:
    """A group by NSID or path alias."""
    value = args.get("group_id", "").strip() or args.get("group_path_alias", "").strip()
    group = ctx.store.groups.get(value)
    if group is None:
        group = next((g for g in ctx.store.groups.values()
                      if g.path_alias and g.path_alias == value), None)
    if group is None:
        raise ApiFail(code, message)
    return group


# ------------------------------------------------------------------ pagination

T = TypeVar("T")


def page_of(args: Dict[str, str], items: Sequence[T], default: int = 100, maximum: int = 500,
            limit: Optional[int] = None) -> Tuple[Dict[str, Any], Sequence[T]]:
    """Flickr paging: returns the page/pages/perpage/total attributes and the page's items.

    A page past the last one (or past ``limit`` distinct results) repeats the last page.
    """
    per_page = int_arg(args, "per_page", default)
    if per_page < 1:
        per_page = default
    per_page = min(per_page, maximum)
    page = max(1, int_arg(args, "page", 1))
    total = len(items)
    reachable = total if limit is None else min(total, limit)
    last = max(1, math.ceil(reachable / per_page))
    start = (min(page, last) - 1) * per_page
    chunk = items[start:min(start + per_page, reachable)]
    meta = {"page": page, "pages": math.ceil(total / per_page), "perpage": per_page,
            "total": str(total)}
    return meta, chunk


def list_payload(root: str, child: str, args: Dict[str, str], items: Sequence[T],
                 shape: Callable[[T], Dict[str, Any]], default: int = 100, maximum: int = 500,
                 **attrs: Any) -> Payload:
    """``{root: {page, pages, perpage, total, **attrs, child: [shape(item)...]}}``."""
    meta, chunk = page_of(args, items, default, maximum)
    meta.update(attrs)
    meta[child] = [shape(item) for item in chunk]
    return {root: meta}


# ------------------------------------------------------------------ shapers


def extras_of(args: Dict[str, str], name: str = "extras") -> Set[str]:
    return {x.strip().lower() for x in args.get(name, "").split(",") if x.strip()}


def image_url(ctx: Ctx, photo: Photo, suffix: str, secret: str, ext: str = "jpg") -> str:
    tail = f"_{suffix}" if suffix else ""
    return f"{ctx.store.base_url}/{photo.server}/{photo.id}_{secret}{tail}.{ext}"


def photo_page(store: Store, photo: Photo) -> str:
    return f"https://www.flickr.com/photos/{store.users[photo.owner].url_name}/{photo.id}/"


def place_attrs(place: Place) -> Dict[str, Any]:
    return {"place_id": place.place_id, "woeid": place.woeid, "latitude": f"{place.latitude:.3f}",
            "longitude": f"{place.longitude:.3f}", "place_url": place.place_url,
            "place_type": place.place_type, "place_type_id": str(place.place_type_id)}


def _geo_extras(ctx: Ctx, photo: Photo) -> Dict[str, Any]:
    geo = photo.geo
    if geo is None or not geo_visible(ctx, photo):
        return {"latitude": "0", "longitude": "0", "accuracy": "0", "context": 0}
    result: Dict[str, Any] = {"latitude": str(geo.latitude), "longitude": str(geo.longitude),
                              "accuracy": str(geo.accuracy), "context": geo.context}
    if geo.place is not None:
        result.update(place_id=geo.place.place_id, woeid=geo.place.woeid)
    result.update(geo_is_public=geo.is_public, geo_is_contact=geo.is_contact,
                  geo_is_friend=geo.is_friend, geo_is_family=geo.is_family)
    return result


def geo_visible(ctx: Ctx, photo: Photo) -> bool:
    """May the caller see where the photo was taken?"""
    geo = photo.geo
    if geo is None:
        return False
    if geo.is_public or photo.owner == ctx.user_nsid:
        return True
    contact = ctx.store.is_contact(photo.owner, ctx.user_nsid)
    return contact is not None and bool(
        geo.is_contact or (geo.is_friend and contact.friend) or (geo.is_family and contact.family))


def photo_item(ctx: Ctx, photo: Photo, extras: Set[str], owner: bool = True,
               visibility: bool = True, **attrs: Any) -> Dict[str, Any]:
    """A photo-list entry with the requested extras, in Flickr's attribute names."""
    store = ctx.store
    item: Dict[str, Any] = {"id": photo.id}
    if owner:
        item["owner"] = photo.owner
    item.update(secret=photo.secret, server=photo.server, farm=photo.farm, title=photo.title)
    if visibility:
        item.update(ispublic=photo.ispublic, isfriend=photo.isfriend, isfamily=photo.isfamily)
    item.update(attrs)
    if not extras:
        return item
    user = store.users[photo.owner]
    original = store.can_see_original(photo, ctx.user_nsid)
    if "license" in extras:
        item["license"] = str(photo.license)
    if "safety_level" in extras:
        item["safety_level"] = str(photo.safety_level)
    if "date_upload" in extras:
        item["dateupload"] = str(photo.dateupload)
    if "last_update" in extras:
        item["lastupdate"] = str(photo.lastupdate)
    if "date_taken" in extras:
        item.update(datetaken=photo.datetaken, datetakengranularity=photo.takengranularity,
                    datetakenunknown=str(photo.takenunknown))
    if "owner_name" in extras:
        item["ownername"] = user.username
    if "realname" in extras:
        item["realname"] = user.realname
    if "icon_server" in extras:
        item.update(iconserver=user.iconserver, iconfarm=user.iconfarm)
    if "views" in extras or "count_views" in extras:
        item["views" if "views" in extras else "count_views"] = str(photo.views)
    if "count_comments" in extras:
        item["count_comments"] = str(len(photo.comments))
    if "count_faves" in extras:
        item["count_faves"] = str(sum(photo.id in f for f in store.faves.values()))
    if "tags" in extras:
        item["tags"] = photo.tag_text(machine=False)
    if "machine_tags" in extras:
        item["machine_tags"] = photo.tag_text(machine=True)
    if "original_format" in extras and original:
        item.update(originalsecret=photo.originalsecret, originalformat=photo.originalformat)
    if "o_dims" in extras and original:
        item.update(o_width=str(photo.width), o_height=str(photo.height))
    if "geo" in extras:
        item.update(_geo_extras(ctx, photo))
    if "media" in extras:
        item.update(media=photo.media, media_status="ready")
    wanted = [spec for spec in SIZES if "url_" + spec.code in extras]
    if wanted:
        sizes = {s.code: (w, h) for s, w, h in photo.available_sizes(with_original=original)}
        for spec in wanted:
            if spec.code in sizes:
                width, height = sizes[spec.code]
                ext = photo.originalformat if spec.code == "o" else "jpg"
                item["url_" + spec.code] = image_url(ctx, photo, spec.suffix,
                                                     photo.size_secret(spec), ext)
                item["height_" + spec.code] = height
                item["width_" + spec.code] = width
    if "path_alias" in extras:
        item["pathalias"] = user.path_alias
    if "description" in extras:
        item["description"] = content(photo.description)
    return item


def photo_list(ctx: Ctx, args: Dict[str, str], photos: Sequence[Photo], root: str = "photos",
               default: int = 100, maximum: int = 500, limit: Optional[int] = None,
               **attrs: Any) -> Payload:
    """A paged photo list with extras: ``{"photos": {page..., "photo": [...]}}``."""
    meta, chunk = page_of(args, photos, default, maximum, limit)
    extras = extras_of(args)
    meta.update(attrs)
    meta["photo"] = [photo_item(ctx, p, extras) for p in chunk]
    return {root: meta}


def tag_entry(store: Store, tag: Tag) -> Dict[str, Any]:
    """A photo tag as getInfo and tags.getListPhoto list it."""
    author = store.users.get(tag.author)
    return {"id": tag.id, "author": tag.author, "authorname": author.username if author else "",
            "raw": tag.raw, "_content": tag.clean, "machine_tag": tag.machine}


def person_brief(store: Store, nsid: str, **attrs: Any) -> Dict[str, Any]:
    """The usual person attributes of list entries (nsid, username, realname, icon...)."""
    user = store.users.get(nsid)
    if user is None:
        return {"nsid": nsid, **attrs}
    return {"nsid": user.nsid, "username": user.username, "realname": user.realname,
            "iconserver": user.iconserver, "iconfarm": user.iconfarm,
            "path_alias": user.path_alias, **attrs}


def buddyicon(user: User, suffix: str = "") -> str:
    """The user's buddy icon URL (``_r``, ``_l``, ``_m``, ``_s`` variants), or Flickr's default."""
    if user.iconserver != "0":
        tail = f"_{suffix}" if suffix else ""
        return (f"https://farm{user.iconfarm}.staticflickr.com/{user.iconserver}"
                f"/buddyicons/{user.nsid}{tail}.jpg")
    return "https://www.flickr.com/images/buddyicon.gif"


def filter_photos(ctx: Ctx, args: Dict[str, str], photos: Iterable[Photo]) -> List[Photo]:
    """Apply the filters many list methods share (dates, privacy, media, content, safety)."""
    min_up = date_arg(args.get("min_upload_date", ""))
    max_up = date_arg(args.get("max_upload_date", ""))
    min_taken = date_arg(args.get("min_taken_date", ""))
    max_taken = date_arg(args.get("max_taken_date", ""))
    privacy = int_arg(args, "privacy_filter", 0)
    media = args.get("media", "all").strip() or "all"
    content_types = _content_types(args)
    safe = int_arg(args, "safe_search", 0)
    result = []
    for photo in photos:
        if min_up is not None and photo.dateupload < min_up:
            continue
        if max_up is not None and photo.dateupload > max_up:
            continue
        if (min_taken is not None or max_taken is not None):
            taken = taken_ts(photo)
            if (min_taken is not None and taken < min_taken) or (
                    max_taken is not None and taken > max_taken):
                continue
        if privacy and _privacy_level(photo) != privacy:
            continue
        if media in ("photos", "videos") and photo.media != media[:-1]:
            continue
        if content_types and photo.content_type not in content_types:
            continue
        if safe in (1, 2) and photo.safety_level >= safe and photo.owner != ctx.user_nsid:
            continue
        result.append(photo)
    return result


def _content_types(args: Dict[str, str]) -> Set[int]:
    value = args.get("content_type", "").strip()
    mapping = {"1": {1}, "2": {2}, "3": {3}, "4": {1, 2}, "5": {2, 3}, "6": {1, 3}, "7": {1, 2, 3}}
    if value in mapping:
        return mapping[value]
    names = {"photos": 1, "screenshots": 2, "other": 3}
    wanted = (x.strip() for x in args.get("content_types", "").split(","))
    return {names[x] for x in wanted if x in names}


def _privacy_level(photo: Photo) -> int:
    """privacy_filter value: 1 public, 2 friends, 3 family, 4 friends & family, 5 private."""
    if photo.ispublic:
        return 1
    if photo.isfriend and photo.isfamily:
        return 4
    if photo.isfriend:
        return 2
    if photo.isfamily:
        return 3
    return 5


def newest_first(photos: Iterable[Photo]) -> List[Photo]:
    return sorted(photos, key=lambda p: (p.dateupload, int(p.id)), reverse=True)


def location_payload(ctx: Ctx, photo: Photo) -> Dict[str, Any]:
    """The ``location`` element of getInfo / geo.getLocation (caller must be allowed to see it)."""
    geo = photo.geo
    assert geo is not None
    result: Dict[str, Any] = {"latitude": geo.latitude, "longitude": geo.longitude,
                              "accuracy": str(geo.accuracy), "context": str(geo.context)}
    if geo.place is not None:
        for place in geo.place.chain():
            result[place.place_type] = {"_content": place.name, "place_id": place.place_id,
                                        "woeid": place.woeid}
        result.update(place_id=geo.place.place_id, woeid=geo.place.woeid)
    return result


def context_payload(ctx: Ctx, sequence: Sequence[Photo], photo: Photo) -> Payload:
    """prevphoto/nextphoto (and count) of a photo within an ordered list."""
    index = next(i for i, p in enumerate(sequence) if p.id == photo.id)

    def neighbour(i: int) -> Dict[str, Any]:
        if not 0 <= i < len(sequence):
            return {"id": 0}
        p = sequence[i]
        user = ctx.store.users[p.owner]
        return {"id": p.id, "secret": p.secret, "server": p.server, "farm": p.farm,
                "title": p.title, "url": f"/photos/{user.url_name}/{p.id}/",
                "thumb": image_url(ctx, p, "s", p.secret), "license": str(p.license),
                "media": p.media,
                "is_faved": int(p.id in ctx.store.faves.get(ctx.user_nsid or "", {}))}

    return {"count": content(len(sequence)), "prevphoto": neighbour(index - 1),
            "nextphoto": neighbour(index + 1)}


def comment_payload(ctx: Ctx, comment: Comment, permalink_base: str) -> Dict[str, Any]:
    """A comment entry (photo or photoset comments): author attributes and text."""
    author = ctx.store.users.get(comment.author)
    seq = comment.id.rsplit("-", 1)[-1]
    return {"id": comment.id, "author": comment.author,
            "author_is_deleted": int(author is None or author.deleted),
            "authorname": author.username if author else "",
            "iconserver": author.iconserver if author else "0",
            "iconfarm": author.iconfarm if author else 0,
            "datecreate": str(comment.datecreate),
            "permalink": f"{permalink_base}#comment{seq}",
            "path_alias": author.path_alias if author else "",
            "realname": author.realname if author else "",
            "_content": comment.text}
