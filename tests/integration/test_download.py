"""Downloading one photo through the emulator: size and extension, no needless requests,
never a truncated file, and resuming where an interrupted download stopped."""

from __future__ import annotations

import pytest
from transfer_support import (
    ALICE,
    FAST_RETRY,
    NO_RETRY,
    alice_photo,
    big_photo,
    client_for,
    etag_of,
    image,
    image_path,
    part_path,
    plant_part,
    statuses,
)

import flickr_api
from flickr_api.errors import FlickrConnectionError, FlickrServerError, FlickrTransferError
from flickr_api.testing import Fault
from flickr_api.transfer import download_photo


@pytest.fixture
def photo(emu):
    """One of alice's photos, in the emulator's store."""
    return alice_photo(emu)


@pytest.fixture
def big(emu, tmp_path):
    """A 3 MiB photo of alice's: big enough that a cut leaves part of it on disk."""
    return big_photo(emu, tmp_path)


def listed(client, photo):
    """``photo`` as a listing returns it."""
    return next(p for p in client.objects.Person(id=ALICE).getPhotos(per_page=500)
                if p.id == photo.id)


def test_the_original_by_default_with_its_extension(emu, photo, tmp_path):
    with client_for(emu) as client:
        path = download_photo(photo.id, tmp_path / "dawn", client=client)
    assert path == tmp_path / f"dawn.{photo.originalformat}"
    assert path.read_bytes() == image(emu, photo)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_photo_save_picks_a_size_by_label_or_suffix_and_keeps_a_given_extension(emu, photo,
                                                                                tmp_path):
    with client_for(emu) as client:
        found = client.objects.Photo(id=photo.id)
        first = found.save(tmp_path / "medium", size_label="Medium 640")
        second = found.save(tmp_path / "medium.jpeg", size_label="z")
    assert first.name == "medium.jpg"
    assert second.name == "medium.jpeg"
    assert first.read_bytes() == second.read_bytes() == image(emu, photo, "z")


def test_a_listed_photo_is_downloaded_with_one_request_for_its_page(emu, photo, tmp_path):
    with client_for(emu) as client:
        entry = listed(client, photo)
        emu.reset_log()
        download_photo(entry, tmp_path / "x")
    assert emu.count(path="/services/rest/") == emu.count("flickr.people.getPhotos") == 1
    assert emu.count() == 2


def test_an_unknown_size_says_which_there_are(emu, photo, tmp_path):
    with client_for(emu) as client, pytest.raises(FlickrTransferError, match="Medium 800"):
        download_photo(photo.id, tmp_path / "x", size_label="Huge", client=client)


def test_a_download_cut_midway_leaves_no_file_and_the_next_call_finishes_it(emu, big, tmp_path):
    emu.add_fault(Fault("reset", path=image_path(big)))
    target = tmp_path / "photo.jpg"
    part = tmp_path / ".photo.jpg.part"
    with client_for(emu, retry=NO_RETRY) as client:
        with pytest.raises(FlickrConnectionError, match="broke off"):
            download_photo(big.id, target, client=client)
        assert not target.exists()
        kept = part.stat().st_size  # what arrived before the reset (timing decides how much)
        assert kept < len(image(emu, big))
        download_photo(big.id, target, client=client)
    assert target.read_bytes() == image(emu, big)
    assert not part.exists()
    assert statuses(emu, big) == [200, 206 if kept else 200]


def test_a_part_file_is_resumed_with_a_range_request(emu, big, tmp_path):
    whole = image(emu, big)
    target = tmp_path / "photo.jpg"
    plant_part(target, big, whole[:1_000_000], etag_of(emu, big), length=len(whole))
    seen = []
    with client_for(emu) as client:
        path = download_photo(big.id, target, client=client,
                              progress=lambda done, total: seen.append((done, total)))
    assert path.read_bytes() == whole
    assert statuses(emu, big) == [206]
    assert seen[0] == (1_000_000, len(whole))
    assert seen[-1] == (len(whole), len(whole))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.jpg"]


def test_a_cut_download_is_finished_by_the_retries(emu, big, tmp_path):
    emu.add_fault(Fault("reset", path=image_path(big)))
    with client_for(emu, retry=FAST_RETRY) as client:
        path = download_photo(big.id, tmp_path / "photo", client=client)
    assert path.read_bytes() == image(emu, big)
    assert statuses(emu, big)[0] == 200 and len(statuses(emu, big)) == 2


@pytest.mark.parametrize("planted", ["no record", "another photo", "another size"])
def test_a_part_file_of_unknown_origin_is_never_resumed(emu, big, tmp_path, planted):
    whole = image(emu, big)
    target = tmp_path / "photo.jpg"
    if planted == "no record":
        part_path(target).write_bytes(whole[:1000])
    else:
        plant_part(target, big, b"x" * 1000, etag_of(emu, big),
                   photo_id="1" if planted == "another photo" else None,
                   label="Large" if planted == "another size" else "Original")
    with client_for(emu) as client:
        path = download_photo(big.id, target, client=client)
    assert path.read_bytes() == whole
    assert statuses(emu, big) == [200]


def test_a_part_file_of_an_older_version_is_replaced_by_the_whole_new_file(emu, big, tmp_path):
    whole = image(emu, big)
    target = tmp_path / "photo.jpg"
    plant_part(target, big, b"old version " * 100, '"an-older-etag"')
    with client_for(emu) as client:
        path = download_photo(big.id, target, client=client)
    assert path.read_bytes() == whole  # If-Range did not match: the whole file, not a splice
    assert statuses(emu, big) == [200]


def test_a_part_file_longer_than_the_image_is_dropped_and_the_download_starts_over(
        emu, photo, tmp_path):
    whole = image(emu, photo)
    target = tmp_path / "photo.jpg"
    plant_part(target, photo, b"x" * (len(whole) + 10), etag_of(emu, photo))
    with client_for(emu) as client:
        path = download_photo(photo.id, target, client=client)
    assert path.read_bytes() == whole
    assert statuses(emu, photo) == [416, 200]


def test_a_complete_part_file_is_just_renamed(emu, photo, tmp_path):
    whole = image(emu, photo)
    target = tmp_path / "photo.jpg"
    plant_part(target, photo, whole, etag_of(emu, photo), length=len(whole))
    with client_for(emu) as client:
        path = download_photo(photo.id, target, client=client)
    assert path.read_bytes() == whole
    assert statuses(emu, photo) == [416]


def test_a_missing_image_is_a_server_error_and_leaves_nothing(emu, photo, tmp_path):
    with client_for(emu, retry=NO_RETRY) as client:
        gone = flickr_api.Photo(id=photo.id, client=client, url_o=f"{emu.base_url}/1/2_3_o.jpg")
        with pytest.raises(FlickrServerError) as caught:
            download_photo(gone, tmp_path / "gone")
    assert caught.value.status_code == 404
    assert list(tmp_path.iterdir()) == []


def test_progress_true_draws_a_bar(emu, photo, tmp_path, capsys):
    with client_for(emu) as client:
        download_photo(photo.id, tmp_path / "bar", client=client, progress=True)
    assert "bar.jpg" in capsys.readouterr().err
