"""The emulator's flickr.groups.discuss.replies.* methods."""

from __future__ import annotations

import time
from typing import Any, Dict, Tuple

from flickr_api.testing._handlers._groups import (
    author_attrs,
    can_edit,
    can_post,
    message_arg,
    topic_arg,
    topic_entry,
    topics_header,
)
from flickr_api.testing._handlers._paging import page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Group, Reply, Topic


def _reply_entry(ctx: Ctx, group: Group, reply: Reply) -> Dict[str, Any]:
    return {"id": reply.id, **author_attrs(ctx, group, reply.author),
            "can_edit": can_edit(ctx, group, reply.author),
            "can_delete": can_edit(ctx, group, reply.author), "datecreate": str(reply.datecreate),
            "lastedit": str(reply.lastedit), "message": content(reply.message)}


@handles("flickr.groups.discuss.replies.getList")
def replies_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, topic = topic_arg(ctx, args)
    meta, chunk = page_of(args, topic.replies)
    header = topic_entry(ctx, group, topic, prefix="author_")
    header.update(topics_header(ctx, group), topic_id=header.pop("id"), **meta)
    header["per_page"] = meta["perpage"]
    return {"replies": {"topic": header, "reply": [_reply_entry(ctx, group, r) for r in chunk]}}


def _reply(ctx: Ctx, args: Dict[str, str]) -> Tuple[Group, Topic, Reply]:
    group, topic = topic_arg(ctx, args)
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
    group, topic = topic_arg(ctx, args)
    author = can_post(ctx, group, 2)
    message = message_arg(args, 3)
    topic.replies.append(Reply(ctx.store.new_seq(), author, message, int(time.time())))
    return {}


@handles("flickr.groups.discuss.replies.edit")
def replies_edit(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, _, reply = _reply(ctx, args)
    message = message_arg(args, 3)
    if not can_edit(ctx, group, reply.author):
        raise ApiFail(4, "Cannot edit reply")
    can_post(ctx, group, 5)
    reply.message, reply.lastedit = message, int(time.time())
    return {}


@handles("flickr.groups.discuss.replies.delete")
def replies_delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, topic, reply = _reply(ctx, args)
    if not can_edit(ctx, group, reply.author):
        raise ApiFail(3, "Cannot delete reply")
    topic.replies.remove(reply)
    return {}
