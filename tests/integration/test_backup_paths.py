"""Names from a server, or from a backup folder, never reach a file outside the backup: a
reply whose ids or secrets climb out with ``../`` fails with the reason, a crafted manifest
is refused by verify, restore and layouts, and nothing is written or read elsewhere."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from backup_support import client_of, owned, small_images

from flickr_api.backup import backup, restore, verify
from flickr_api.backup._manifest import Manifest
from flickr_api.backup.layouts import build_layout
from flickr_api.errors import BackupError, FlickrReplyError

CLIMB = "../../../../escaped"


@pytest.fixture
def emu(flickr_emulator):
    small_images(flickr_emulator)
    return flickr_emulator


def renamed(table: dict, old: str, new: str):
    """The record ``table[old]``, now under the id ``new``."""
    record = table.pop(old)
    record.id = new
    table[new] = record
    return record


def outside(tmp_path, backup_folder) -> list[str]:
    """What exists in ``tmp_path`` but outside the backup folder."""
    return sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                  if backup_folder not in p.parents and p != backup_folder)


def test_a_secret_that_climbs_fails_its_photo_and_the_rest_is_backed_up(emu, tmp_path):
    photos = owned(emu, "bob")
    photos[0].secret = CLIMB
    photos[1].originalformat = f"png/{CLIMB}"
    folder = tmp_path / "deep" / "er" / "backup"

    with client_of(emu, "bob") as bob:
        summary = backup(folder, client=bob, details=False)

    failed = dict(summary.failed)
    assert "cannot name a file" in failed[photos[0].id]
    assert summary.metadata >= len(photos) - 2
    assert outside(tmp_path, folder) == ["deep", "deep/er"]


def test_an_album_id_that_climbs_stops_the_run_before_it_writes(emu, tmp_path):
    bob = emu.store.find_user("bob")
    album = renamed(emu.store.photosets, bob.set_order[0], CLIMB)
    bob.set_order[0] = album.id
    folder = tmp_path / "deep" / "backup"

    with client_of(emu, "bob") as client, pytest.raises(FlickrReplyError, match="album id"):
        backup(folder, client=client, details=False)

    assert outside(tmp_path, folder) == ["deep"]


@pytest.fixture
def crafted(emu, tmp_path):
    """A backup of bob whose manifest names ``../secret.txt`` as the file of one photo."""
    folder = tmp_path / "backup"
    with client_of(emu, "bob") as bob:
        backup(folder, client=bob, details=False)
    (tmp_path / "secret.txt").write_text("not for Flickr")
    victim = owned(emu, "bob")[0].id
    with closing(sqlite3.connect(folder / "manifest.sqlite")) as db, db:
        db.execute("UPDATE photos SET file = '../secret.txt' WHERE id = ?", (victim,))
    return folder, victim


def test_verify_refuses_a_manifest_naming_a_file_outside(crafted):
    folder, _ = crafted
    with pytest.raises(BackupError, match="outside it: refused"):
        verify(folder)


def test_a_layout_links_no_file_from_outside(crafted):
    folder, _ = crafted
    manifest = Manifest(folder)
    try:
        with pytest.raises(BackupError, match=r"secret\.txt"):
            build_layout(folder, manifest, "flat", "symbolic")
    finally:
        manifest.close()
    assert not (folder / "flat").exists()


def test_restore_uploads_no_file_from_outside(emu, crafted):
    folder, victim = crafted
    before = len(owned(emu, "jürgen"))
    with client_of(emu, "jürgen") as jurgen:
        summary = restore(folder, client=jurgen)

    assert [photo_id for photo_id, _ in summary.failed] == [victim]
    assert "outside it: refused" in summary.failed[0][1]
    assert summary.uploaded == len(owned(emu, "bob")) - 1
    assert len(owned(emu, "jürgen")) == before + summary.uploaded
