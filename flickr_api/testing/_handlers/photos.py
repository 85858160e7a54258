"""The emulator's flickr.photos.* methods."""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, List, Optional, Set

from flickr_api.testing._handlers._args import (
    date_arg,
    flag_arg,
    int_arg,
    owned_photo,
    require_user,
    text_date_arg,
    user_arg,
    visible_photo,
)
from flickr_api.testing._handlers._filters import filter_photos, newest_first, taken_ts
from flickr_api.testing._handlers._geo import near
from flickr_api.testing._handlers._groups import readable
from flickr_api.testing._handlers._paging import page_of, photo_list
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import (
    content,
    context_payload,
    geo_visible,
    image_url,
    location_payload,
    person_brief,
    photo_item,
    photo_page,
    photoid_payload,
    tag_entry,
    touched,
)
from flickr_api.testing._media import VIDEO_SIZE_LABELS
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo, clean_tag, clean_text, parse_tags
from flickr_api.testing._store import Store

#: Flickr's ceiling on distinct photos.search results (later pages repeat the last one).
SEARCH_LIMIT = 4000


@handles("flickr.photos.getInfo")
def get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    store = ctx.store
    photo_id = args.get("photo_id", "").strip()
    photo = visible_photo(ctx, args, message=f'Photo "{photo_id}" not found (invalid ID)',
                          by_secret=True)
    owner = store.users[photo.owner]
    mine = photo.owner == ctx.user_nsid
    info: Dict[str, Any] = {
        "id": photo.id, "secret": photo.secret, "server": photo.server, "farm": photo.farm,
        "dateuploaded": str(photo.dateupload),
        "isfavorite": int(photo.id in store.faves.get(ctx.user_nsid or "", {})),
        "license": str(photo.license), "safety_level": str(photo.safety_level),
        "rotation": photo.rotation,
    }
    if store.can_see_original(photo, ctx.user_nsid):
        info.update(originalsecret=photo.originalsecret, originalformat=photo.originalformat)
    info.update(views=str(photo.views), media=photo.media)
    info["owner"] = {"nsid": owner.nsid, "username": owner.username, "realname": owner.realname,
                     "location": owner.location, "iconserver": owner.iconserver,
                     "iconfarm": owner.iconfarm, "path_alias": owner.path_alias}
    info["title"] = content(photo.title)
    info["description"] = content(photo.description)
    info["visibility"] = {"ispublic": photo.ispublic, "isfriend": photo.isfriend,
                          "isfamily": photo.isfamily}
    info["dates"] = {"posted": str(photo.dateupload), "taken": photo.datetaken,
                     "takengranularity": str(photo.takengranularity),
                     "takenunknown": str(photo.takenunknown), "lastupdate": str(photo.lastupdate)}
    if mine:
        info["permissions"] = {"permcomment": photo.perm_comment, "permaddmeta": photo.perm_addmeta}
    signed_in = ctx.user_nsid is not None
    info["editability"] = {"cancomment": int(signed_in),
                           "canaddmeta": int(store.can_add_meta(photo, ctx.user_nsid))}
    info["publiceditability"] = {"cancomment": 1, "canaddmeta": int(photo.perm_addmeta >= 3)}
    info["usage"] = {"candownload": int(store.can_see_original(photo, ctx.user_nsid)),
                     "canblog": int(mine), "canprint": int(mine), "canshare": 1}
    info["comments"] = content(str(len(photo.comments)))
    info["notes"] = {"note": [
        {"id": n.id, "author": n.author, "authorname": _username(store, n.author),
         "x": str(n.x), "y": str(n.y), "w": str(n.w), "h": str(n.h), "_content": n.text}
        for n in photo.notes]}
    info["people"] = {"haspeople": int(bool(photo.people))}
    info["tags"] = {"tag": [tag_entry(store, t) for t in photo.tags]}
    if photo.geo is not None and geo_visible(ctx, photo):
        info["location"] = location_payload(ctx, photo, place_ids=False)
        geo = photo.geo
        info["geoperms"] = {"ispublic": geo.is_public, "iscontact": geo.is_contact,
                            "isfriend": geo.is_friend, "isfamily": geo.is_family}
    info["urls"] = {"url": [{"type": "photopage", "_content": photo_page(store, photo)}]}
    if photo.media == "video":
        info["video"] = {"ready": 1, "failed": 0, "pending": 0, "duration": str(photo.duration),
                         "width": str(photo.width), "height": str(photo.height)}
    return {"photo": info}


def _username(store: Store, nsid: str) -> str:
    user = store.users.get(nsid)
    return user.username if user else ""


@handles("flickr.photos.getSizes")
def get_sizes(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    store = ctx.store
    original = store.can_see_original(photo, ctx.user_nsid)
    page = f"https://www.flickr.com/photos/{store.users[photo.owner].url_name}/{photo.id}/"
    sizes: List[Dict[str, Any]] = []
    for spec, width, height in photo.available_sizes(with_original=original):
        ext = photo.originalformat if spec.code == "o" else "jpg"
        sizes.append({"label": spec.label, "width": width, "height": height,
                      "source": image_url(ctx, photo, spec.suffix, photo.size_secret(spec), ext),
                      "url": f"{page}sizes/{spec.code}/", "media": "photo"})
    if photo.media == "video":
        sizes.append({"label": "Video Player", "width": photo.width, "height": photo.height,
                      "source": f"https://www.flickr.com/apps/video/stewart.swf?v=1&photo_id="
                                f"{photo.id}&photo_secret={photo.secret}",
                      "url": page, "media": "video"})
        for label in VIDEO_SIZE_LABELS:
            sizes.append({"label": label, "width": "", "height": "",
                          "source": f"{page}play/{label.lower().replace(' ', '')}/{photo.secret}/",
                          "url": page, "media": "video"})
    mine = int(photo.owner == ctx.user_nsid)
    return {"sizes": {"canblog": mine, "canprint": mine, "candownload": int(original),
                      "size": sizes}}


@handles("flickr.photos.getExif")
def get_exif(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args, by_secret=True)
    if not ctx.store.can_see_original(photo, ctx.user_nsid):
        raise ApiFail(2, "Permission denied")
    make = photo.camera.split(" ", 1)[0] if photo.camera else ""
    rows = [("IFD0", "Make", "Make", make, ""), ("IFD0", "Model", "Model", photo.camera, ""),
            ("ExifIFD", "ExposureTime", "Exposure", "1/250", "0.004 sec (1/250)"),
            ("ExifIFD", "FNumber", "Aperture", "8.0", "f/8.0"),
            ("ExifIFD", "ISO", "ISO Speed", "200", ""),
            ("ExifIFD", "DateTimeOriginal", "Date and Time (Original)",
             photo.datetaken.replace("-", ":"), ""),
            ("ExifIFD", "FocalLength", "Focal Length", "35.0 mm", ""),
            ("JFIF", "JFIFVersion", "JFIFVersion", "1.01", "")]
    exif = []
    for space, tag, label, raw, clean in rows:
        if raw:
            entry: Dict[str, Any] = {"tagspace": space, "tagspaceid": 0, "tag": tag,
                                     "label": label, "raw": content(raw)}
            if clean:
                entry["clean"] = content(clean)
            exif.append(entry)
    return {"photo": {"id": photo.id, "secret": photo.secret, "server": photo.server,
                      "farm": photo.farm, "camera": photo.camera, "exif": exif}}


@handles("flickr.photos.getPerms")
def get_perms(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    return {"perms": {"id": photo.id, "ispublic": photo.ispublic, "isfriend": photo.isfriend,
                      "isfamily": photo.isfamily, "permcomment": photo.perm_comment,
                      "permaddmeta": photo.perm_addmeta}}


@handles("flickr.photos.getFavorites")
def get_favorites(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    fans = sorted(((date, nsid) for nsid, faves in ctx.store.faves.items()
                   for pid, date in faves.items() if pid == photo.id), reverse=True)
    meta, chunk = page_of(args, fans, default=10, maximum=50)
    people = [person_brief(ctx.store, nsid, favedate=str(date)) for date, nsid in chunk]
    return {"photo": {"id": photo.id, "secret": photo.secret, "server": photo.server,
                      "farm": photo.farm, **meta, "person": people}}


def _machine_tag_match(query: str, tag: str) -> bool:
    """Does a machine tag match a query like ns:pred=value, ns:, *:pred=, ns:pred=*?"""
    namespace, _, rest = query.lower().partition(":")
    predicate, _, value = rest.partition("=")
    value = clean_text(value)  # dc:title="mr. camera" (the argument's text) finds mrcamera
    tag_ns, _, tag_rest = tag.partition(":")
    tag_pred, _, tag_value = tag_rest.partition("=")
    return all(not want or want == "*" or want == have
               for want, have in ((namespace, tag_ns), (predicate, tag_pred), (value, tag_value)))


def _tag_filter(args: Dict[str, str], name: str, mode_name: str,
                match: Callable[[str, str], bool]) -> Optional[Callable[[Photo], bool]]:
    wanted = [t.strip() for t in args.get(name, "").split(",") if t.strip()]
    if not wanted:
        return None
    combine = all if args.get(mode_name, "any").strip().lower() == "all" else any

    def check(photo: Photo) -> bool:
        clean = [t.clean for t in photo.tags]
        return combine(any(match(w, c) for c in clean) for w in wanted)

    return check


def _text_filter(text: str) -> Callable[[Photo], bool]:
    words = text.casefold().split()

    def check(photo: Photo) -> bool:
        texts = [photo.title, photo.description] + [t.raw for t in photo.tags]
        haystack = " ".join(texts).casefold()
        return all(w.strip('"') in haystack for w in words)

    return check


def _float_list(value: str, count: int) -> Optional[List[float]]:
    try:
        numbers = [float(x) for x in value.split(",")]
    except ValueError:
        return None
    return numbers if len(numbers) == count else None


SORTS: Dict[str, Callable[[Photo], Any]] = {
    "date-posted-desc": lambda p: (-p.dateupload, -int(p.id)),
    "date-posted-asc": lambda p: (p.dateupload, int(p.id)),
    "date-taken-desc": lambda p: (-taken_ts(p), -int(p.id)),
    "date-taken-asc": lambda p: (taken_ts(p), int(p.id)),
    "interestingness-desc": lambda p: (-p.views, -int(p.id)),
    "interestingness-asc": lambda p: (p.views, int(p.id)),
    "views": lambda p: (-p.views, -int(p.id)),
}


def _geo_filters(ctx: Ctx, args: Dict[str, str]) -> List[Callable[[Photo], bool]]:
    checks: List[Callable[[Photo], bool]] = []
    has_geo = args.get("has_geo", "").strip()
    if has_geo in ("0", "1"):
        checks.append(lambda p: (p.geo is not None and geo_visible(ctx, p)) == (has_geo == "1"))
    bbox = args.get("bbox", "").strip()
    if bbox:
        box = _float_list(bbox, 4)
        if box is None:
            raise ApiFail(3, "Parameterless searches have been disabled")
        west, south, east, north = box
        checks.append(lambda p: p.geo is not None and geo_visible(ctx, p)
                      and south <= p.geo.latitude <= north and west <= p.geo.longitude <= east)
    if args.get("lat", "").strip() and args.get("lon", "").strip():
        try:
            lat, lon = float(args["lat"]), float(args["lon"])
            radius = float(args.get("radius", "") or 5)
        except ValueError as exc:
            raise ApiFail(18, "Illogical arguments") from exc
        if args.get("radius_units", "km").strip() == "mi":
            radius *= 1.609344
        checks.append(lambda p: near(p, lat, lon, radius) and geo_visible(ctx, p))
    place = args.get("place_id", "").strip() or args.get("woe_id", "").strip()
    if place:
        checks.append(lambda p: p.geo is not None and p.geo.place is not None and any(
            place in (node.place_id, node.woeid) for node in p.geo.place.chain()))
    accuracy = int_arg(args, "accuracy", 0)
    if accuracy:
        checks.append(lambda p: p.geo is not None and p.geo.accuracy >= accuracy)
    geo_context = args.get("geo_context", "").strip()
    if geo_context in ("1", "2"):
        checks.append(lambda p: p.geo is not None and p.geo.context == int(geo_context))
    return checks


def search_photos(ctx: Ctx, args: Dict[str, str]) -> List[Photo]:
    """The sorted results of flickr.photos.search (before paging)."""
    store = ctx.store
    viewer = ctx.user_nsid
    owner: Optional[str] = None
    if args.get("user_id", "").strip():
        owner = user_arg(ctx, args, code=2, message="Unknown user").nsid
    checks: List[Callable[[Photo], bool]] = []
    if owner is not None:
        checks.append(lambda p: p.owner == owner)
    else:
        checks.append(lambda p: p.hidden != 2 or p.owner == viewer)
    for check in (_tag_filter(args, "tags", "tag_mode", lambda w, c: clean_tag(w) == c),
                  _tag_filter(args, "machine_tags", "machine_tag_mode", _machine_tag_match)):
        if check is not None:
            checks.append(check)
    text = args.get("text", "").strip()
    if text:
        checks.append(_text_filter(text))
    licenses = {x.strip() for x in args.get("license", "").split(",") if x.strip()}
    if licenses:
        checks.append(lambda p: str(p.license) in licenses)
    checks.extend(_geo_filters(ctx, args))
    group_id = args.get("group_id", "").strip()
    if group_id:
        group = store.groups.get(group_id)
        if group is None or not readable(ctx, group):
            raise ApiFail(4, "You don't have permission to view this pool")
        checks.append(lambda p: p.id in group.pool)
    contacts = args.get("contacts", "").strip()
    if contacts in ("all", "ff") and viewer:
        mine = store.users[viewer].contacts
        wanted = {n for n, c in mine.items() if contacts == "all" or c.friend or c.family}
        checks.append(lambda p: p.owner in wanted)
    if args.get("in_gallery", "").strip() in ("1", "true"):
        in_galleries: Set[str] = set()
        for gallery in store.galleries.values():
            in_galleries.update(gallery.photos)
        checks.append(lambda p: p.id in in_galleries)
    if args.get("is_commons", "").strip() in ("1", "true"):
        checks.append(lambda p: False)
    candidates = [p for p in store.visible(viewer) if all(check(p) for check in checks)]
    results = filter_photos(ctx, args, candidates, unsigned_safe=True)
    sort = args.get("sort", "").strip()
    results.sort(key=SORTS.get(sort, SORTS["date-posted-desc"]))
    return results


#: photos.search arguments that limit the results; a search with none of them fails with code
#: 3. (Which arguments Flickr counts is not documented; these select photos rather than order
#: or present them.)
LIMITING = frozenset({
    "user_id", "tags", "machine_tags", "text", "min_upload_date", "max_upload_date",
    "min_taken_date", "max_taken_date", "license", "bbox", "group_id", "contacts", "woe_id",
    "place_id", "lat", "lon", "is_commons", "in_gallery", "is_getty"})


@handles("flickr.photos.search")
def search(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if not any(args.get(name, "").strip() for name in LIMITING):
        raise ApiFail(3, "Parameterless searches have been disabled. "
                         "Please use flickr.photos.getRecent instead.")
    geo_query = any(args.get(k, "").strip() for k in ("bbox", "lat", "woe_id", "place_id"))
    return photo_list(ctx, args, search_photos(ctx, args), maximum=250 if geo_query else 500,
                      limit=SEARCH_LIMIT)


@handles("flickr.photos.getRecent")
def get_recent(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photos = [p for p in ctx.store.photos.values() if p.ispublic and p.hidden != 2]
    return photo_list(ctx, args, newest_first(photos), limit=SEARCH_LIMIT)


@handles("flickr.photos.getPopular")
def get_popular(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args, default_me=True)
    photos = ctx.store.photos_of(user.nsid, ctx.user_nsid)
    sort = args.get("sort", "interesting").strip() or "interesting"
    faves: Dict[str, int] = {}
    for user_faves in ctx.store.faves.values():
        for pid in user_faves:
            faves[pid] = faves.get(pid, 0) + 1
    keys: Dict[str, Callable[[Photo], Any]] = {
        "views": lambda p: -p.views, "comments": lambda p: -len(p.comments),
        "faves": lambda p: -faves.get(p.id, 0),
        "interesting": lambda p: -(p.views + 50 * faves.get(p.id, 0) + 20 * len(p.comments))}
    photos.sort(key=keys.get(sort, keys["interesting"]))
    return photo_list(ctx, args, photos)


def _own_photos(ctx: Ctx, args: Dict[str, str], check: Callable[[Photo], bool]) -> List[Photo]:
    user = require_user(ctx)
    mine = [p for p in ctx.store.photos_of(user.nsid, user.nsid) if check(p)]
    return filter_photos(ctx, args, mine)


@handles("flickr.photos.getNotInSet")
def get_not_in_set(ctx: Ctx, args: Dict[str, str]) -> Payload:
    in_sets: Set[str] = set()
    for photoset in ctx.store.photosets.values():
        if photoset.owner == ctx.user_nsid:
            in_sets.update(photoset.photos)
    return photo_list(ctx, args, _own_photos(ctx, args, lambda p: p.id not in in_sets))


@handles("flickr.photos.getUntagged")
def get_untagged(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return photo_list(ctx, args, _own_photos(ctx, args, lambda p: not p.tags))


def _geo_list(ctx: Ctx, args: Dict[str, str], with_geo: bool) -> Payload:
    photos = _own_photos(ctx, args, lambda p: (p.geo is not None) == with_geo)
    sort = args.get("sort", "").strip()
    photos.sort(key=SORTS.get(sort, SORTS["date-posted-desc"]))
    return photo_list(ctx, args, photos)


@handles("flickr.photos.getWithGeoData")
def get_with_geo_data(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _geo_list(ctx, args, True)


@handles("flickr.photos.getWithoutGeoData")
def get_without_geo_data(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _geo_list(ctx, args, False)


@handles("flickr.photos.recentlyUpdated")
def recently_updated(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if not args.get("min_date", "").strip():
        raise ApiFail(1, "Required argument missing.")
    since = text_date_arg(args["min_date"])
    if since is None:
        raise ApiFail(2, "Not a valid date")
    photos = _own_photos(ctx, {}, lambda p: p.lastupdate >= since)
    photos.sort(key=lambda p: (-p.lastupdate, -int(p.id)))
    meta_args = dict(args)
    extras = meta_args.get("extras", "")
    meta_args["extras"] = ",".join(x for x in (extras, "last_update") if x)
    return photo_list(ctx, meta_args, photos)


def _contacts_photos(ctx: Ctx, args: Dict[str, str], owner: str, public_only: bool) -> Payload:
    store = ctx.store
    user = store.users[owner]
    just_friends = args.get("just_friends", "").strip() == "1"
    people = {n for n, c in user.contacts.items() if not just_friends or c.friend or c.family}
    if args.get("include_self", "").strip() == "1":
        people.add(owner)
    count = max(1, min(int_arg(args, "count", 10), 50))
    single = args.get("single_photo", "").strip() == "1"
    chosen: List[Photo] = []
    seen: Set[str] = set()
    for photo in newest_first(p for p in store.photos.values() if p.owner in people):
        visible = photo.ispublic if public_only else store.can_see(photo, ctx.user_nsid)
        if not visible or (single and photo.owner in seen):
            continue
        seen.add(photo.owner)
        chosen.append(photo)
        if len(chosen) == count:
            break
    extras = {x.strip() for x in args.get("extras", "").split(",") if x.strip()}
    return {"photos": {"photo": [
        photo_item(ctx, p, extras, username=store.users[p.owner].username) for p in chosen]}}


@handles("flickr.photos.getContactsPhotos")
def get_contacts_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _contacts_photos(ctx, args, require_user(ctx).nsid, public_only=False)


@handles("flickr.photos.getContactsPublicPhotos")
def get_contacts_public_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _contacts_photos(ctx, args, user_arg(ctx, args).nsid, public_only=True)


@handles("flickr.photos.getContext")
def get_context(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    return context_payload(ctx, ctx.store.photos_of(photo.owner, ctx.user_nsid), photo)


@handles("flickr.photos.getAllContexts")
def get_all_contexts(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    store = ctx.store
    sets = [{"id": s.id, "title": s.title, "primary": s.primary,
             "secret": store.photos[s.primary].secret, "server": store.photos[s.primary].server,
             "farm": store.photos[s.primary].farm, "view_count": s.count_views,
             "comment_count": len(s.comments), "count_photo": len(s.photos), "count_video": 0}
            for s in store.photo_sets(photo.id)]
    pools = [{"id": g.nsid, "title": g.name,
              "url": f"/groups/{g.path_alias or g.nsid}/pool/", "iconserver": g.iconserver,
              "iconfarm": g.iconfarm, "members": str(len(g.members)),
              "pool_count": str(len(g.pool))}
             for g in store.groups.values() if photo.id in g.pool and readable(ctx, g)]
    # Only the kinds the photo is in: none at all is an empty <rsp> (2024 capture).
    return {name: found for name, found in (("set", sets), ("pool", pools)) if found}


@handles("flickr.photos.getCounts")
def get_counts(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    taken = bool(args.get("taken_dates", "").strip())
    raw = args.get("taken_dates" if taken else "dates", "")
    bounds = [date_arg(x) for x in raw.split(",") if x.strip()]
    if len(bounds) < 2 or any(b is None for b in bounds):
        raise ApiFail(1, "No dates specified")
    stamps = [taken_ts(p) if taken else p.dateupload
              for p in ctx.store.photos.values() if p.owner == user.nsid]
    counts = []
    for i in range(len(bounds) - 1):
        start, stop = bounds[i], bounds[i + 1]
        assert start is not None and stop is not None
        counts.append({"count": sum(start <= s < stop for s in stamps), "fromdate": start,
                       "todate": stop})
    return {"photocounts": {"photocount": counts}}


MAX_TAGS = 75


@handles("flickr.photos.delete")
def delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    ctx.store.delete_photo(photo.id)
    return {}


@handles("flickr.photos.setMeta")
def set_meta(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    if "title" not in args and "description" not in args:
        raise ApiFail(2, "At least one of title or description must be set")
    photo.title = args.get("title", photo.title)
    photo.description = args.get("description", photo.description)
    return touched(photo)


@handles("flickr.photos.addTags")
def add_tags(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    if not ctx.store.can_add_meta(photo, ctx.user_nsid):
        raise ApiFail(1, "Photo not found")
    raws = parse_tags(args.get("tags", ""))
    have = {t.clean for t in photo.tags}
    if len(have | {clean_tag(r) for r in raws}) > MAX_TAGS:
        raise ApiFail(2, "Maximum number of tags reached")
    ctx.store.add_tags(photo, ctx.user_nsid or "", raws)
    return {}


@handles("flickr.photos.setTags")
def set_tags(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    raws = parse_tags(args.get("tags", ""))
    if len(raws) > MAX_TAGS:
        raise ApiFail(2, "Maximum number of tags reached")
    photo.tags = []
    ctx.store.add_tags(photo, photo.owner, raws)
    return {}


@handles("flickr.photos.removeTag")
def remove_tag(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag_id = args.get("tag_id", "").strip()
    parts = tag_id.split("-")
    photo = ctx.store.photos.get(parts[1]) if len(parts) == 3 else None
    tag = next((t for t in photo.tags if t.id == tag_id), None) if photo else None
    if photo is None or tag is None or ctx.user_nsid not in (photo.owner, tag.author):
        raise ApiFail(1, "Tag not found")
    photo.tags.remove(tag)
    return touched(photo)


@handles("flickr.photos.setPerms")
def set_perms(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    flags = [flag_arg(args, name) for name in ("is_public", "is_friend", "is_family")]
    if any(f is None for f in flags):
        raise ApiFail(2, "Required arguments missing")
    photo.ispublic, photo.isfriend, photo.isfamily = (int(f or 0) for f in flags)
    if photo.ispublic:
        photo.isfriend = photo.isfamily = 0
    for name, attr in (("perm_comment", "perm_comment"), ("perm_addmeta", "perm_addmeta")):
        level = int_arg(args, name, -1)
        if 0 <= level <= 3:
            setattr(photo, attr, level)
    touched(photo)
    return photoid_payload(photo)


@handles("flickr.photos.setDates")
def set_dates(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    posted_raw = args.get("date_posted", "").strip()
    taken_raw = args.get("date_taken", "").strip()
    granularity_raw = args.get("date_taken_granularity", "").strip()
    if not (posted_raw or taken_raw or granularity_raw):
        raise ApiFail(2, "Not enough arguments")
    if granularity_raw:
        if granularity_raw not in ("0", "4", "6", "8"):
            raise ApiFail(3, "Invalid granularity")
        photo.takengranularity = int(granularity_raw)
    if posted_raw:
        if not posted_raw.isdigit() or int(posted_raw) > time.time() + 86400:
            raise ApiFail(4, "Invalid date_posted")
        photo.dateupload = int(posted_raw)
    if taken_raw:
        stamp = date_arg(taken_raw)
        if stamp is None or taken_raw.isdigit():
            raise ApiFail(5, "Invalid Date Taken Format")
        # Error 6: "It may be in the future or way in the past" (how far back is not said).
        if stamp > time.time() + 86400:
            raise ApiFail(6, "Invalid Date Taken")
        photo.datetaken = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(stamp))
        photo.takenunknown = 0
    return touched(photo)


@handles("flickr.photos.setContentType")
def set_content_type(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    value = args.get("content_type", "").strip()
    if value not in ("1", "2", "3"):
        raise ApiFail(2, "Required arguments missing")
    photo.content_type = int(value)
    touched(photo)
    return {"photo": {"id": photo.id, "content_type": value}}


@handles("flickr.photos.setSafetyLevel")
def set_safety_level(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    level = args.get("safety_level", "").strip()
    hidden = flag_arg(args, "hidden")
    if level not in ("1", "2", "3") and hidden is None:
        raise ApiFail(2, "Invalid or missing arguments")
    if level in ("1", "2", "3"):
        photo.safety_level = int(level) - 1
    if hidden is not None:
        photo.hidden = 2 if hidden else 1
    touched(photo)
    return {"photo": {"id": photo.id, "safety_level": str(photo.safety_level + 1),
                      "hidden": int(photo.hidden == 2)}}
