"""Group rules and entries shared by flickr.groups and its sub-namespaces (pools, discussions)."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from flickr_api.testing._handlers._args import group_arg, require_user
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx
from flickr_api.testing._records import Group, Topic

ROLES = {2: "member", 3: "moderator", 4: "admin"}


MAX_MESSAGE = 20000


def readable(ctx: Ctx, group: Group) -> bool:
    """Private groups are visible to their members only."""
    return group.privacy != 1 or (ctx.user_nsid is not None and ctx.user_nsid in group.members)


def group_name(group: Group) -> Dict[str, Any]:
    return {"nsid": group.nsid, "name": group.name, "iconserver": group.iconserver,
            "iconfarm": group.iconfarm}


def author_attrs(ctx: Ctx, group: Group, nsid: str, prefix: str = "") -> Dict[str, Any]:
    user = ctx.store.users.get(nsid)
    return {"author": nsid, "authorname": user.username if user else "",
            "role": ROLES.get(group.members.get(nsid, 0), "member"),
            "is_pro": int(bool(user and user.ispro)),
            prefix + "iconserver": user.iconserver if user else "0",
            prefix + "iconfarm": user.iconfarm if user else 0}


def can_edit(ctx: Ctx, group: Group, author: str) -> int:
    return int(ctx.user_nsid == author or group.members.get(ctx.user_nsid or "", 0) >= 3)


def topic_entry(ctx: Ctx, group: Group, topic: Topic, prefix: str = "") -> Dict[str, Any]:
    last = topic.replies[-1] if topic.replies else None
    return {"id": topic.id, "subject": topic.subject,
            **author_attrs(ctx, group, topic.author, prefix),
            "count_replies": str(len(topic.replies)),
            "can_edit": can_edit(ctx, group, topic.author),
            "can_delete": can_edit(ctx, group, topic.author),
            "can_reply": int(ctx.user_nsid in group.members), "is_sticky": topic.is_sticky,
            "is_locked": topic.is_locked, "datecreate": str(topic.datecreate),
            "datelastpost": str(last.datecreate if last else topic.datecreate),
            "last_reply": last.id if last else "", "message": content(topic.message)}


def topic_arg(ctx: Ctx, args: Dict[str, str]) -> Tuple[Group, Topic]:
    topic_id = args.get("topic_id", "").strip()
    wanted: Optional[Group] = None
    if args.get("group_id", "").strip():
        wanted = group_arg(ctx, args)
    for group in [wanted] if wanted else ctx.store.groups.values():
        for topic in group.topics:
            if topic.id == topic_id and readable(ctx, group):
                return group, topic
    raise ApiFail(1, "Topic not found")


def topics_header(ctx: Ctx, group: Group) -> Dict[str, Any]:
    return {"group_id": group.nsid, "iconserver": group.iconserver, "iconfarm": group.iconfarm,
            "name": group.name, "members": str(len(group.members)), "privacy": group.privacy,
            "lang": group.lang, "ispoolmoderated": group.ispoolmoderated}


def message_arg(args: Dict[str, str], missing: int, too_long: Optional[int] = None) -> str:
    message = args.get("message", "")
    if not message.strip():
        raise ApiFail(missing, "Missing required arguments")
    if too_long is not None and len(message) > MAX_MESSAGE:
        raise ApiFail(too_long, "Message is too long")
    return message


def can_post(ctx: Ctx, group: Group, code: int) -> str:
    user = require_user(ctx)
    if user.nsid not in group.members:
        raise ApiFail(code, "Cannot post to group")
    return user.nsid
