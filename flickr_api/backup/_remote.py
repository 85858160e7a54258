"""What an account already holds, for uploads that must never send a file twice: its photo
ids and the SHA-1 checksums recorded on its photos as machine tags.

A photo uploaded by :func:`~flickr_api.backup.sync_up` or :func:`~flickr_api.backup.restore`
carries ``checksum:sha1=<hex>`` from the moment it exists (the tag goes with the upload), so
any machine can tell which files Flickr has without a local database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from flickr_api.backup._values import tag_texts

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["CHECKSUM_TAG", "RemoteIndex", "album_ids_by_title", "checksum_tag", "ensure_album",
           "remote_index"]

#: The machine tag recording a file's SHA-1 on the photo made from it.
CHECKSUM_TAG = "checksum:sha1="


def checksum_tag(sha1: str) -> str:
    return f"{CHECKSUM_TAG}{sha1}"


@dataclass
class RemoteIndex:
    """The account's photo ids, and photo id by recorded SHA-1."""

    ids: set[str] = field(default_factory=set)
    by_sha1: dict[str, str] = field(default_factory=dict)


def remote_index(client: Client, nsid: str) -> RemoteIndex:
    """Every photo of the account, one request per 500 photos."""
    objects = client.objects
    index = RemoteIndex()
    for photo in objects.Walker(objects.Person(id=nsid).getPhotos, extras="machine_tags"):
        photo_id = str(photo.id)
        index.ids.add(photo_id)
        for tag in tag_texts(photo.get("machine_tags")):
            if tag.startswith(CHECKSUM_TAG):
                index.by_sha1.setdefault(tag[len(CHECKSUM_TAG):], photo_id)
    return index


def album_ids_by_title(client: Client, nsid: str) -> dict[str, str]:
    """The user's albums: title -> id (the first of albums with one title)."""
    objects = client.objects
    found: dict[str, str] = {}
    for album in objects.Walker(objects.Person(id=nsid).getPhotosets):
        found.setdefault(str(album.get("title") or ""), str(album.id))
    return found


def ensure_album(client: Client, nsid: str, title: str, photo_ids: list[str],
                 album_id: Optional[str] = None, description: str = "") -> str:
    """Make ``nsid``'s album ``album_id`` (or a new one called ``title``) hold ``photo_ids``:
    the missing ones are added, in order; returns the album's id."""
    if not photo_ids:
        raise ValueError("an album needs at least one photo")
    missing = list(photo_ids)
    if album_id is None:
        reply = client.call("flickr.photosets.create", title=title, description=description,
                            primary_photo_id=missing.pop(0))
        album_id = str(reply["photoset"]["id"])
    else:
        objects = client.objects
        there = {str(p.id) for p in objects.Walker(
            objects.Photoset(id=album_id, owner=nsid).getPhotos, extras="media")}
        missing = [p for p in missing if p not in there]
    for photo_id in missing:
        client.call("flickr.photosets.addPhoto", photoset_id=album_id, photo_id=photo_id)
    return album_id
