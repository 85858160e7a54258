"""The emulator's flickr.interestingness.* methods."""

from __future__ import annotations

import time
from typing import Dict

from flickr_api.testing._handlers._args import date_arg
from flickr_api.testing._handlers._filters import interest_score
from flickr_api.testing._handlers._paging import photo_list
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


@handles("flickr.interestingness.getList")
def interestingness_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    day = args.get("date", "").strip()
    if day and date_arg(day) is None:
        raise ApiFail(1, "Not a valid date string.")
    key = day or time.strftime("%Y-%m-%d", time.gmtime(time.time() - 86400))
    photos = [p for p in ctx.store.photos.values() if p.ispublic and p.hidden != 2]
    photos.sort(key=lambda p: (-(p.views + interest_score(key, p)), -int(p.id)))
    return photo_list(ctx, args, photos[:500])
