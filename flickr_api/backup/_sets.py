"""Albums, collections and galleries of a backup: one file each, in the account's order.

An album's photos are listed again only when the album list shows it changed (its
``date_update`` or its count), so an unchanged account costs one page of album list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from flickr_api.backup._files import (
    RELIST_ALBUM,
    inside,
    move_aside,
    name_part,
    read_json,
    write_json,
)
from flickr_api.backup._values import int_of, list_of, text_of

if TYPE_CHECKING:
    from flickr_api.backup._manifest import Manifest
    from flickr_api.client import Client

__all__ = ["SetChanges", "album_file", "drop_deleted_photo", "save_albums", "save_collections",
           "save_galleries"]

ALBUMS = "albums"
GALLERIES = "galleries"
COLLECTIONS = "collections.json"


def album_file(album_id: str) -> str:
    return f"{ALBUMS}/{album_id}.json"


@dataclass
class SetChanges:
    """What the albums step found (the photos whose albums changed are the manifest's
    ``album_dirty``, committed with the albums)."""

    albums_changed: int = 0
    albums_removed: int = 0


def save_albums(client: Client, nsid: str, root: Path, manifest: Manifest,
                run: int) -> SetChanges:
    """Bring ``albums/`` up to date; albums gone from Flickr are moved to the attic."""
    objects = client.objects
    changes = SetChanges()
    order = []
    for position, album in enumerate(objects.Walker(objects.Person(id=nsid).getPhotosets)):
        album_id = name_part(str(album.id), "the album id")
        title = text_of(album.get("title"))
        order.append({"id": album_id, "title": title})
        stamp = int_of(album.get("date_update")) or 0
        count = (int_of(album.get("photos")) or 0) + (int_of(album.get("videos")) or 0)
        if manifest.album(album_id) == (stamp, count) and (root / album_file(album_id)).exists():
            manifest.put_album(album_id, position, title, stamp, count, run)
            continue
        members = [name_part(str(p.id), f"a photo id of album {album_id}") for p in
                   objects.Walker(objects.Photoset(id=album_id, owner=nsid).getPhotos,
                                  extras="media")]
        changes.albums_changed += 1
        write_json(root / album_file(album_id), {
            "id": album_id, "title": title, "description": text_of(album.get("description")),
            "primary": str(album.get("primary") or ""),
            "date_create": int_of(album.get("date_create")), "date_update": stamp,
            "photos": members,
        })
        with manifest.transaction():
            manifest.set_album_photos(album_id, members)
            manifest.put_album(album_id, position, title, stamp, count, run)
    for album_id in manifest.unseen_albums(run):
        changes.albums_removed += 1
        move_aside(root, album_file(album_id), ALBUMS)
        with manifest.transaction():
            manifest.drop_album(album_id)
    write_json(root / ALBUMS / "index.json", order)
    return changes


def drop_deleted_photo(root: Path, manifest: Manifest, photo_id: str) -> None:
    """Take a photo deleted on Flickr out of the album files that list it."""
    for album_id in manifest.drop_from_albums(photo_id):
        path = inside(root, album_file(album_id))
        if path.exists():
            album = read_json(path, RELIST_ALBUM, {"photos": list})
            album["photos"] = [p for p in album["photos"] if p != photo_id]
            write_json(path, album)


def save_collections(client: Client, nsid: str, root: Path) -> None:
    """``collections.json``: the collection tree with its albums, in order (one request)."""
    reply = client.call("flickr.collections.getTree", user_id=nsid)
    write_json(root / COLLECTIONS, [_collection(c) for c in list_of(
        (reply.get("collections") or {}).get("collection"))])


def _collection(node: dict[str, Any]) -> dict[str, Any]:
    return {"id": node.get("id"), "title": text_of(node.get("title")),
            "description": text_of(node.get("description")),
            "albums": [str(s.get("id")) for s in list_of(node.get("set"))],
            "collections": [_collection(c) for c in list_of(node.get("collection"))]}


def _galleries(client: Client, nsid: str) -> Iterator[dict[str, Any]]:
    """The user's galleries, paged as ``galleries.getList`` asks: each call relays the
    ``continuation`` of the reply before, from 0 to -1 on the last page."""
    continuation = "0"
    while True:
        reply = client.call("flickr.galleries.getList", user_id=nsid, per_page=500,
                            continuation=continuation, short_limit=0)["galleries"]
        galleries = list_of(reply.get("gallery"))
        yield from galleries
        following = str(reply.get("continuation", "-1"))
        if not galleries or following in ("-1", continuation):
            return
        continuation = following


def save_galleries(client: Client, nsid: str, root: Path, manifest: Manifest,
                   run: int) -> None:
    """``galleries/<id>.json`` with the photos in order (other people's photos: ids and
    owners only, their files are not theirs to back up)."""
    for gallery in _galleries(client, nsid):
        gallery_id = name_part(str(gallery.get("id")), "the gallery id")
        stamp = int_of(gallery.get("date_update")) or 0
        path = root / GALLERIES / f"{gallery_id}.json"
        if manifest.gallery(gallery_id) != stamp or not path.exists():
            photos = client.objects.Walker(client.objects.Gallery(id=gallery_id).getPhotos,
                                           extras="owner_name")
            write_json(path, {
                "id": gallery_id, "title": text_of(gallery.get("title")),
                "description": text_of(gallery.get("description")),
                "url": gallery.get("url"), "date_update": stamp,
                "photos": [{"id": str(p.id), "owner": str(getattr(p.get("owner"), "id", "")),
                            "title": text_of(p.get("title"))} for p in photos],
            })
        with manifest.transaction():
            manifest.put_gallery(gallery_id, stamp, run)
    for gallery_id in manifest.unseen_galleries(run):
        move_aside(root, f"{GALLERIES}/{gallery_id}.json", GALLERIES)
        with manifest.transaction():
            manifest.drop_gallery(gallery_id)
