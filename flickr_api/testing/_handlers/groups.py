"""flickr.groups.*: info, search, membership, pools and discussions."""

from __future__ import annotations

import time
from typing import Any, Dict, List, Optional, Tuple

from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    content,
    context_payload,
    extras_of,
    group_arg,
    handles,
    list_payload,
    owned_photo,
    page_of,
    photo_item,
    require_user,
    user_arg,
    visible_photo,
)
from flickr_api.testing._store import Group, Photo, Reply, Topic, User, clean_tag

_ROLES = {2: "member", 3: "moderator", 4: "admin"}
MAX_MESSAGE = 20000


def _readable(ctx: Ctx, group: Group) -> bool:
    """Private groups are visible to their members only."""
    return group.privacy != 1 or (ctx.user_nsid is not None and ctx.user_nsid in group.members)


def _group_name(group: Group) -> Dict[str, Any]:
    return {"nsid": group.nsid, "name": group.name, "iconserver": group.iconserver,
            "iconfarm": group.iconfarm}


@handles("flickr.groups.getInfo")
def get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    if not _readable(ctx, group):
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
    groups = [{**_group_name(g), "members": str(len(g.members)), "online": 0,
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
        **_group_name(g), "eighteenplus": g.eighteenplus, "members": str(len(g.members)),
        "pool_count": str(len(g.pool)), "topic_count": str(len(g.topics)),
        "privacy": str(g.privacy)})


# ------------------------------------------------------------------ membership


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


@handles("flickr.groups.members.getList")
def members_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    if not _readable(ctx, group):
        raise ApiFail(1, "Group not found")
    types = {int(t) for t in args.get("membertypes", "").split(",") if t.strip().isdigit()}
    store = ctx.store
    members = [(n, t) for n, t in group.members.items() if n in store.users
               and (not types or t in types)]
    members.sort(key=lambda m: (-m[1], store.users[m[0]].username.casefold()))
    return list_payload("members", "member", args, members, lambda m: {
        "nsid": m[0], "username": store.users[m[0]].username,
        "iconserver": store.users[m[0]].iconserver, "iconfarm": store.users[m[0]].iconfarm,
        "membertype": m[1]})


# ------------------------------------------------------------------ pools


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
    if not _readable(ctx, group):
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
    if not _readable(ctx, group):
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
    if photo.id not in group.pool or not _readable(ctx, group):
        raise ApiFail(2, "Photo not in pool")
    return context_payload(ctx, [p for _, p in _pool_photos(ctx, group)], photo)


@handles("flickr.groups.pools.getGroups")
def pools_get_groups(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    groups = [g for g in ctx.store.groups.values() if user.nsid in g.members]
    payload = list_payload("groups", "group", args, groups, lambda g: {
        **_group_name(g), "admin": int(g.members[user.nsid] == 4), "privacy": g.privacy,
        "photos": str(len(g.pool))}, default=400, maximum=400)
    payload["groups"]["per_page"] = payload["groups"]["perpage"]
    return payload


# ------------------------------------------------------------------ discussions


def _author(ctx: Ctx, group: Group, nsid: str, prefix: str = "") -> Dict[str, Any]:
    user = ctx.store.users.get(nsid)
    return {"author": nsid, "authorname": user.username if user else "",
            "role": _ROLES.get(group.members.get(nsid, 0), "member"),
            "is_pro": int(bool(user and user.ispro)),
            prefix + "iconserver": user.iconserver if user else "0",
            prefix + "iconfarm": user.iconfarm if user else 0}


def _can_edit(ctx: Ctx, group: Group, author: str) -> int:
    return int(ctx.user_nsid == author or group.members.get(ctx.user_nsid or "", 0) >= 3)


def _topic_entry(ctx: Ctx, group: Group, topic: Topic, prefix: str = "") -> Dict[str, Any]:
    last = topic.replies[-1] if topic.replies else None
    return {"id": topic.id, "subject": topic.subject, **_author(ctx, group, topic.author, prefix),
            "count_replies": str(len(topic.replies)),
            "can_edit": _can_edit(ctx, group, topic.author),
            "can_delete": _can_edit(ctx, group, topic.author),
            "can_reply": int(ctx.user_nsid in group.members), "is_sticky": topic.is_sticky,
            "is_locked": topic.is_locked, "datecreate": str(topic.datecreate),
            "datelastpost": str(last.datecreate if last else topic.datecreate),
            "last_reply": last.id if last else "", "message": content(topic.message)}


def _reply_entry(ctx: Ctx, group: Group, reply: Reply) -> Dict[str, Any]:
    return {"id": reply.id, **_author(ctx, group, reply.author),
            "can_edit": _can_edit(ctx, group, reply.author),
            "can_delete": _can_edit(ctx, group, reply.author), "datecreate": str(reply.datecreate),
            "lastedit": str(reply.lastedit), "message": content(reply.message)}


def _topic(ctx: Ctx, args: Dict[str, str]) -> Tuple[Group, Topic]:
    topic_id = args.get("topic_id", "").strip()
    wanted: Optional[Group] = None
    if args.get("group_id", "").strip():
        wanted = group_arg(ctx, args)
    for group in [wanted] if wanted else ctx.store.groups.values():
        for topic in group.topics:
            if topic.id == topic_id and _readable(ctx, group):
                return group, topic
    raise ApiFail(1, "Topic not found")


def _topics_header(ctx: Ctx, group: Group) -> Dict[str, Any]:
    return {"group_id": group.nsid, "iconserver": group.iconserver, "iconfarm": group.iconfarm,
            "name": group.name, "members": str(len(group.members)), "privacy": group.privacy,
            "lang": group.lang, "ispoolmoderated": group.ispoolmoderated}


@handles("flickr.groups.discuss.topics.getList")
def topics_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    if not _readable(ctx, group):
        raise ApiFail(1, "Group not found")
    topics = sorted(group.topics, key=lambda t: (
        -t.is_sticky, -(t.replies[-1].datecreate if t.replies else t.datecreate)))
    meta, chunk = page_of(args, topics)
    meta.update(_topics_header(ctx, group), per_page=meta["perpage"])
    meta["topic"] = [_topic_entry(ctx, group, t) for t in chunk]
    return {"topics": meta}


@handles("flickr.groups.discuss.topics.getInfo")
def topics_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, topic = _topic(ctx, args)
    return {"topic": {**_topic_entry(ctx, group, topic), "group_id": group.nsid,
                      "name": group.name}}


def _message(args: Dict[str, str], missing: int, too_long: Optional[int] = None) -> str:
    message = args.get("message", "")
    if not message.strip():
        raise ApiFail(missing, "Missing required arguments")
    if too_long is not None and len(message) > MAX_MESSAGE:
        raise ApiFail(too_long, "Message is too long")
    return message


def _can_post(ctx: Ctx, group: Group, code: int) -> str:
    user = require_user(ctx)
    if user.nsid not in group.members:
        raise ApiFail(code, "Cannot post to group")
    return user.nsid


@handles("flickr.groups.discuss.topics.add")
def topics_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    author = _can_post(ctx, group, 2)
    subject = args.get("subject", "").strip()
    message = _message(args, 4, too_long=3)
    if not subject:
        raise ApiFail(4, "Missing required arguments")
    group.topics.append(Topic(ctx.store.new_seq(), group.nsid, subject, author, message,
                              int(time.time())))
    return {}


@handles("flickr.groups.discuss.replies.getList")
def replies_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, topic = _topic(ctx, args)
    meta, chunk = page_of(args, topic.replies)
    header = _topic_entry(ctx, group, topic, prefix="author_")
    header.update(_topics_header(ctx, group), topic_id=header.pop("id"), **meta)
    header["per_page"] = meta["perpage"]
    return {"replies": {"topic": header, "reply": [_reply_entry(ctx, group, r) for r in chunk]}}


def _reply(ctx: Ctx, args: Dict[str, str]) -> Tuple[Group, Topic, Reply]:
    group, topic = _topic(ctx, args)
    reply_id = args.get("reply_id", "").strip()
    reply = next((r for r in topic.replies if r.id == reply_id), None)
    if reply is None:
        raise ApiFail(2, "Reply not found")
    return group, topic, reply


@handles("flickr.groups.discuss.replies.getInfo")
def replies_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, _, reply = _reply(ctx, args)
    return {"reply": _reply_entry(ctx, group, reply)}


@handles("flickr.groups.discuss.replies.add")
def replies_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, topic = _topic(ctx, args)
    author = _can_post(ctx, group, 2)
    message = _message(args, 3)
    topic.replies.append(Reply(ctx.store.new_seq(), author, message, int(time.time())))
    return {}


@handles("flickr.groups.discuss.replies.edit")
def replies_edit(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, _, reply = _reply(ctx, args)
    message = _message(args, 3)
    if not _can_edit(ctx, group, reply.author):
        raise ApiFail(4, "Cannot edit reply")
    _can_post(ctx, group, 5)
    reply.message, reply.lastedit = message, int(time.time())
    return {}


@handles("flickr.groups.discuss.replies.delete")
def replies_delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, topic, reply = _reply(ctx, args)
    if not _can_edit(ctx, group, reply.author):
        raise ApiFail(3, "Cannot delete reply")
    topic.replies.remove(reply)
    return {}
