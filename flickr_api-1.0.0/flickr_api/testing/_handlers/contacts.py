"""The emulator's flickr.contacts.* methods."""

from __future__ import annotations

import time
from typing import Any, Callable, Dict

from flickr_api.testing._handlers._args import require_user, user_arg
from flickr_api.testing._handlers._paging import list_payload
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import person_brief
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


def _contact_filter(name: str) -> Callable[[Any], bool]:
    return {"friends": lambda c: bool(c.friend), "family": lambda c: bool(c.family),
            "both": lambda c: bool(c.friend and c.family),
            "neither": lambda c: not (c.friend or c.family),
            "ff": lambda c: bool(c.friend or c.family)}.get(name, lambda c: True)


@handles("flickr.contacts.getList")
def contacts_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    sort = args.get("sort", "name").strip() or "name"
    if sort not in ("name", "time"):
        raise ApiFail(1, "Invalid sort parameter.")
    keep = _contact_filter(args.get("filter", "").strip())
    store = ctx.store
    entries = [(nsid, c) for nsid, c in user.contacts.items() if keep(c) and nsid in store.users]
    if sort == "name":
        entries.sort(key=lambda e: store.users[e[0]].username.casefold())
    else:
        entries.sort(key=lambda e: -e[1].date_added)
    return list_payload("contacts", "contact", args, entries, lambda e: person_brief(
        store, e[0], ignored=e[1].ignored, rev_ignored=0, friend=e[1].friend, family=e[1].family,
        location=store.users[e[0]].location), default=1000, maximum=1000)


@handles("flickr.contacts.getPublicList")
def contacts_get_public_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args)
    store = ctx.store
    entries = sorted((n for n in user.contacts if n in store.users),
                     key=lambda n: store.users[n].username.casefold())
    return list_payload("contacts", "contact", args, entries, lambda n: {
        "nsid": n, "username": store.users[n].username, "iconserver": store.users[n].iconserver,
        "iconfarm": store.users[n].iconfarm, "ignored": user.contacts[n].ignored,
        "path_alias": store.users[n].path_alias}, default=1000, maximum=1000)


@handles("flickr.contacts.getListRecentlyUploaded")
def contacts_recently_uploaded(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    since_raw = args.get("date_lastupload", "").strip()
    since = int(since_raw) if since_raw.isdigit() else int(time.time()) - 3600
    keep = _contact_filter(args.get("filter", "all").strip())
    counts: Dict[str, int] = {}
    for photo in ctx.store.visible(user.nsid):
        contact = user.contacts.get(photo.owner)
        if contact is not None and keep(contact) and photo.dateupload >= since:
            counts[photo.owner] = counts.get(photo.owner, 0) + 1
    contacts = [person_brief(ctx.store, nsid, photos_uploaded=n, friend=user.contacts[nsid].friend,
                             family=user.contacts[nsid].family) for nsid, n in counts.items()]
    return {"contacts": {"total": len(contacts), "contact": contacts}}


@handles("flickr.contacts.getTaggingSuggestions")
def contacts_tagging_suggestions(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    store = ctx.store
    entries = [n for n in user.contacts if n in store.users]
    return list_payload("contacts", "contact", args, entries, lambda n: person_brief(
        store, n, friend=user.contacts[n].friend, family=user.contacts[n].family),
        default=1000, maximum=1000)
