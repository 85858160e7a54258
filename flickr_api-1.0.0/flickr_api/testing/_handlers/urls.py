"""The emulator's flickr.urls.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._args import group_arg, user_or_caller
from flickr_api.testing._handlers._galleries import gallery_entry
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


@handles("flickr.urls.lookupGallery")
def lookup_gallery(ctx: Ctx, args: Dict[str, str]) -> Payload:
    url = args.get("url", "").strip().rstrip("/")
    short = url.rsplit("/", 1)[-1]
    gallery = next((g for g in ctx.store.galleries.values() if short in (g.short_id, g.id)), None)
    if not url or gallery is None:
        raise ApiFail(1, "Gallery not found")
    return {"gallery": gallery_entry(ctx, gallery)}


@handles("flickr.urls.getUserPhotos")
def urls_user_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args, 2, "No user specified")
    return {"user": {"nsid": user.nsid,
                     "url": f"https://www.flickr.com/photos/{user.url_name}/"}}


@handles("flickr.urls.getUserProfile")
def urls_user_profile(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args, 2, "No user specified")
    return {"user": {"nsid": user.nsid,
                     "url": f"https://www.flickr.com/people/{user.url_name}/"}}


@handles("flickr.urls.getGroup")
def urls_group(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    return {"group": {"nsid": group.nsid,
                      "url": f"https://www.flickr.com/groups/{group.path_alias or group.nsid}/"}}


def _url_segment(url: str, marker: str) -> str:
    """The path part after ``/marker/`` in a flickr.com URL ("" if absent)."""
    path = url.split("://", 1)[-1].split("?", 1)[0]
    parts = [p for p in path.split("/") if p]
    return parts[parts.index(marker) + 1] if marker in parts[:-1] else ""


@handles("flickr.urls.lookupUser")
def urls_lookup_user(ctx: Ctx, args: Dict[str, str]) -> Payload:
    url = args.get("url", "").strip()
    name = _url_segment(url, "photos") or _url_segment(url, "people")
    user = ctx.store.find_user(name) if name else None
    if user is None or user.deleted:
        raise ApiFail(1, "User not found")
    return {"user": {"id": user.nsid, "username": content(user.username)}}


@handles("flickr.urls.lookupGroup")
def urls_lookup_group(ctx: Ctx, args: Dict[str, str]) -> Payload:
    name = _url_segment(args.get("url", "").strip(), "groups")
    group = next((g for g in ctx.store.groups.values() if name in (g.nsid, g.path_alias)), None)
    if not name or group is None:
        raise ApiFail(1, "Group not found")
    return {"group": {"id": group.nsid, "groupname": content(group.name)}}
