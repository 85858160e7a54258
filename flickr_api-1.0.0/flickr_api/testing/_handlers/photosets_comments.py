"""The emulator's flickr.photosets.comments.* methods."""

from __future__ import annotations

import time
from typing import Dict, Optional

from flickr_api.testing._handlers._args import photoset_arg, require_user
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import comment_payload, set_url
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Comment, nsid_number


def _find_comment(ctx: Ctx, args: Dict[str, str]) -> Optional[Comment]:
    comment_id = args.get("comment_id", "").strip()
    parts = comment_id.split("-")
    photoset = ctx.store.photosets.get(parts[1]) if len(parts) == 3 else None
    if photoset is None:
        return None
    return next((c for c in photoset.comments if c.id == comment_id), None)


@handles("flickr.photosets.comments.getList")
def comments_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = photoset_arg(ctx, args, "Photoset not found.")
    url = set_url(ctx.store, photoset) + "/"
    comments = [comment_payload(ctx, c, url) for c in photoset.comments]
    for entry in comments:
        entry["date_create"] = entry["datecreate"]
    return {"comments": {"photoset_id": photoset.id, "comment": comments}}


@handles("flickr.photosets.comments.addComment")
def comments_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photoset = photoset_arg(ctx, args)
    text = args.get("comment_text", "")
    if not text.strip():
        raise ApiFail(8, "Blank comment")
    author = require_user(ctx)
    comment = Comment(f"{nsid_number(photoset.owner)}-{photoset.id}-{ctx.store.new_seq()}",
                      author.nsid, text, int(time.time()), photoset.id)
    photoset.comments.append(comment)
    return {"comment": {"id": comment.id}}


@handles("flickr.photosets.comments.editComment")
def comments_edit(ctx: Ctx, args: Dict[str, str]) -> Payload:
    comment = _find_comment(ctx, args)
    if comment is None or comment.author != ctx.user_nsid:
        raise ApiFail(2, "Comment not found.")
    if not args.get("comment_text", "").strip():
        raise ApiFail(8, "Blank comment.")
    comment.text = args["comment_text"]
    return {}


@handles("flickr.photosets.comments.deleteComment")
def comments_delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    comment = _find_comment(ctx, args)
    photoset = ctx.store.photosets.get(comment.target) if comment else None
    if comment is None or photoset is None or ctx.user_nsid not in (comment.author, photoset.owner):
        raise ApiFail(2, "Comment not found.")
    photoset.comments.remove(comment)
    return {}
