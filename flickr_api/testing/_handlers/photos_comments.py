"""The emulator's flickr.photos.comments.* methods."""

from __future__ import annotations

import time
from typing import Dict, Tuple

from flickr_api.testing._handlers._args import date_arg, id_list, require_user, visible_photo
from flickr_api.testing._handlers._paging import photo_list
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import (
    buddyicon,
    comment_payload,
    photo_page,
    touched,
)
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Comment, Photo, nsid_number


@handles("flickr.photos.comments.getList")
def comments_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    low = date_arg(args.get("min_comment_date", "")) or 0
    high = date_arg(args.get("max_comment_date", ""))
    page = photo_page(ctx.store, photo)
    comments = [comment_payload(ctx, c, page) for c in photo.comments
                if c.datecreate >= low and (high is None or c.datecreate <= high)]
    return {"comments": {"photo_id": photo.id, "comment": comments}}


def _comment_text(args: Dict[str, str]) -> str:
    text = args.get("comment_text", "")
    if not text.strip():
        raise ApiFail(8, "Blank comment.")
    return text


@handles("flickr.photos.comments.addComment")
def add_comment(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args, message="Photo not found.")
    text = _comment_text(args)
    author = require_user(ctx)
    comment = Comment(f"{nsid_number(photo.owner)}-{photo.id}-{ctx.store.new_seq()}",
                      author.nsid, text, int(time.time()), photo.id)
    photo.comments.append(comment)
    touched(photo)  # recentlyUpdated lists a photo "a comment has been added" to (its text)
    payload = comment_payload(ctx, comment, photo_page(ctx.store, photo))
    for key in ("author_is_deleted", "iconserver", "iconfarm"):  # getList only (2023 capture)
        del payload[key]
    payload["iconurls"] = {name: buddyicon(author, suffix) for name, suffix in (
        ("retina", "r"), ("large", "l"), ("medium", "m"), ("small", "s"), ("default", ""))}
    return {"comment": payload}


def _find_comment(ctx: Ctx, args: Dict[str, str]) -> Tuple[Photo, Comment]:
    comment_id = args.get("comment_id", "").strip()
    parts = comment_id.split("-")
    photo = ctx.store.photos.get(parts[1]) if len(parts) == 3 else None
    if photo is not None and not ctx.store.can_see(photo, ctx.user_nsid):
        raise ApiFail(1, "Photo not found.")
    comment = next((c for c in photo.comments if c.id == comment_id), None) if photo else None
    if photo is None or comment is None:
        raise ApiFail(2, "Comment not found.")
    return photo, comment


@handles("flickr.photos.comments.editComment")
def edit_comment(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, comment = _find_comment(ctx, args)
    if comment.author != ctx.user_nsid:
        raise ApiFail(2, "Comment not found.")
    comment.text = _comment_text(args)
    return {}


@handles("flickr.photos.comments.deleteComment")
def delete_comment(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo, comment = _find_comment(ctx, args)
    if ctx.user_nsid not in (comment.author, photo.owner):
        raise ApiFail(2, "Comment not found.")
    photo.comments.remove(comment)
    return {}


@handles("flickr.photos.comments.getRecentForContacts")
def comments_recent_for_contacts(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    wanted = set(id_list(args, "contacts_filter")) or set(user.contacts)
    since = date_arg(args.get("date_lastcomment", "")) or 0
    photos = [p for p in ctx.store.visible(user.nsid) if p.owner in wanted and p.comments
              and max(c.datecreate for c in p.comments) >= since]
    photos.sort(key=lambda p: -max(c.datecreate for c in p.comments))
    return photo_list(ctx, args, photos)
