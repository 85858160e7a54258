"""The emulator's flickr.photos.transform.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._args import owned_photo
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import photoid_payload, touched
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


@handles("flickr.photos.transform.rotate")
def rotate(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    degrees = args.get("degrees", "").strip()
    if degrees not in ("90", "180", "270"):
        raise ApiFail(2, "Invalid rotation")
    photo.rotation = (photo.rotation + int(degrees)) % 360
    photo.secret = ctx.store.new_secret()
    touched(photo)
    return photoid_payload(photo)
