"""The emulator's flickr.activity.* methods."""

from __future__ import annotations

import time
from typing import Any, Dict, List

from flickr_api.testing._handlers._args import require_user
from flickr_api.testing._handlers._paging import page_of
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import Ctx, Payload
from flickr_api.testing._records import Comment, Photo


def _activity_item(ctx: Ctx, photo: Photo, events: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {"type": "photo", "id": photo.id, "owner": photo.owner,
            "ownername": ctx.store.users[photo.owner].username, "secret": photo.secret,
            "server": photo.server, "farm": photo.farm, "comments": len(photo.comments),
            "notes": len(photo.notes), "views": photo.views,
            "faves": sum(photo.id in f for f in ctx.store.faves.values()), "more": 0,
            "media": photo.media, "title": {"_content": photo.title},
            "activity": {"event": events}}


def _event(ctx: Ctx, comment: Comment) -> Dict[str, Any]:
    author = ctx.store.users.get(comment.author)
    return {"type": "comment", "commentid": comment.id.rsplit("-", 1)[-1], "user": comment.author,
            "username": author.username if author else "", "dateadded": str(comment.datecreate),
            "_content": comment.text}


@handles("flickr.activity.userComments")
def activity_user_comments(ctx: Ctx, args: Dict[str, str]) -> Payload:
    """Recent activity on photos the caller commented on."""
    user = require_user(ctx)
    photos = [p for p in ctx.store.visible(user.nsid)
              if p.owner != user.nsid and any(c.author == user.nsid for c in p.comments)]
    photos.sort(key=lambda p: -max(c.datecreate for c in p.comments))
    meta, chunk = page_of(args, photos, default=10, maximum=50)
    meta["item"] = [_activity_item(ctx, p, [_event(ctx, c) for c in p.comments]) for p in chunk]
    return {"items": meta}


@handles("flickr.activity.userPhotos")
def activity_user_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    """Recent comments on the caller's photos (timeframe like 2d or 4h limits the age)."""
    user = require_user(ctx)
    timeframe = args.get("timeframe", "").strip()
    since = 0
    if timeframe[:-1].isdigit() and timeframe[-1:] in ("d", "h"):
        since = int(time.time()) - int(timeframe[:-1]) * (86400 if timeframe[-1] == "d" else 3600)
    photos = [p for p in ctx.store.photos.values() if p.owner == user.nsid
              and any(c.datecreate >= since for c in p.comments)]
    photos.sort(key=lambda p: -max(c.datecreate for c in p.comments))
    meta, chunk = page_of(args, photos, default=10, maximum=50)
    meta["item"] = [_activity_item(ctx, p, [_event(ctx, c) for c in p.comments
                                            if c.datecreate >= since]) for p in chunk]
    return {"items": meta}
