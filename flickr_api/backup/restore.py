"""Upload a backup into an account, the same one or another: photos with their titles,
descriptions, tags, dates taken, privacy, safety level, license and geo, then the albums with
their photos in order, in the backup's album order.

::

    summary = flickr_api.backup.restore("~/flickr-backup", client=new_account)
    print(summary)          # 1200 uploaded, 0 already there, 0 failed, 14 albums

Run it again after a crash: files carry their SHA-1 as the machine tag ``checksum:sha1=<hex>``
from the moment they are uploaded, so nothing is uploaded twice, and a journal in the backup
folder (``restore-<account>.log``) records which items have all their metadata set. Photos
still in the account (restoring into the account the backup was made of) are kept as they are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from flickr_api.backup._files import (
    REFETCH_METADATA,
    RELIST_ALBUM,
    inside,
    is_name_part,
    json_path,
    name_part,
    read_json,
)
from flickr_api.backup._manifest import MANIFEST_NAME, PhotoRow, opened
from flickr_api.backup._remote import checksum_tag, ensure_album, remote_index
from flickr_api.backup._sets import album_file
from flickr_api.backup._values import int_of
from flickr_api.errors import BackupError, FlickrError
from flickr_api.transfer.upload import upload

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["RestoreSummary", "restore"]

#: What a restore reads of a photo's metadata file, and of an album's file.
_PHOTO_FIELDS = {"title": str, "description": str, "tags": list, "machine_tags": list,
                 "privacy": dict, "dates": dict}
_ALBUM_FIELDS = {"title": str, "photos": list}
#: Licenses a restore leaves as the account's default: 0 (all rights reserved) is it, and
#: ``setLicense`` refuses 7 ("no known copyright restrictions", Flickr Commons only).
_LICENSES_KEPT = ("0", "7")


@dataclass
class RestoreSummary:
    """What :func:`restore` did."""

    uploaded: int = 0
    already_there: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    albums: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def __str__(self) -> str:
        return (f"{self.uploaded} uploaded, {self.already_there} already there, "
                f"{len(self.failed)} failed, {self.albums} albums")


class _Journal:
    """Lines ``photo OLD NEW`` and ``album OLD NEW``, appended once an item is complete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.photos: dict[str, str] = {}
        self.albums: dict[str, str] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                kind, _, rest = line.partition(" ")
                old, _, new = rest.partition(" ")
                # A cut last line, or a damaged one, is left out: its item is set again.
                if kind in ("photo", "album") and is_name_part(old) and is_name_part(new):
                    (self.photos if kind == "photo" else self.albums)[old] = new

    def add(self, kind: str, old: str, new: str) -> None:
        (self.photos if kind == "photo" else self.albums)[old] = new
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(f"{kind} {old} {new}\n")
            out.flush()
            os.fsync(out.fileno())


def restore(
    backup_folder: Union[str, os.PathLike[str]],
    *,
    client: Optional[Client] = None,
    progress: Optional[Callable[[int, Optional[int]], None]] = None,
) -> RestoreSummary:
    """Upload the backup in ``backup_folder`` into the authorized account (see the module)."""
    if client is None:
        from flickr_api.client import default_client

        client = default_client()
    root = Path(backup_folder).expanduser()
    if not (root / MANIFEST_NAME).is_file():
        raise BackupError(f"{root} holds no backup (no {MANIFEST_NAME})")
    me = str(client.call("flickr.test.login")["user"]["id"])
    journal = _Journal(root / f"restore-{name_part(me, 'your user id').replace('@', '_')}.log")
    remote = remote_index(client, me)
    summary = RestoreSummary()
    with opened(root) as manifest:
        total = manifest.photo_count()
        for number, row in enumerate(manifest.photos(), 1):
            try:
                _restore_photo(client, root, row, remote.ids, remote.by_sha1, journal, summary)
            except (FlickrError, OSError) as error:
                summary.failed.append((row.id, str(error) or type(error).__name__))
            if progress is not None:
                progress(number, total)
        albums = [album_id for album_id, _ in manifest.albums()]
    objects = client.objects
    existing = {str(a.id) for a in objects.Walker(objects.Person(id=me).getPhotosets)}
    restored = [_restore_album(client, root, me, album_id, existing, journal, summary)
                for album_id in albums]
    order = [album_id for album_id in restored if album_id]
    if order:
        client.call("flickr.photosets.orderSets", photoset_ids=",".join(order))
    return summary


def _restore_photo(client: Client, root: Path, row: PhotoRow, ids: set[str],
                   by_sha1: dict[str, str], journal: _Journal, summary: RestoreSummary) -> None:
    if row.id in journal.photos:
        summary.already_there += 1
        return
    if row.id in ids:  # the account the backup was made of still has it
        journal.add("photo", row.id, row.id)
        summary.already_there += 1
        return
    record = read_json(inside(root, json_path(row.id)), REFETCH_METADATA, _PHOTO_FIELDS)
    new_id = by_sha1.get(row.sha1)
    if new_id is None:
        privacy = record["privacy"]
        safety = int_of(record.get("safety_level"))
        photo = upload(
            photo_file=inside(root, row.file), title=record["title"],
            description=record["description"],
            tags=[*record["tags"], *record["machine_tags"], checksum_tag(row.sha1)],
            is_public=bool(privacy.get("public")), is_friend=bool(privacy.get("friend")),
            is_family=bool(privacy.get("family")),
            safety_level=None if safety is None else safety + 1, client=client)
        new_id = by_sha1[row.sha1] = str(photo.id)
        summary.uploaded += 1
    else:  # uploaded by a run that stopped before the rest: set everything again
        _set_again(client, new_id, record, row.sha1)
        summary.already_there += 1
    _set_details(client, new_id, record)
    journal.add("photo", row.id, new_id)


def _set_again(client: Client, photo_id: str, record: dict[str, Any], sha1: str) -> None:
    """What an upload sets, set on a photo already there (each call sets it whole)."""
    privacy = record["privacy"]
    client.call("flickr.photos.setMeta", photo_id=photo_id, title=record["title"],
                description=record["description"])
    client.call("flickr.photos.setTags", photo_id=photo_id,
                tags=[*record["tags"], *record["machine_tags"], checksum_tag(sha1)])
    client.call("flickr.photos.setPerms", photo_id=photo_id,
                is_public=int(bool(privacy.get("public"))),
                is_friend=int(bool(privacy.get("friend"))),
                is_family=int(bool(privacy.get("family"))), perm_comment=3, perm_addmeta=2)
    safety = int_of(record.get("safety_level"))
    if safety is not None:
        client.call("flickr.photos.setSafetyLevel", photo_id=photo_id, safety_level=safety + 1)


def _set_details(client: Client, photo_id: str, record: dict[str, Any]) -> None:
    """What an upload cannot set: the date taken, the license, the place."""
    dates = record["dates"]
    if dates.get("taken") and not dates.get("taken_unknown"):
        client.call("flickr.photos.setDates", photo_id=photo_id, date_taken=dates["taken"],
                    date_taken_granularity=dates.get("taken_granularity") or 0)
    if str(record.get("license") or "0") not in _LICENSES_KEPT:
        client.call("flickr.photos.licenses.setLicense", photo_id=photo_id,
                    license_id=record["license"])
    geo = record.get("geo")
    if isinstance(geo, dict) and geo.get("latitude") is not None \
            and geo.get("longitude") is not None:
        args = {"accuracy": geo["accuracy"]} if geo.get("accuracy") else {}
        client.call("flickr.photos.geo.setLocation", photo_id=photo_id, lat=geo["latitude"],
                    lon=geo["longitude"], **args)


def _restore_album(client: Client, root: Path, me: str, album_id: str, existing: set[str],
                   journal: _Journal, summary: RestoreSummary) -> Optional[str]:
    """The album with its restored photos in order (its id), or None if none was restored."""
    album = read_json(inside(root, album_file(album_id)), RELIST_ALBUM, _ALBUM_FIELDS)
    photos = [journal.photos[p] for p in album["photos"]
              if isinstance(p, str) and p in journal.photos]
    if not photos:
        return None
    primary = journal.photos.get(album.get("primary", ""), photos[0])
    target = journal.albums.get(album_id)
    if target is None:
        target = ensure_album(client, me, album["title"], [primary],
                              album_id if album_id in existing else None,
                              album.get("description", ""))
        journal.add("album", album_id, target)
    client.call("flickr.photosets.editPhotos", photoset_id=target, primary_photo_id=primary,
                photo_ids=",".join(photos))
    summary.albums += 1
    return target
