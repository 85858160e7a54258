"""`sync_up` and `restore` through the emulator: nothing is ever uploaded twice, whatever the
machine or the crash, and a restore brings back the metadata and the albums in order."""

from __future__ import annotations

import random
import shutil

import pytest
from backup_support import client_of, owned, small_images

from flickr_api.backup import backup, restore, sync_up
from flickr_api.testing import Fault


@pytest.fixture
def emu(flickr_emulator):
    small_images(flickr_emulator)
    return flickr_emulator


@pytest.fixture
def bob(emu):
    with client_of(emu, "bob") as client:
        yield client


def pictures(folder, names, seed=0):
    """Small JPEG files, each with bytes of its own."""
    rng = random.Random(seed)
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\xff\xd8\xff\xe0" + rng.randbytes(300) + b"\xff\xd9")
    return folder


def photos_with_checksums(emu, user="bob"):
    return [t.raw for p in owned(emu, user) for t in p.tags if t.raw.startswith("checksum:")]


def test_sync_up_twice_uploads_nothing_the_second_time(emu, bob, tmp_path):
    folder = pictures(tmp_path / "pics", ["a.jpg", "b.jpg", "trip/c.jpg", "trip/d.JPG",
                                          "notes.txt"])

    first = sync_up(folder, client=bob, album="Holidays", tags=["family"], is_public=False)
    assert [path for path, _ in first.uploaded] == ["a.jpg", "b.jpg", "trip/c.jpg",
                                                    "trip/d.JPG"]
    album = emu.store.photosets[first.albums["Holidays"]]
    assert album.photos == [photo_id for _, photo_id in first.uploaded]
    photo = emu.store.photos[first.uploaded[0][1]]
    assert not photo.ispublic and "family" in [t.raw for t in photo.tags]
    emu.reset_log()

    second = sync_up(folder, client=bob, album="Holidays")
    assert second.uploaded == [] and second.skipped == 4
    assert emu.count("upload") == 0
    assert emu.store.photosets[second.albums["Holidays"]].photos == album.photos


def test_a_fresh_machine_finds_what_flickr_has_without_local_state(emu, bob, tmp_path):
    folder = pictures(tmp_path / "pics", ["a.jpg", "b.jpg"])
    sync_up(folder, client=bob)
    elsewhere = shutil.copytree(folder, tmp_path / "other machine")
    before = sorted(p.name for p in elsewhere.rglob("*"))

    again = sync_up(elsewhere, client=bob)
    assert again.uploaded == [] and again.skipped == 2
    assert sorted(p.name for p in elsewhere.rglob("*")) == before  # nothing written there


def test_an_upload_whose_reply_was_lost_is_not_uploaded_again(emu, bob, tmp_path):
    folder = pictures(tmp_path / "pics", ["a.jpg", "b.jpg", "c.jpg"])
    emu.add_fault(Fault("reset", method="upload", after=True))  # done, but no reply

    first = sync_up(folder, client=bob)
    assert len(first.failed) == 1 and len(first.uploaded) == 2
    second = sync_up(folder, client=bob)
    assert second.uploaded == [] and second.skipped == 3
    checksums = photos_with_checksums(emu)
    assert len(checksums) == len(set(checksums)) == 3


def test_albums_named_after_folders(emu, bob, tmp_path):
    folder = pictures(tmp_path / "pics", ["top.jpg", "2019/Paris/a.jpg", "2019/Paris/b.jpg",
                                          "2020/c.jpg"])
    summary = sync_up(folder, client=bob, albums_from_folders=True)
    titles = {name: len(emu.store.photosets[i].photos) for name, i in summary.albums.items()}
    assert titles == {"pics": 1, "2019/Paris": 2, "2020": 1}


def test_restore_into_another_account_brings_back_metadata_and_albums(emu, bob, tmp_path):
    backup(tmp_path / "bob", client=bob)
    originals = {p.id: p for p in owned(emu, "bob")}
    albums = [emu.store.photosets[i] for i in emu.store.find_user("bob").set_order]

    with client_of(emu, "jürgen") as jurgen:
        summary = restore(tmp_path / "bob", client=jurgen)
        assert summary.ok and summary.uploaded == len(originals)
        assert summary.albums == len(albums)
        journal = next((tmp_path / "bob").glob("restore-*.log")).read_text().split("\n")
        new_id = {line.split()[1]: line.split()[2] for line in journal
                  if line.startswith("photo ")}
        for old_id, old in originals.items():
            new = emu.store.photos[new_id[old_id]]
            assert new.owner == emu.store.find_user("jürgen").nsid
            assert (new.title, new.description) == (old.title, old.description)
            assert {t.raw for t in old.tags} <= {t.raw for t in new.tags}
            assert (new.ispublic, new.isfriend, new.isfamily) == (
                old.ispublic, old.isfriend, old.isfamily)
            assert new.license == (0 if old.license == 7 else old.license)  # 7: unsettable
            assert new.safety_level == old.safety_level
            if not old.takenunknown:
                assert (new.datetaken, new.takengranularity) == (old.datetaken,
                                                                 old.takengranularity)
            if old.geo is not None:
                assert (new.geo.latitude, new.geo.longitude) == (old.geo.latitude,
                                                                 old.geo.longitude)
        order = emu.store.find_user("jürgen").set_order
        restored = [s for s in (emu.store.photosets[i] for i in order)
                    if s.title in {a.title for a in albums}]
        assert [s.title for s in restored] == [a.title for a in albums]
        for old_album, new_album in zip(albums, restored):
            assert new_album.photos == [new_id[p] for p in old_album.photos]

        count = len(owned(emu, "jürgen"))
        again = restore(tmp_path / "bob", client=jurgen)
        assert again.uploaded == 0 and again.already_there == len(originals)
        assert len(owned(emu, "jürgen")) == count


def test_restore_into_the_same_account_brings_back_only_what_was_deleted(emu, bob, tmp_path):
    backup(tmp_path / "bob", client=bob, details=False)
    photos = owned(emu, "bob")
    album = max((emu.store.photosets[i] for i in emu.store.find_user("bob").set_order),
                key=lambda s: len(s.photos))
    victim = album.photos[1]
    bob.api.photos.delete(photo_id=victim)

    summary = restore(tmp_path / "bob", client=bob)

    assert (summary.uploaded, summary.already_there) == (1, len(photos) - 1)
    journal = (tmp_path / "bob" / "restore-10000002_N01.log").read_text()
    new_id = next(line.split()[2] for line in journal.splitlines()
                  if line.startswith(f"photo {victim} "))
    assert emu.store.photosets[album.id].photos[1] == new_id
    assert len(owned(emu, "bob")) == len(photos)


def test_restore_leaves_a_license_flickr_will_not_set_as_the_accounts_default(emu, bob, tmp_path):
    commons, licensed = owned(emu, "bob")[:2]
    commons.license, licensed.license = 7, 4  # "no known copyright restrictions", CC BY 2.0
    backup(tmp_path / "bob", client=bob, details=False)

    with client_of(emu, "jürgen") as jurgen:
        summary = restore(tmp_path / "bob", client=jurgen)

    assert summary.ok
    journal = next((tmp_path / "bob").glob("restore-*.log")).read_text().split()
    new_id = dict(zip(journal[1::3], journal[2::3]))
    assert emu.store.photos[new_id[commons.id]].license == 0
    assert emu.store.photos[new_id[licensed.id]].license == 4
