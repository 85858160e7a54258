"""The emulator's flickr.panda.* methods."""

from __future__ import annotations

import time
from typing import Dict

from flickr_api.testing._handlers._args import extras_of, int_arg
from flickr_api.testing._handlers._filters import interest_score, newest_first
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content, photo_item
from flickr_api.testing._protocol import ApiFail, Ctx, Payload

PANDAS = ("ling ling", "hsing hsing", "wang wang")


@handles("flickr.panda.getList")
def panda_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"pandas": {"panda": [content(name) for name in PANDAS]}}


@handles("flickr.panda.getPhotos")
def panda_get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    name = args.get("panda_name", "").strip().lower()
    if not name:
        raise ApiFail(1, "Required parameter missing.")
    if name not in PANDAS:
        raise ApiFail(2, "Unknown panda")
    index = PANDAS.index(name)
    photos = [p for p in newest_first(ctx.store.photos.values())
              if p.ispublic and interest_score("panda", p) % len(PANDAS) == index]
    count = max(1, min(int_arg(args, "per_page", 100), 500))
    extras = extras_of(args)
    users = ctx.store.users
    return {"photos": {"interval": 60000, "lastupdate": str(int(time.time())),
                       "total": len(photos[:count]), "panda": name,
                       "photo": [photo_item(ctx, p, extras, ownername=users[p.owner].username)
                                 for p in photos[:count]]}}
