"""The emulator's flickr.auth.* methods."""

from __future__ import annotations

import hashlib
from typing import Dict

from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import auth_user, content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


@handles("flickr.auth.getFrob")
def get_frob(ctx: Ctx, args: Dict[str, str]) -> Payload:
    frob = f"72157{ctx.store.new_seq()[-12:]}-{hashlib.sha1(ctx.api_key.encode()).hexdigest()[:16]}"
    ctx.store.legacy_tokens[frob] = (ctx.store.default_user_nsid, "read")
    return {"frob": content(frob)}


def _legacy_auth(ctx: Ctx, key: str, code: int, message: str, new_token: bool) -> Payload:
    entry = ctx.store.legacy_tokens.get(key)
    if entry is None:
        raise ApiFail(code, message)
    token = key
    if new_token:
        token = f"{ctx.store.new_seq()}-{hashlib.sha1(key.encode()).hexdigest()[:16]}"
        ctx.store.legacy_tokens[token] = entry
    nsid, perms = entry
    return {"auth": {"token": content(token), "perms": content(perms),
                     "user": auth_user(ctx.store.users[nsid])}}


@handles("flickr.auth.getToken")
def get_token(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _legacy_auth(ctx, args.get("frob", "").strip(), 108, "Invalid frob", new_token=True)


@handles("flickr.auth.getFullToken")
def get_full_token(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _legacy_auth(ctx, args.get("mini_token", "").strip(), 1, "Mini-token not found",
                        new_token=True)


@handles("flickr.auth.checkToken")
def check_token(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _legacy_auth(ctx, args.get("auth_token", "").strip(), 98, "Invalid auth token",
                        new_token=False)
