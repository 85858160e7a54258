"""The emulator's flickr.collections.* methods."""

from __future__ import annotations

from typing import Any, Dict, List

from flickr_api.testing._handlers._args import user_or_caller
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content, photo_item
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Collection, Photo


def _icon(size: str) -> str:
    return f"https://www.flickr.com/images/collection_default_{size}.gif"


def _tree(ctx: Ctx, collection: Collection) -> Dict[str, Any]:
    sets = [ctx.store.photosets[s] for s in collection.sets if s in ctx.store.photosets]
    node: Dict[str, Any] = {
        "id": collection.id, "title": collection.title, "description": collection.description,
        "iconlarge": _icon("l"), "iconsmall": _icon("s")}
    if collection.children:
        node["collection"] = [_tree(ctx, c) for c in collection.children]
    node["set"] = [{"id": s.id, "title": s.title, "description": s.description} for s in sets]
    return node


@handles("flickr.collections.getTree")
def collections_get_tree(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args)
    wanted = args.get("collection_id", "").strip()
    if wanted and wanted != "0":
        found = [c for c in ctx.store.all_collections() if c.id == wanted and c.owner == user.nsid]
        if not found:
            raise ApiFail(2, "Collection not found")
    else:
        found = [c for c in ctx.store.collections.values() if c.owner == user.nsid]
    return {"collections": {"collection": [_tree(ctx, c) for c in found]}}


@handles("flickr.collections.getInfo")
def collections_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    wanted = args.get("collection_id", "").strip()
    collection = next((c for c in ctx.store.all_collections()
                       if c.id == wanted and c.owner == ctx.user_nsid), None)
    if collection is None:
        raise ApiFail(1, "Collection not found")
    photos: List[Photo] = []
    for set_id in collection.sets:
        photoset = ctx.store.photosets.get(set_id)
        if photoset is not None:
            photos.extend(ctx.store.photos[p] for p in photoset.photos[:3])
    return {"collection": {
        "id": collection.id, "child_count": len(collection.children) + len(collection.sets),
        "datecreate": str(collection.datecreate), "iconlarge": _icon("l"),
        "iconsmall": _icon("s"), "server": "0", "secret": "",
        "title": content(collection.title), "description": content(collection.description),
        "iconphotos": {"photo": [photo_item(ctx, p, set()) for p in photos[:12]]}}}
