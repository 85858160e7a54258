"""flickr.test.*, reflection.*, auth.* and the small read-only namespaces."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any, Dict

from flickr_api import _catalog
from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    content,
    handles,
    require_user,
)
from flickr_api.testing._store import User

_PERM_NAMES = {0: "none", 1: "read", 2: "write", 3: "delete"}
_EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples.json"


@handles("flickr.test.echo")
def echo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    result: Payload = {name: content(value) for name, value in args.items()}
    result["method"] = content("flickr.test.echo")
    return result


@handles("flickr.test.login")
def login(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    return {"user": {"id": user.nsid, "path_alias": user.path_alias,
                     "username": content(user.username)}}


@handles("flickr.test.null")
def null(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {}


# ------------------------------------------------------------------ reflection


@functools.lru_cache(maxsize=1)
def _examples() -> Dict[str, str]:
    data: Dict[str, str] = json.loads(_EXAMPLES.read_text(encoding="utf-8"))
    return data


@handles("flickr.reflection.getMethods")
def get_methods(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"methods": {"method": [content(name) for name in sorted(_catalog.methods())]}}


@handles("flickr.reflection.getMethodInfo")
def get_method_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    name = args.get("method_name", "").strip()
    spec = _catalog.get(name)
    if spec is None:
        raise ApiFail(1, "Method not found")
    method: Dict[str, Any] = {"name": spec.name, "needslogin": int(spec.needslogin),
                              "needssigning": int(spec.needssigning),
                              "requiredperms": spec.perms_level,
                              "description": content(spec.description)}
    example = _examples().get(name)
    if example:
        method["response"] = content(example)
    if spec.explanation:
        method["explanation"] = content(spec.explanation)
    return {
        "method": method,
        "arguments": {"argument": [{"name": a.name, "optional": int(not a.required),
                                    "_content": a.description} for a in spec.arguments]},
        "errors": {"error": [{"code": e.code, "message": e.message, "_content": e.description}
                             for e in spec.errors]},
    }


# ------------------------------------------------------------------ auth


def _auth_user(user: User) -> Dict[str, Any]:
    return {"nsid": user.nsid, "username": user.username, "fullname": user.realname}


@handles("flickr.auth.oauth.checkToken")
def oauth_check_token(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if ctx.user_nsid is None or ctx.user_nsid not in ctx.store.users:
        raise ApiFail(98, "Invalid auth token")
    return {"oauth": {"token": content(args.get("oauth_token", "")),
                      "perms": content(_PERM_NAMES.get(ctx.perms, "none")),
                      "user": _auth_user(ctx.store.users[ctx.user_nsid])}}


@handles("flickr.auth.oauth.getAccessToken")
def oauth_get_access_token(ctx: Ctx, args: Dict[str, str]) -> Payload:
    token = args.get("auth_token", "").strip()
    if token not in ctx.store.legacy_tokens:
        raise ApiFail(98, "Invalid auth token")
    digest = hashlib.sha1(f"oauth/{token}".encode()).hexdigest()
    return {"auth": {"access_token": {"oauth_token": f"72157{int(digest[:12], 16) % 10**12:012d}"
                                                     f"-{digest[12:28]}",
                                      "oauth_token_secret": digest[28:]}}}


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
                     "user": _auth_user(ctx.store.users[nsid])}}


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
