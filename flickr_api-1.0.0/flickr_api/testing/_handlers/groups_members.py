"""The emulator's flickr.groups.members.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._args import group_arg
from flickr_api.testing._handlers._groups import readable
from flickr_api.testing._handlers._paging import list_payload
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


@handles("flickr.groups.members.getList")
def members_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    if not readable(ctx, group):
        raise ApiFail(1, "Group not found")
    types = {int(t) for t in args.get("membertypes", "").split(",") if t.strip().isdigit()}
    store = ctx.store
    members = [(n, t) for n, t in group.members.items() if n in store.users
               and (not types or t in types)]
    members.sort(key=lambda m: (-m[1], store.users[m[0]].username.casefold()))
    return list_payload("members", "member", args, members, lambda m: {
        "nsid": m[0], "username": store.users[m[0]].username,
        "iconserver": store.users[m[0]].iconserver, "iconfarm": store.users[m[0]].iconfarm,
        "membertype": m[1]})
