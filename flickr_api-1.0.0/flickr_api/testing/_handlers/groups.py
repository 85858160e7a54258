"""The emulator's flickr.groups.* methods."""

from __future__ import annotations

from typing import Dict, Tuple

from flickr_api.testing._handlers._args import group_arg, require_user
from flickr_api.testing._handlers._groups import group_name, readable
from flickr_api.testing._handlers._paging import list_payload
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Group, User


@handles("flickr.groups.getInfo")
def get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    if not readable(ctx, group):
        raise ApiFail(2, "Group is private")
    role = group.members.get(ctx.user_nsid or "", 0)
    return {"group": {
        "id": group.nsid, "nsid": group.nsid, "path_alias": group.path_alias,
        "iconserver": group.iconserver, "iconfarm": group.iconfarm, "lang": group.lang,
        "ispoolmoderated": group.ispoolmoderated, "eighteenplus": group.eighteenplus,
        "is_member": int(role > 0), "is_moderator": int(role == 3), "is_admin": int(role == 4),
        "name": content(group.name), "description": content(group.description),
        "rules": content(group.rules), "members": content(str(len(group.members))),
        "pool_count": content(str(len(group.pool))),
        "topic_count": content(str(len(group.topics))),
        "privacy": content(str(group.privacy)), "datecreate": str(group.datecreate),
        "throttle": {"count": "0", "mode": "none"},
        "restrictions": {"photos_ok": 1, "videos_ok": 1, "images_ok": 1, "screens_ok": 1,
                         "art_ok": 1, "virtual_ok": 1, "safe_ok": 1, "moderate_ok": 0,
                         "restricted_ok": 0, "has_geo": 0}}}


@handles("flickr.groups.browse")
def browse(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if args.get("cat_id", "0").strip() not in ("", "0"):
        raise ApiFail(1, "Category not found")
    groups = [{**group_name(g), "members": str(len(g.members)), "online": 0,
               "privacy": g.privacy} for g in ctx.store.groups.values() if g.privacy != 1]
    return {"category": {"name": "/", "path": "/", "pathids": "/", "subcat": [],
                         "group": groups}}


@handles("flickr.groups.search")
def search(ctx: Ctx, args: Dict[str, str]) -> Payload:
    text = args.get("text", "").strip().casefold()
    if not text:
        raise ApiFail(1, "No text passed")
    found = [g for g in ctx.store.groups.values() if g.privacy != 1
             and (text in g.name.casefold() or text in g.description.casefold())]
    return list_payload("groups", "group", args, found, lambda g: {
        **group_name(g), "eighteenplus": g.eighteenplus, "members": str(len(g.members)),
        "pool_count": str(len(g.pool)), "topic_count": str(len(g.topics)),
        "privacy": str(g.privacy)})


def _joining(ctx: Ctx, args: Dict[str, str], unavailable: str, refused_privacy: int,
             refused: str) -> Tuple[User, Group]:
    """The checks join and joinRequest share (codes 2 to 6)."""
    user = require_user(ctx)
    group = group_arg(ctx, args, code=2, message="Group does not exist")
    if group.privacy == 1:
        raise ApiFail(3, unavailable)
    if user.nsid in group.members:
        raise ApiFail(4, "Account is already in that group")
    if group.privacy == refused_privacy:
        raise ApiFail(5, refused)
    if group.rules and args.get("accept_rules", "").strip() not in ("1", "true"):
        raise ApiFail(6, "User must accept the group rules before joining")
    return user, group


@handles("flickr.groups.join")
def join(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, group = _joining(ctx, args, "Group not availabie to the account", 2,
                           "Membership in group is by invitation only.")
    group.members[user.nsid] = 2
    return {}


@handles("flickr.groups.joinRequest")
def join_request(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, group = _joining(ctx, args, "Group not available to the account", 3,
                           "Group is public and open")
    if group.nsid in user.join_requests:
        raise ApiFail(7, "User has already requested to join that group")
    user.join_requests.append(group.nsid)
    return {}


@handles("flickr.groups.leave")
def leave(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    group = group_arg(ctx, args, code=2, message="Group does not exist")
    if user.nsid not in group.members:
        raise ApiFail(3, "Account is not in that group")
    del group.members[user.nsid]
    if args.get("delete_photos", "").strip() in ("1", "true"):
        for photo_id in [pid for pid, (by, _) in group.pool.items() if by == user.nsid]:
            del group.pool[photo_id]
    return {}
