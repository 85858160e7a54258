"""The emulator's flickr.auth.oauth.* methods."""

from __future__ import annotations

import hashlib
from typing import Dict

from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import auth_user, content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload

_PERM_NAMES = {0: "none", 1: "read", 2: "write", 3: "delete"}


@handles("flickr.auth.oauth.checkToken")
def oauth_check_token(ctx: Ctx, args: Dict[str, str]) -> Payload:
    """Flickr reads the token to check from the ``oauth_token`` argument, never from the
    signature: without the argument it answers 98 "Invalid token" (what flickrapi's
    token_valid() gets from Flickr). Whether it answers for another token of the same app is
    not known; the emulator only vouches for the token that signs the call."""
    token = args.get("oauth_token", "")
    if not token or token != ctx.token or ctx.user_nsid not in ctx.store.users:
        raise ApiFail(98, "Invalid token")
    return {"oauth": {"token": content(token),
                      "perms": content(_PERM_NAMES.get(ctx.perms, "none")),
                      "user": auth_user(ctx.store.users[ctx.user_nsid])}}


@handles("flickr.auth.oauth.getAccessToken")
def oauth_get_access_token(ctx: Ctx, args: Dict[str, str]) -> Payload:
    token = args.get("auth_token", "").strip()
    if token not in ctx.store.legacy_tokens:
        raise ApiFail(98, "Invalid auth token")
    digest = hashlib.sha1(f"oauth/{token}".encode()).hexdigest()
    return {"auth": {"access_token": {"oauth_token": f"72157{int(digest[:12], 16) % 10**12:012d}"
                                                     f"-{digest[12:28]}",
                                      "oauth_token_secret": digest[28:]}}}
