"""`flickr_api.backup.backup` through the emulator: a full backup, every kind of change, and
the incremental run that picks up exactly those changes."""

from __future__ import annotations

import gc
import json

import pytest
from backup_support import client_of, owned, small_images, snapshot

from flickr_api.backup import backup, mirror, verify
from flickr_api.errors import BackupError
from flickr_api.objects import Photo
from flickr_api.testing._records import Gallery


@pytest.fixture
def emu(flickr_emulator):
    small_images(flickr_emulator)
    return flickr_emulator


@pytest.fixture
def bob(emu):
    """bob's client: a small account (11 photos in 3 albums), quick to back up."""
    with client_of(emu, "bob") as client:
        yield client


def read(folder, relative):
    return json.loads((folder / relative).read_text())


def metadata(folder, photo_id):
    return read(folder, f"store/{photo_id[-2:]}/{photo_id}.json")


def test_full_backup_holds_every_photo_its_metadata_and_the_albums(emu, flickr_client, tmp_path):
    summary = backup(tmp_path, client=flickr_client, layout="by-album")

    photos = owned(emu)
    assert summary.downloaded == summary.metadata == len(photos)
    assert summary.ok and not summary.incremental
    newest = photos[0]
    record = metadata(tmp_path, newest.id)
    assert record["title"] == newest.title
    assert record["tags"] == [t.raw for t in newest.tags if not t.machine]
    assert record["privacy"] == {"public": bool(newest.ispublic),
                                 "friend": bool(newest.isfriend),
                                 "family": bool(newest.isfamily)}
    assert record["url"].endswith(f"/{newest.id}/")
    assert record["exif"] and record["groups"] is not None
    stored = tmp_path / record["file"]
    assert stored.stat().st_size > 0
    albums = [s for s in emu.store.photosets.values() if s.owner == newest.owner]
    index = read(tmp_path, "albums/index.json")
    assert [a["id"] for a in index] == emu.store.users[newest.owner].set_order
    for album in albums:
        assert read(tmp_path, f"albums/{album.id}.json")["photos"] == album.photos
        assert (tmp_path / "by-album").is_dir()
    in_albums = [s.id for s in emu.store.photo_sets(newest.id)]
    assert sorted(record["albums"]) == sorted(in_albums)
    assert read(tmp_path, "collections.json")[0]["title"] == "All my photos"
    video = next(p for p in photos if p.media == "video")
    assert metadata(tmp_path, video.id)["file"].endswith(".mp4")  # the video, not its poster
    assert verify(tmp_path).ok


def test_a_second_run_without_changes_asks_only_what_changed(emu, bob, tmp_path):
    backup(tmp_path, client=bob, details=False)
    before = snapshot(tmp_path)
    emu.reset_log()

    summary = backup(tmp_path, client=bob, details=False)

    assert summary.incremental and summary.downloaded == summary.metadata == 0
    assert emu.count("flickr.photos.recentlyUpdated") == 1
    assert emu.count("flickr.photosets.getPhotos") == 0
    assert emu.count() == 6  # login, count, album list, updates, collections, galleries
    assert snapshot(tmp_path) == before


def test_an_incremental_run_picks_up_every_kind_of_change(emu, bob, tmp_path):
    api = bob.api
    backup(tmp_path, client=bob, details=False)
    photos = owned(emu, "bob")
    edited, replaced, deleted = photos[1], photos[3], photos[5]
    album = min((s for s in emu.store.photosets.values() if s.owner == edited.owner),
                key=lambda s: len(s.photos))
    moved = next(p for p in photos[6:] if p.id not in album.photos)
    api.photos.setMeta(photo_id=edited.id, title="A new title", description="Edited")
    old_file = metadata(tmp_path, replaced.id)["file"]
    emu.store.find_user("bob").ispro = 1  # replacing a photo is for Pro accounts
    bob.replace(photo_file=tmp_path / old_file, photo_id=replaced.id)
    api.photos.delete(photo_id=deleted.id)
    new = bob.upload(photo_file=tmp_path / old_file, title="Brand new")
    api.photosets.addPhoto(photoset_id=album.id, photo_id=moved.id)
    doomed = next(s for s in emu.store.photosets.values()
                  if s.owner == edited.owner and s.id != album.id)
    api.photosets.delete(photoset_id=doomed.id)
    emu.reset_log()

    summary = backup(tmp_path, client=bob, details=False)

    assert summary.incremental and summary.ok
    assert (summary.downloaded, summary.replaced, summary.deleted) == (2, 1, 1)
    assert summary.albums_removed == 1
    assert emu.count("flickr.photos.recentlyUpdated") == 1
    assert metadata(tmp_path, edited.id)["title"] == "A new title"
    assert metadata(tmp_path, new.id)["title"] == "Brand new"
    assert album.id in metadata(tmp_path, moved.id)["albums"]
    assert doomed.id not in json.dumps(read(tmp_path, "albums/index.json"))
    assert (tmp_path / "attic" / "replaced" / old_file).exists()
    assert (tmp_path / "attic" / "deleted" / metadata_path(deleted.id)).exists()
    assert (tmp_path / "attic" / "albums" / "albums" / f"{doomed.id}.json").exists()
    # The result is what a first backup of the account as it is now gives.
    fresh = tmp_path.parent / "fresh"
    backup(fresh, client=bob, details=False)
    assert snapshot(tmp_path) == snapshot(fresh)


def metadata_path(photo_id):
    return f"store/{photo_id[-2:]}/{photo_id}.json"


def test_verify_finds_damage_and_repair_fetches_exactly_that(emu, bob, tmp_path):
    backup(tmp_path, client=bob, details=False)
    before = snapshot(tmp_path)
    photos = owned(emu, "bob")
    damaged = tmp_path / metadata(tmp_path, photos[0].id)["file"]
    damaged.write_bytes(b"bit rot")
    (tmp_path / metadata_path(photos[1].id)).unlink()

    report = verify(tmp_path)
    assert not report.ok
    assert report.damaged == [damaged.relative_to(tmp_path).as_posix()]
    assert report.missing == [metadata_path(photos[1].id)]

    emu.reset_log()
    repaired = verify(tmp_path, repair=True, client=bob, details=False)
    assert repaired.ok and repaired.repaired.downloaded == 1
    assert snapshot(tmp_path) == before
    assert verify(tmp_path).ok


def test_a_backup_folder_belongs_to_one_account(emu, bob, tmp_path):
    backup(tmp_path, client=bob, details=False)
    with pytest.raises(BackupError, match="holds a backup of"):
        backup(tmp_path, client=bob, user="alice", details=False)


def test_a_public_backup_of_another_user_has_only_public_photos(emu, bob, tmp_path):
    summary = backup(tmp_path, client=bob, user="jürgen", details=False)
    owner = emu.store.find_user("jürgen").nsid
    public = [p for p in emu.store.photos.values() if p.owner == owner and p.ispublic]
    assert summary.metadata == len(public) and not summary.incremental
    again = backup(tmp_path, client=bob, user="jürgen", details=False)
    assert again.unchanged == len(public) and again.downloaded == 0


def test_ctrl_c_stops_the_run_and_the_next_one_finishes_it(emu, bob, tmp_path):
    def interrupt(done, total):
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup(tmp_path / "b", client=bob, details=False, workers=2, progress=interrupt)
    summary = backup(tmp_path / "b", client=bob, details=False)

    photos = len(owned(emu, "bob"))
    assert not summary.incremental  # the first run never finished
    assert summary.metadata + summary.unchanged == photos
    assert summary.unchanged >= 3  # recorded before Ctrl-C; files finished meanwhile are kept
    backup(tmp_path / "straight", client=bob, details=False)
    assert snapshot(tmp_path / "b") == snapshot(tmp_path / "straight")


def test_saved_photos_are_freed_at_once_so_memory_stays_flat(emu, tmp_path, monkeypatch):
    """A listing page and its photos form no reference cycle: with the garbage collector
    off, the run holds at most the page it reads, the page it fetches and the photos under
    way, however many pages the account has."""
    monkeypatch.setattr(mirror, "PAGE", 10)
    emu.add_account("archivist", photos=50, albums=2)
    live: list[int] = []

    def progress(done, total):
        live.append(sum(isinstance(o, Photo) for o in gc.get_objects()))

    gc.collect()
    before = sum(isinstance(o, Photo) for o in gc.get_objects())
    gc.disable()
    try:
        with client_of(emu, "archivist") as client:
            summary = backup(tmp_path, client=client, details=False, workers=2,
                             progress=progress)
    finally:
        gc.enable()
    assert summary.downloaded == 50 and len(live) == 50
    assert max(live) - before <= 2 * 10 + 2 * 2


def test_more_galleries_than_a_page_are_all_saved_once(emu, bob, tmp_path):
    nsid = emu.store.find_user("bob").nsid
    for number in range(600):
        gallery_id = f"9{number:05d}-72157000000{number:05d}"
        emu.store.galleries[gallery_id] = Gallery(gallery_id, nsid, f"Gallery {number}", "", "",
                                                  {}, 1600000000, 1600000000 + number)
    emu.reset_log()

    backup(tmp_path, client=bob, details=False)

    saved = {p.stem for p in (tmp_path / "galleries").glob("*.json")}
    assert saved == {g.id for g in emu.store.galleries.values() if g.owner == nsid}
    assert emu.count("flickr.galleries.getList") == 2
