"""What the backup tests share: a small emulator account, and snapshots of backup folders."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

#: Emulated images at a twentieth of their size: the tests move files, not megabytes.
IMAGE_SCALE = 0.05


def small_images(emu) -> None:
    emu.store.image_scale = IMAGE_SCALE


_TABLES = {
    "photos": "id, version, lastupdate, file, size, sha1, meta_sha1, title, taken, media",
    "albums": "id, position, title, date_update, count",
    "album_photos": "*",
    "galleries": "id, date_update",
}


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of a backup (but the manifest and the attic) -> SHA-1 of its bytes, plus the
    manifest's rows."""
    files = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_dir() or relative.startswith(("attic/", "manifest.sqlite")):
            continue
        files[relative] = hashlib.sha1(path.read_bytes()).hexdigest()
    with closing(sqlite3.connect(folder / "manifest.sqlite")) as db, db:
        for table, columns in _TABLES.items():  # not the run numbers
            rows = db.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2").fetchall()
            files[f"manifest:{table}"] = repr(rows)
    return files


def owned(emu, user: str = "alice") -> list:
    """The user's photos in the emulator, newest first."""
    nsid = emu.store.find_user(user).nsid
    return emu.store.photos_of(nsid, nsid)


def client_of(emu, user: str):
    """A client of ``emu`` signed in as ``user`` with delete access."""
    from flickr_api import Client
    from flickr_api.auth import AuthHandler

    key, secret = emu.token("delete", user=user)
    return Client(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
                  auth_handler=AuthHandler(access_token_key=key, access_token_secret=secret),
                  rate_limit=None)
