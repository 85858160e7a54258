"""The emulator's flickr.test.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._args import require_user
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import Ctx, Payload


@handles("flickr.test.echo")
def echo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    result: Payload = {name: content(value) for name, value in args.items()}
    result["method"] = content("flickr.test.echo")
    return result


@handles("flickr.test.login")
def login(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    return {"user": {"id": user.nsid, "username": content(user.username)}}


@handles("flickr.test.null")
def null(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {}
