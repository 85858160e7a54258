"""The manifest of a backup: what is complete and verified, in a SQLite file beside the files.

Every change is a transaction, so the file is always whole: a run killed at any point leaves
the manifest as it was after the last completed item, and the next run carries on from there.
Rows are read one at a time, never all at once, so memory stays flat for any account size.

Tables (``MANIFEST_VERSION`` 1)::

    meta(key, value)                       account, mode, since (the last run's high-water mark)
    photos(id, version, lastupdate, file, size, sha1, meta_sha1, title, taken, media, seen)
    albums(id, position, title, date_update, count, seen)
    album_photos(album_id, position, photo_id)
    album_dirty(photo_id)                  photos whose metadata file must list new albums
    galleries(id, date_update, seen)
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from flickr_api.errors import BackupError

__all__ = ["MANIFEST_NAME", "MANIFEST_VERSION", "Manifest", "PhotoRow", "opened"]

MANIFEST_NAME = "manifest.sqlite"
MANIFEST_VERSION = 1
_COMMIT_EVERY = 0.5  # seconds
#: SQLite's page cache, in KiB (its default, 2 MiB, would grow with the account up to that
#: size; lookups by key need only the upper pages of the trees, and the system caches files).
_CACHE_KIB = 256
#: Seconds to wait for another connection's lock before saying the backup is in use.
_BUSY_WAIT = 1.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS photos (
    id TEXT PRIMARY KEY, version TEXT NOT NULL, lastupdate INTEGER NOT NULL,
    file TEXT NOT NULL, size INTEGER NOT NULL, sha1 TEXT NOT NULL, meta_sha1 TEXT NOT NULL,
    title TEXT NOT NULL, taken TEXT NOT NULL, media TEXT NOT NULL, seen INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS albums (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,
    date_update INTEGER NOT NULL, count INTEGER NOT NULL, seen INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS album_photos (
    album_id TEXT NOT NULL, position INTEGER NOT NULL, photo_id TEXT NOT NULL,
    PRIMARY KEY (album_id, position));
CREATE INDEX IF NOT EXISTS album_photos_by_photo ON album_photos (photo_id);
CREATE TABLE IF NOT EXISTS album_dirty (photo_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS galleries (
    id TEXT PRIMARY KEY, date_update INTEGER NOT NULL, seen INTEGER NOT NULL);
"""

_PHOTO_COLUMNS = "id, version, lastupdate, file, size, sha1, meta_sha1, title, taken, media"


@contextmanager
def opened(folder: Path) -> Iterator[Manifest]:
    """``with opened(folder) as manifest:`` the manifest of the backup in ``folder``, closed
    at the end; SQLite's errors meanwhile (a full disk above all) as a BackupError."""
    manifest = Manifest(folder)
    try:
        try:
            yield manifest
        finally:
            manifest.close()
    except sqlite3.Error as exc:
        raise BackupError(f"{manifest.path} could not be read or written ({exc}): make room on "
                          "the disk if it is full, then run again to carry on where this run "
                          "stopped") from None


def _unreadable(path: Path, exc: sqlite3.Error) -> BackupError:
    return BackupError(f"{path} cannot be read as a backup manifest ({exc}): move it aside to "
                       "back up into this folder again (files already there are kept, not "
                       "fetched again)")


@dataclass(frozen=True)
class PhotoRow:
    """One complete item: its file (relative to the backup), size and SHA-1, and the SHA-1 of
    its metadata file; ``version`` changes when the photo's file is replaced on Flickr."""

    id: str
    version: str
    lastupdate: int
    file: str
    size: int
    sha1: str
    meta_sha1: str
    title: str
    taken: str
    media: str


class Manifest:
    """The manifest of the backup in ``folder`` (created if missing)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST_NAME
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_WAIT)
        self._began = 0.0
        try:
            self._open()
        except BaseException:
            self._db.close()
            raise

    def _open(self) -> None:
        """Take the manifest for this run alone, then check its version."""
        try:
            # One run at a time: the first write locks the file until close (two runs in one
            # folder would fetch the same photos and interleave their records).
            self._db.execute("PRAGMA locking_mode=EXCLUSIVE")
            self._db.execute("PRAGMA journal_mode=WAL")
            # WAL with NORMAL sync: each commit survives the process being killed; a power
            # cut may lose the last few, whose files the next run then finds complete on disk.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
            self._db.executescript(_SCHEMA)
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise _unreadable(self.path, exc) from None
            raise BackupError(f"another run is using the backup in {self.path.parent} (or a "
                              "program has its manifest open): wait for it to end") from None
        except sqlite3.DatabaseError as exc:
            raise _unreadable(self.path, exc) from None
        found = self.get("manifest_version")
        if found is None:
            self.set("manifest_version", str(MANIFEST_VERSION))
        elif found != str(MANIFEST_VERSION):
            raise BackupError(f"{self.path} is a manifest of version {found}; this release "
                             f"reads version {MANIFEST_VERSION}: upgrade flickr_api")

    def close(self) -> None:
        """Commit what is pending, and close."""
        try:
            self.commit()
        finally:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``with manifest.transaction():`` the changes inside are committed together, with
        those of the groups before them (a commit at most every half second, and at
        :meth:`close`: a commit per item would cost more than the item)."""
        if not self._db.in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
            self._began = time.monotonic()
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        if time.monotonic() - self._began >= _COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")

    # -- meta ------------------------------------------------------------------------------
    def get(self, key: str) -> Optional[str]:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- photos ----------------------------------------------------------------------------
    def photo(self, photo_id: str) -> Optional[PhotoRow]:
        row = self._db.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE id = ?",
                               (photo_id,)).fetchone()
        return None if row is None else PhotoRow(*row)

    def photos(self) -> Iterator[PhotoRow]:
        """Every complete item, by id."""
        for row in self._db.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos ORDER BY id"):
            yield PhotoRow(*row)

    def photos_in_no_album(self) -> Iterator[PhotoRow]:
        """Every item in no album, by id."""
        for row in self._db.execute(
                f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE id NOT IN "
                "(SELECT photo_id FROM album_photos) ORDER BY id"):
            yield PhotoRow(*row)

    def photo_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM photos").fetchone()[0])

    def put_photo(self, row: PhotoRow, seen: int) -> None:
        self.clear_album_dirty(row.id)
        self._db.execute(f"INSERT OR REPLACE INTO photos ({_PHOTO_COLUMNS}, seen) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (*astuple(row), seen))

    def set_meta_sha1(self, photo_id: str, meta_sha1: str) -> None:
        self._db.execute("UPDATE photos SET meta_sha1 = ? WHERE id = ?", (meta_sha1, photo_id))

    def mark_seen(self, photo_ids: Iterable[str], seen: int) -> None:
        self._db.executemany("UPDATE photos SET seen = ? WHERE id = ?",
                             ((seen, i) for i in photo_ids))

    def unseen_photos(self, seen: int) -> list[str]:
        """Ids of items not marked ``seen`` (the ones gone from Flickr after a sweep)."""
        return [r[0] for r in self._db.execute("SELECT id FROM photos WHERE seen != ?", (seen,))]

    def drop_photo(self, photo_id: str) -> None:
        self.clear_album_dirty(photo_id)
        self._db.execute("DELETE FROM photos WHERE id = ?", (photo_id,))

    def forget_version(self, photo_id: str) -> None:
        """Make the next full run fetch the item again (its file or metadata is damaged)."""
        self._db.execute("UPDATE photos SET version = '' WHERE id = ?", (photo_id,))

    # -- albums ----------------------------------------------------------------------------
    def album(self, album_id: str) -> Optional[tuple[int, int]]:
        """(date_update, count) the album had when last saved."""
        row = self._db.execute("SELECT date_update, count FROM albums WHERE id = ?",
                               (album_id,)).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))

    def albums(self) -> Iterator[tuple[str, str]]:
        """(id, title) of every album, in the account's order."""
        for row in self._db.execute("SELECT id, title FROM albums ORDER BY position"):
            yield str(row[0]), str(row[1])

    def put_album(self, album_id: str, position: int, title: str, date_update: int,
                  count: int, seen: int) -> None:
        self._db.execute("INSERT OR REPLACE INTO albums VALUES (?, ?, ?, ?, ?, ?)",
                         (album_id, position, title, date_update, count, seen))

    def set_album_photos(self, album_id: str, photo_ids: list[str]) -> None:
        """Set the album's photos, marking those that came or went as album-dirty."""
        before = self.album_photos(album_id)
        self._db.executemany("INSERT OR IGNORE INTO album_dirty VALUES (?)",
                             ((p,) for p in set(before) ^ set(photo_ids)))
        self._db.execute("DELETE FROM album_photos WHERE album_id = ?", (album_id,))
        self._db.executemany("INSERT INTO album_photos VALUES (?, ?, ?)",
                             ((album_id, n, p) for n, p in enumerate(photo_ids)))

    def album_dirty(self) -> list[str]:
        """Photos whose metadata file lists albums they are no longer in, or not yet."""
        return [r[0] for r in self._db.execute("SELECT photo_id FROM album_dirty ORDER BY 1")]

    def clear_album_dirty(self, photo_id: str) -> None:
        self._db.execute("DELETE FROM album_dirty WHERE photo_id = ?", (photo_id,))

    def album_photos(self, album_id: str) -> list[str]:
        return [r[0] for r in self._db.execute(
            "SELECT photo_id FROM album_photos WHERE album_id = ? ORDER BY position",
            (album_id,))]

    def albums_of(self, photo_id: str) -> list[str]:
        """Ids of the albums holding the photo, in the account's album order."""
        return [r[0] for r in self._db.execute(
            "SELECT a.id FROM album_photos p JOIN albums a ON a.id = p.album_id "
            "WHERE p.photo_id = ? ORDER BY a.position", (photo_id,))]

    def unseen_albums(self, seen: int) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM albums WHERE seen != ?", (seen,))]

    def drop_album(self, album_id: str) -> None:
        self.set_album_photos(album_id, [])
        self._db.execute("DELETE FROM albums WHERE id = ?", (album_id,))

    def drop_from_albums(self, photo_id: str) -> list[str]:
        """Take a photo out of every album; returns the albums it was in."""
        albums = self.albums_of(photo_id)
        for album_id in albums:
            self.set_album_photos(album_id, [p for p in self.album_photos(album_id)
                                             if p != photo_id])
        return albums

    # -- galleries -------------------------------------------------------------------------
    def gallery(self, gallery_id: str) -> Optional[int]:
        row = self._db.execute("SELECT date_update FROM galleries WHERE id = ?",
                               (gallery_id,)).fetchone()
        return None if row is None else int(row[0])

    def put_gallery(self, gallery_id: str, date_update: int, seen: int) -> None:
        self._db.execute("INSERT OR REPLACE INTO galleries VALUES (?, ?, ?)",
                         (gallery_id, date_update, seen))

    def unseen_galleries(self, seen: int) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM galleries WHERE seen != ?",
                                               (seen,))]

    def drop_gallery(self, gallery_id: str) -> None:
        self._db.execute("DELETE FROM galleries WHERE id = ?", (gallery_id,))
