"""Back up an account: originals, a metadata file per item, albums, collections, galleries.

::

    summary = flickr_api.backup.backup("~/flickr-backup", layout="by-album")
    print(summary)      # 1200 downloaded, 1200 metadata files, 0 unchanged, ...

The first run lists every photo; later runs of your own account ask Flickr only what changed
since (``flickr.photos.recentlyUpdated``) and notice deletions by the photo count, listing
everything again only when something was deleted. Each item is recorded in the manifest once
its file and metadata are on disk, so a run killed anywhere resumes where it stopped.
"""

from __future__ import annotations

import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Union

from flickr_api.backup._files import (
    REFETCH_METADATA,
    adopt_file,
    inside,
    json_path,
    move_aside,
    name_part,
    read_json,
    sha1_of,
    store_stem,
    write_json,
)
from flickr_api.backup._manifest import Manifest, PhotoRow, opened
from flickr_api.backup._metadata import LISTING_EXTRAS, details_of, from_listing, listing_version
from flickr_api.backup._sets import (
    drop_deleted_photo,
    save_albums,
    save_collections,
    save_galleries,
)
from flickr_api.backup._values import int_of
from flickr_api.backup.layouts import LINKS, build_layout
from flickr_api.errors import BackupError, FlickrError
from flickr_api.transfer import download_photo
from flickr_api.transfer.download import EXTENSIONS

if TYPE_CHECKING:
    import os

    from flickr_api.client import Client

__all__ = ["BackupInterrupted", "BackupSummary", "backup"]

#: Photos a listing page asks for (Flickr's largest page).
PAGE = 500
#: A progress callback: (items done, items to do or None).
BackupProgress = Optional[Callable[[int, Optional[int]], None]]


class BackupInterrupted(Exception):
    """Raised inside downloads to stop them at once when the run is interrupted."""


@dataclass
class BackupSummary:
    """What a :func:`backup` run did."""

    incremental: bool = False
    downloaded: int = 0
    metadata: int = 0
    unchanged: int = 0
    replaced: int = 0
    deleted: int = 0
    albums_changed: int = 0
    albums_removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def __str__(self) -> str:
        kind = "incremental" if self.incremental else "full"
        return (f"{kind} run: {self.downloaded} downloaded, {self.metadata} metadata files "
                f"written, {self.unchanged} unchanged, {self.replaced} replaced, "
                f"{self.deleted} deleted (moved to the attic), {self.albums_changed} albums "
                f"updated, {self.albums_removed} removed, {len(self.failed)} failed")


@dataclass
class _Item:
    """One photo to bring up to date, and what came of it."""

    photo: Any
    record: dict[str, Any]
    row: Optional[PhotoRow]
    need_file: bool
    file: str = ""
    size: int = 0
    sha1: str = ""
    downloaded: bool = False


def account_of(client: Client, user: Optional[str]) -> tuple[str, bool]:
    """(NSID of the account to back up, whether it is the client's own account)."""
    me = None
    if client.auth_handler is not None:
        me = str(client.call("flickr.test.login")["user"]["id"])
    if user is None:
        if me is None:
            raise BackupError("backing up your own account needs authorization "
                              "(`flickr-api auth`); or name a user to back up public photos")
        return me, True
    nsid = user if "@" in user else str(
        client.call("flickr.people.findByUsername", username=user)["user"]["nsid"])
    return nsid, nsid == me


def backup(
    destination: Union[str, os.PathLike[str]],
    *,
    client: Optional[Client] = None,
    user: Optional[str] = None,
    layout: Optional[str] = None,
    links: str = "hard",
    details: bool = True,
    workers: int = 4,
    full: bool = False,
    progress: BackupProgress = None,
) -> BackupSummary:
    """Back up the authorized account (or ``user``'s public photos) into ``destination``.

    ``layout`` adds a browsable tree (``"by-album"``, ``"by-date"`` or ``"flat"``) of
    ``links`` (``"hard"``, ``"symbolic"`` or ``"copy"``) to the one store. ``details=False``
    keeps to what photo listings say (no per-photo requests: no raw tags, notes, people,
    groups, comments or EXIF). ``full`` lists every photo even when an incremental run would
    do. Photos that fail are listed in ``summary.failed`` and retried by the next run.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if links not in LINKS:
        raise ValueError(f"links must be one of {', '.join(LINKS)}")
    if client is None:
        from flickr_api.client import default_client

        client = default_client()
    root = Path(destination).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    nsid, own = account_of(client, user)
    with opened(root) as manifest:
        return _Run(client, root, manifest, nsid, own, details, workers, progress).go(
            full, layout, links)


class _Run:
    """One backup run (see :func:`backup`)."""

    def __init__(self, client: Client, root: Path, manifest: Manifest, nsid: str, own: bool,
                 details: bool, workers: int, progress: BackupProgress) -> None:
        self.client, self.root, self.manifest = client, root, manifest
        self.nsid, self.own, self.details, self.workers = nsid, own, details, workers
        self.progress = progress
        self.summary = BackupSummary()
        self.stop = threading.Event()
        self.run = 0
        self.newest = 0
        self.failed_new = 0
        self.folders: set[Path] = set()  # store folders known to exist

    def go(self, full: bool, layout: Optional[str], links: str) -> BackupSummary:
        manifest = self.manifest
        account = manifest.get("account")
        if account not in (None, self.nsid):
            raise BackupError(f"{self.root} holds a backup of {account}, not of {self.nsid}: "
                             f"choose another folder")
        manifest.set("account", self.nsid)
        self.run = int(manifest.get("runs") or 0) + 1
        manifest.set("runs", str(self.run))
        since = manifest.get("since") if self.own and not full else None
        self.summary.incremental = since is not None
        remote_total = None
        if since is not None:
            remote_total = int_of(self.client.call(
                "flickr.people.getPhotos", user_id=self.nsid, per_page=1, extras="")
                ["photos"]["total"])
        changes = save_albums(self.client, self.nsid, self.root, manifest, self.run)
        self.summary.albums_changed = changes.albums_changed
        self.summary.albums_removed = changes.albums_removed
        objects = self.client.objects
        if since is None:
            listing = _Pages(objects.Person(id=self.nsid).getPhotos, extras=LISTING_EXTRAS)
        else:
            listing = _Pages(objects.Photo.recentlyUpdated, min_date=since,
                             extras=LISTING_EXTRAS)
        self._photos(listing, sweep=since is None)
        self._album_changes()
        if since is None or remote_total != manifest.photo_count() + self.failed_new:
            self._deletions(sweep=since is not None)
        save_collections(self.client, self.nsid, self.root)
        save_galleries(self.client, self.nsid, self.root, manifest, self.run)
        if layout is not None:
            build_layout(self.root, manifest, layout, links)
        if self.own and not self.summary.failed:
            manifest.set("since", str(max(self.newest, int_of(since) or 0)))
        return self.summary

    # -- photos ----------------------------------------------------------------------------
    def _photos(self, listing: _Pages, sweep: bool) -> None:
        """Bring every listed photo up to date."""
        manifest, summary = self.manifest, self.summary
        seen: list[str] = []
        pending: dict[Future[_Item], str] = {}
        count = 0

        def collect(futures: Iterable[Future[_Item]]) -> None:
            nonlocal count
            for future in futures:
                photo_id = pending.pop(future)
                try:
                    item = future.result()
                except (FlickrError, OSError) as error:
                    summary.failed.append((photo_id, str(error) or type(error).__name__))
                    if manifest.photo(photo_id) is None:
                        self.failed_new += 1
                    elif sweep:
                        self._mark_seen([photo_id])  # still on Flickr: keep it
                else:
                    self._save(item)
                count += 1
                if self.progress is not None:
                    self.progress(count, listing.total)

        pool = ThreadPoolExecutor(self.workers, thread_name_prefix="flickr-backup")
        try:
            for photo in listing:
                photo_id = str(photo.id)
                row = manifest.photo(photo_id)
                lastupdate = int_of(photo.get("lastupdate")) or 0
                self.newest = max(self.newest, lastupdate)
                need_file = row is None or row.version != listing_version(photo)
                if not need_file and row is not None and row.lastupdate == lastupdate:
                    summary.unchanged += 1
                    count += 1
                    if sweep:
                        seen.append(photo_id)
                        if len(seen) >= 500:
                            self._mark_seen(seen)
                    continue
                if len(pending) >= 2 * self.workers:
                    collect(wait(pending, return_when=FIRST_COMPLETED).done)
                pending[pool.submit(self._fetch, photo, row, need_file)] = photo_id
            collect(wait(pending).done)
            self._mark_seen(seen)
        except BaseException:
            self.stop.set()  # running downloads stop at their next chunk (.part files stay)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _mark_seen(self, seen: list[str]) -> None:
        with self.manifest.transaction():
            self.manifest.mark_seen(seen, self.run)
        seen.clear()

    def _fetch(self, photo: Any, row: Optional[PhotoRow], need_file: bool) -> _Item:
        """In a worker: the photo's details and file (downloaded, or found complete)."""
        record = from_listing(photo)
        name_part(record["id"], "the photo id")
        if self.details:
            record = details_of(self.client, record)
        item = _Item(photo, record, row, need_file)
        if not need_file:
            assert row is not None
            item.file, item.size, item.sha1 = row.file, row.size, row.sha1
            return item
        stem = store_stem(record["id"], name_part(listing_version(photo),
                                                  f"the secret of photo {record['id']}"))
        path = adopt_file(self.root, stem, _extensions(record))
        if path is None:
            folder = (self.root / stem).parent
            if folder not in self.folders:
                folder.mkdir(parents=True, exist_ok=True)
                self.folders.add(folder)
            path = download_photo(photo, self.root / stem, client=self.client,
                                  progress=self._check_stop)
            item.downloaded = True
        item.file = path.relative_to(self.root).as_posix()
        item.size, item.sha1 = path.stat().st_size, sha1_of(path)
        return item

    def _check_stop(self, done: int, total: Optional[int]) -> None:
        if self.stop.is_set():
            raise BackupInterrupted("the backup was interrupted")

    def _save(self, item: _Item) -> None:
        """In the main thread: the metadata file, then the manifest row (one commit)."""
        record, row, manifest = item.record, item.row, self.manifest
        photo_id = record["id"]
        if row is not None and row.file != item.file:
            move_aside(self.root, row.file, "replaced")
            self.summary.replaced += 1
        record["albums"] = manifest.albums_of(photo_id)
        record["file"] = item.file
        meta_sha1 = write_json(self.root / json_path(photo_id), record)
        new_row = PhotoRow(photo_id, listing_version(item.photo),
                           record["dates"]["last_update"] or 0, item.file, item.size,
                           item.sha1, meta_sha1, record["title"],
                           str(record["dates"]["taken"] or ""), record["media"])
        with manifest.transaction():
            manifest.put_photo(new_row, self.run)
        self.summary.metadata += 1
        self.summary.downloaded += item.downloaded

    def _album_changes(self) -> None:
        """Rewrite the ``albums`` of photos whose albums changed but which did not."""
        manifest = self.manifest
        for photo_id in manifest.album_dirty():
            path = inside(self.root, json_path(photo_id))
            meta_sha1 = None
            if manifest.photo(photo_id) is not None and path.exists():
                record = read_json(path, REFETCH_METADATA)
                record["albums"] = manifest.albums_of(photo_id)
                meta_sha1 = write_json(path, record)
                self.summary.metadata += 1
            with manifest.transaction():
                if meta_sha1 is not None:
                    manifest.set_meta_sha1(photo_id, meta_sha1)
                manifest.clear_album_dirty(photo_id)

    def _deletions(self, sweep: bool) -> None:
        """Move aside what Flickr no longer has (``sweep``: list every photo id first)."""
        manifest = self.manifest
        if sweep:
            seen: list[str] = []
            objects = self.client.objects
            for photo in _Pages(objects.Person(id=self.nsid).getPhotos, extras="media"):
                seen.append(str(photo.id))
                if len(seen) >= 500:
                    self._mark_seen(seen)
            self._mark_seen(seen)
        for photo_id in manifest.unseen_photos(self.run):
            row = manifest.photo(photo_id)
            assert row is not None
            move_aside(self.root, row.file, "deleted")
            move_aside(self.root, json_path(photo_id), "deleted")
            drop_deleted_photo(self.root, manifest, photo_id)
            with manifest.transaction():
                manifest.drop_photo(photo_id)
            self.summary.deleted += 1


class _Pages:
    """Every item of a paged photo list, a page of 500 at a time, with the total once the
    first page told it. Unlike a Walker, it remembers no ids (memory stays flat for any
    account): an item a later page repeats is harmless here, the manifest knows it."""

    def __init__(self, method: Callable[..., Any], **args: Any) -> None:
        self.method, self.args = method, args
        self.total: Optional[int] = None

    def __iter__(self) -> Iterator[Any]:
        page = 1
        while True:
            batch = self.method(page=page, per_page=PAGE, **self.args)
            self.total = int_of(batch.info.get("total"))
            yield from batch
            if not batch or page >= (int_of(batch.info.get("pages")) or page):
                return
            page += 1


def _extensions(record: dict[str, Any]) -> list[str]:
    """The extensions the item's file may have (as the download names it)."""
    if record["media"] == "video":
        return [".mp4"]
    original = EXTENSIONS.get(str(record.get("original_format") or "").lower(), ".jpg")
    return [original, ".jpg"] if original != ".jpg" else [".jpg"]
