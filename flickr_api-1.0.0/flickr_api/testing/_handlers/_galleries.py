"""Gallery lookups and entries, shared by flickr.galleries and flickr.urls."""

from __future__ import annotations

from typing import Any, Dict, List

from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import Ctx
from flickr_api.testing._records import Gallery, Photo


def gallery_url(ctx: Ctx, gallery: Gallery) -> str:
    user = ctx.store.users[gallery.owner]
    return f"https://www.flickr.com/photos/{user.url_name}/galleries/{gallery.short_id}/"


def gallery_members(ctx: Ctx, gallery: Gallery) -> List[Photo]:
    store = ctx.store
    return [store.photos[pid] for pid in gallery.photos
            if pid in store.photos and store.can_see(store.photos[pid], ctx.user_nsid)]


def gallery_entry(ctx: Ctx, gallery: Gallery) -> Dict[str, Any]:
    store = ctx.store
    owner = store.users[gallery.owner]
    members = gallery_members(ctx, gallery)
    videos = sum(p.media == "video" for p in members)
    entry: Dict[str, Any] = {
        "id": gallery.id, "gallery_id": gallery.short_id, "url": gallery_url(ctx, gallery),
        "owner": gallery.owner, "username": owner.username, "iconserver": owner.iconserver,
        "iconfarm": owner.iconfarm, "primary_photo_id": gallery.primary,
        "date_create": str(gallery.date_create), "date_update": str(gallery.date_update),
        "count_photos": len(members) - videos, "count_videos": videos,
        "count_total": len(members), "count_views": gallery.count_views, "count_comments": 0}
    primary = store.photos.get(gallery.primary)
    if primary is not None:
        entry.update(primary_photo_server=primary.server, primary_photo_farm=primary.farm,
                     primary_photo_secret=primary.secret)
    entry["title"] = content(gallery.title)
    entry["description"] = content(gallery.description)
    return entry
