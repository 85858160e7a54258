"""Damaged files in a backup folder: a typed error that names the file and how to mend it,
and the rest of the work done."""

from __future__ import annotations

import json
import sqlite3

import pytest
from backup_support import client_of, owned, small_images

from flickr_api.backup import backup, restore, verify
from flickr_api.backup._manifest import Manifest
from flickr_api.errors import BackupError


@pytest.fixture
def emu(flickr_emulator):
    small_images(flickr_emulator)
    return flickr_emulator


@pytest.fixture
def folder(emu, tmp_path):
    """A backup of bob."""
    with client_of(emu, "bob") as bob:
        backup(tmp_path / "bob", client=bob, details=False)
    return tmp_path / "bob"


def metadata_file(folder, photo_id):
    return folder / "store" / photo_id[-2:] / f"{photo_id}.json"


def test_restore_reports_damaged_metadata_and_restores_the_rest(emu, folder):
    photos = owned(emu, "bob")
    cut, wrong = (metadata_file(folder, p.id) for p in photos[:2])
    cut.write_bytes(cut.read_bytes()[:40])
    record = json.loads(wrong.read_text())
    wrong.write_text(json.dumps({**record, "title": 5}))
    before = len(owned(emu, "jürgen"))

    with client_of(emu, "jürgen") as jurgen:
        summary = restore(folder, client=jurgen)

    failed = dict(summary.failed)
    assert set(failed) == {photos[0].id, photos[1].id}
    assert f"{cut} is damaged" in failed[photos[0].id]
    assert "--verify --repair" in failed[photos[0].id]
    assert "its 'title' is missing or not a str" in failed[photos[1].id]
    assert summary.uploaded == len(photos) - 2
    assert len(owned(emu, "jürgen")) == before + summary.uploaded


def test_a_damaged_album_file_is_mended_by_the_next_backup(emu, folder):
    album_id = emu.store.find_user("bob").set_order[0]
    (folder / "albums" / f"{album_id}.json").write_text("[]")

    with client_of(emu, "jürgen") as jurgen:
        with pytest.raises(BackupError, match=r"delete it, and the next .* lists the album"):
            restore(folder, client=jurgen)
        (folder / "albums" / f"{album_id}.json").unlink()
        with client_of(emu, "bob") as bob:
            assert backup(folder, client=bob, details=False).albums_changed == 1
        summary = restore(folder, client=jurgen)

    assert summary.ok and summary.uploaded == 0  # the first run uploaded them
    assert summary.albums == len(emu.store.find_user("bob").set_order)


def test_a_manifest_that_is_not_one_says_so_and_the_files_are_kept(emu, folder):
    (folder / "manifest.sqlite").write_bytes(b"not a database " * 100)

    with client_of(emu, "bob") as bob:
        with pytest.raises(BackupError, match="cannot be read as a backup manifest"):
            backup(folder, client=bob, details=False)
        (folder / "manifest.sqlite").rename(folder / "manifest.damaged")
        summary = backup(folder, client=bob, details=False)

    assert summary.ok and summary.downloaded == 0  # every file was complete on disk
    assert summary.metadata == len(owned(emu, "bob"))


def test_one_run_at_a_time_in_a_backup_folder(emu, folder):
    running = Manifest(folder)  # another run, holding the manifest
    try:
        with client_of(emu, "bob") as bob, \
                pytest.raises(BackupError, match="another run is using the backup"):
            backup(folder, client=bob, details=False)
        with pytest.raises(BackupError, match="another run"):
            verify(folder)
    finally:
        running.close()
    assert verify(folder).ok


def test_a_damaged_restore_journal_costs_no_upload(emu, folder):
    with client_of(emu, "jürgen") as jurgen:
        first = restore(folder, client=jurgen)
        journal = next(folder.glob("restore-*.log"))
        lines = journal.read_bytes().splitlines(keepends=True)
        journal.write_bytes(b"".join(lines[:2]) + b"photo \xff\xfe 1\nalbum ../x 2\n"
                            + b"".join(lines[3:]) + b"photo 5300")
        again = restore(folder, client=jurgen)

    assert first.ok and again.ok
    assert again.uploaded == 0  # the photo of the lost line is known by its checksum
    assert again.already_there == first.uploaded


def test_a_full_disk_under_the_manifest_stops_the_run_and_the_next_one_finishes(
        emu, tmp_path, monkeypatch):
    putting = Manifest.put_photo
    calls = []

    def on_a_full_disk(manifest, *args):  # the fifth photo finds the disk full
        calls.append(args)
        if len(calls) == 5:
            raise sqlite3.OperationalError("database or disk is full")
        putting(manifest, *args)

    monkeypatch.setattr(Manifest, "put_photo", on_a_full_disk)
    with client_of(emu, "bob") as bob:
        with pytest.raises(BackupError, match=r"disk is full.*run again to carry on"):
            backup(tmp_path, client=bob, details=False)
        monkeypatch.undo()
        summary = backup(tmp_path, client=bob, details=False)

    # The rows the failed commit took along are written again.
    assert summary.ok and summary.metadata == len(owned(emu, "bob"))
    assert verify(tmp_path).ok
