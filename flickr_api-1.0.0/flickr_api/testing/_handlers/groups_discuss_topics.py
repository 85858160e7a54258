"""The emulator's flickr.groups.discuss.topics.* methods."""

from __future__ import annotations

import time
from typing import Dict

from flickr_api.testing._handlers._args import group_arg
from flickr_api.testing._handlers._groups import (
    can_post,
    message_arg,
    readable,
    topic_arg,
    topic_entry,
    topics_header,
)
from flickr_api.testing._handlers._paging import page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Topic


@handles("flickr.groups.discuss.topics.getList")
def topics_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    if not readable(ctx, group):
        raise ApiFail(1, "Group not found")
    topics = sorted(group.topics, key=lambda t: (
        -t.is_sticky, -(t.replies[-1].datecreate if t.replies else t.datecreate)))
    meta, chunk = page_of(args, topics)
    meta.update(topics_header(ctx, group), per_page=meta["perpage"])
    meta["topic"] = [topic_entry(ctx, group, t) for t in chunk]
    return {"topics": meta}


@handles("flickr.groups.discuss.topics.getInfo")
def topics_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group, topic = topic_arg(ctx, args)
    return {"topic": {**topic_entry(ctx, group, topic), "group_id": group.nsid,
                      "name": group.name}}


@handles("flickr.groups.discuss.topics.add")
def topics_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    author = can_post(ctx, group, 2)
    subject = args.get("subject", "").strip()
    message = message_arg(args, 4, too_long=3)
    if not subject:
        raise ApiFail(4, "Missing required arguments")
    group.topics.append(Topic(ctx.store.new_seq(), group.nsid, subject, author, message,
                              int(time.time())))
    return {}
