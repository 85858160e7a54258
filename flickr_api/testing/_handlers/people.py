"""The emulator's flickr.people.* methods."""

from __future__ import annotations

import hashlib
from typing import Any, Dict

from flickr_api.testing._handlers._args import require_user, user_arg
from flickr_api.testing._handlers._filters import filter_photos
from flickr_api.testing._handlers._paging import photo_list
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Group, User


def _user_node(user: User, key: str = "id") -> Payload:
    return {"user": {key: user.nsid, "nsid": user.nsid, "username": content(user.username)}}


def _find(ctx: Ctx, args: Dict[str, str], name: str, field: str) -> Payload:
    """The live user whose ``field`` equals the argument (any case)."""
    wanted = args.get(name, "").strip().casefold()
    user = next((u for u in ctx.store.users.values()
                 if wanted and getattr(u, field).casefold() == wanted and not u.deleted), None)
    if user is None:
        raise ApiFail(1, "User not found")
    return _user_node(user)


@handles("flickr.people.findByEmail")
def find_by_email(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _find(ctx, args, "find_email", "email")


@handles("flickr.people.findByUsername")
def find_by_username(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _find(ctx, args, "username", "username")


@handles("flickr.people.getInfo")
def get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    value = args.get("user_id", "").strip()
    user = ctx.store.find_user((ctx.user_nsid or "") if value == "me" else value)
    if user is None:
        raise ApiFail(1, "User not found")
    if user.deleted:
        raise ApiFail(5, "User deleted")
    photos = ctx.store.photos_of(user.nsid, ctx.user_nsid)
    person: Dict[str, Any] = {
        "id": user.nsid, "nsid": user.nsid, "ispro": user.ispro, "is_deleted": 0,
        "iconserver": user.iconserver, "iconfarm": user.iconfarm, "path_alias": user.path_alias,
        "has_stats": int(user.has_stats), **_account(user), "username": content(user.username),
        "realname": content(user.realname),
        "mbox_sha1sum": content(hashlib.sha1(f"mailto:{user.email}".encode()).hexdigest()),
        "location": content(user.location),
        "timezone": {"label": user.timezone[0], "offset": user.timezone[1],
                     "timezone_id": user.timezone[2], "timezone": user.timezone[3]},
        "description": content(user.description),
        "photosurl": content(f"https://www.flickr.com/photos/{user.url_name}/"),
        "profileurl": content(f"https://www.flickr.com/people/{user.url_name}/"),
        "mobileurl": content(f"https://www.flickr.com/photos/{user.url_name}/"),
        "photos": {
            "firstdatetaken": content(min((p.datetaken for p in photos), default="")),
            "firstdate": content(str(min((p.dateupload for p in photos), default=""))),
            "count": content(len(photos))},
    }
    if ctx.user_nsid == user.nsid:
        person["photos"]["views"] = content(str(sum(p.views for p in photos)))
    return {"person": person}


def _account(user: User) -> Dict[str, Any]:
    """The account attributes of people.getInfo (2024 capture of a Pro account). What a free
    account gets, and the JSON types, are not in any capture: ints like ``ispro``."""
    return {"pro_badge": "standard" if user.ispro else "", "expire": 0, "has_adfree": 0,
            "has_free_standard_shipping": 0, "has_free_educational_resources": 0}


@handles("flickr.people.getPhotos")
def get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if not args.get("user_id", "").strip():
        raise ApiFail(1, "Required arguments missing")
    user = user_arg(ctx, args, code=2, message="Unknown user")
    photos = filter_photos(ctx, args, ctx.store.photos_of(user.nsid, ctx.user_nsid),
                           unsigned_safe=True)
    return photo_list(ctx, args, photos)


@handles("flickr.people.getPublicPhotos")
def get_public_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args)
    public = [p for p in ctx.store.photos_of(user.nsid, None) if p.ispublic]
    return photo_list(ctx, args, filter_photos(ctx, {"safe_search": args.get("safe_search", "")},
                                               public, unsigned_safe=True))


def _group_entry(ctx: Ctx, group: Group, nsid: str) -> Dict[str, Any]:
    return {"nsid": group.nsid, "name": group.name, "iconfarm": group.iconfarm,
            "iconserver": group.iconserver, "admin": int(group.members.get(nsid) == 4),
            "eighteenplus": group.eighteenplus, "invitation_only": group.invitation_only,
            "members": str(len(group.members)), "pool_count": str(len(group.pool))}


def _groups_of(ctx: Ctx, user: User, public_only: bool) -> Payload:
    groups = [g for g in ctx.store.groups.values() if user.nsid in g.members
              and (not public_only or g.privacy != 1)]
    return {"groups": {"group": [_group_entry(ctx, g, user.nsid) for g in groups]}}


@handles("flickr.people.getGroups")
def get_groups(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args)
    return _groups_of(ctx, user, public_only=user.nsid != ctx.user_nsid)


@handles("flickr.people.getPublicGroups")
def get_public_groups(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _groups_of(ctx, user_arg(ctx, args), public_only=True)


@handles("flickr.people.getLimits")
def get_limits(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    return {"person": {"nsid": user.nsid,
                       "photos": {"maxdisplaypx": "1024" if not user.ispro else "",
                                  "maxupload": "209715200"},
                       "videos": {"maxduration": "180" if not user.ispro else "600",
                                  "maxupload": "1073741824"}}}


@handles("flickr.people.getUploadStatus")
def get_upload_status(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    mine = [p for p in ctx.store.photos.values() if p.owner == user.nsid]
    used = sum(p.width * p.height // 10 for p in mine[-50:])
    maximum = 2 ** 40 if user.ispro else 2 ** 31
    return {"user": {
        "id": user.nsid, "ispro": user.ispro, "username": content(user.username),
        "bandwidth": {"maxbytes": str(maximum), "maxkb": str(maximum // 1024),
                      "usedbytes": str(used), "usedkb": str(used // 1024),
                      "remainingbytes": str(maximum - used),
                      "remainingkb": str((maximum - used) // 1024), "unlimited": user.ispro},
        "filesize": {"maxbytes": "209715200", "maxkb": "204800", "maxmb": "200"},
        "videosize": {"maxbytes": "1073741824", "maxkb": "1048576", "maxmb": "1024"},
        "sets": {"created": len(user.set_order), "remaining": "lots"},
        "videos": {"uploaded": sum(p.media == "video" for p in mine), "remaining": "lots"}}}


@handles("flickr.people.getPhotosOf")
def people_get_photos_of(ctx: Ctx, args: Dict[str, str]) -> Payload:
    person = user_arg(ctx, args, message="User not found.")
    owner = args.get("owner_id", "").strip()
    photos = [p for p in ctx.store.visible(ctx.user_nsid)
              if any(e["nsid"] == person.nsid for e in p.people)
              and (not owner or p.owner == owner)]
    photos.sort(key=lambda p: -p.dateupload)
    payload = photo_list(ctx, args, photos)
    meta = payload["photos"]
    meta["has_next_page"] = int(meta["page"] < meta["pages"])
    return payload
