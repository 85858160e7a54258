"""Downloading albums and photostreams: parallel, no API request beyond the listing, safe
names, resumable jobs, and failures that do not stop the others."""

from __future__ import annotations

import threading

import pytest
from transfer_support import NO_RETRY, client_for

import flickr_api
from flickr_api.testing import Fault, FlickrEmulator
from flickr_api.testing._media import image
from flickr_api.transfer import download_photos
from flickr_api.transfer.bulk import safe_name
from flickr_api.transfer.download import pick_size

ALICE = "10000001@N01"
REST = "/services/rest/"


def album(emu, title):
    return next(s for s in emu.store.photosets.values() if s.title == title)


def album_photos(client, emu, title, **kw):
    found = album(emu, title)
    return client.objects.Photoset(id=found.id).getPhotos(user_id=found.owner, **kw)


def expected_name(photo):
    """``{title}_{id}.{ext}`` of the original (a store photo, or a listed Photo)."""
    return f"{safe_name(photo.title, 100)}_{photo.id}.{photo.originalformat}"


def image_requests(emu):
    return [r for r in emu.log if not r.path.startswith("/services/")]


def test_an_album_downloads_in_parallel_with_one_request_beyond_the_listing(emu, tmp_path):
    with client_for(emu) as client:
        photos = album_photos(client, emu, "Just for me")
        emu.reset_log()
        summary = download_photos(photos, tmp_path / "album", workers=4)
    stored = [emu.store.photos[p.id] for p in photos]
    assert str(summary) == "10 downloaded, 0 skipped, 0 failed" and summary.ok
    assert sorted(p.name for p in summary.downloaded) == sorted(map(expected_name, stored))
    for photo in stored:
        data = image(emu.store, photo.server, photo.id, photo.originalsecret, "o",
                     photo.originalformat)
        assert (tmp_path / "album" / expected_name(photo)).read_bytes() == data
    assert emu.count(path=REST) == emu.count("flickr.photosets.getPhotos") == 1  # the sizes
    assert len(image_requests(emu)) == 10


def test_a_second_run_skips_what_is_there_and_finishes_the_rest(emu, tmp_path):
    with client_for(emu, retry=NO_RETRY) as client:
        photos = album_photos(client, emu, "Just for me")
        emu.add_fault(Fault("http_500", path=f"/65535/{photos[3].id}_"))
        first = download_photos(photos, tmp_path)
        emu.reset_log()
        second = download_photos(photos, tmp_path)
    assert (len(first.downloaded), first.failed[0][0]) == (9, photos[3].id)
    assert "HTTP Server Error 500" in first.failed[0][1]
    assert str(second) == "1 downloaded, 9 skipped, 0 failed"
    assert second.downloaded[0].name == expected_name(photos[3])
    assert len(image_requests(emu)) == 1
    assert not list(tmp_path.glob(".*.part"))


def test_a_walker_over_a_photostream_costs_one_request_a_page_and_one_more(emu, tmp_path):
    with client_for(emu) as client:
        stream = flickr_api.Walker(client.objects.Person(id=ALICE).getPhotos, per_page=100)
        emu.reset_log()
        seen = []
        summary = download_photos(stream, tmp_path, size_label="Thumbnail", workers=8,
                                  progress=lambda done, total: seen.append((done, total)))
    mine = [p for p in emu.store.photos.values() if p.owner == ALICE]
    assert len(summary.downloaded) == len(mine) == 225
    assert emu.count(path=REST) == emu.count("flickr.people.getPhotos") == 3 + 1
    assert seen[-1] == (225, None)
    assert {p.suffix for p in summary.downloaded} == {".jpg"}


def test_workers_download_at_the_same_time(tmp_path, monkeypatch):
    """Each download waits in the server until all of them have arrived, which only happens
    when they run at the same time, not one after the other."""
    with FlickrEmulator(photos=300) as emu, client_for(emu) as client:
        photos = album_photos(client, emu, "Just for me")
        for photo in photos:  # the API requests first: only image requests meet at the barrier
            pick_size(photo)
        together = threading.Barrier(len(photos), timeout=30)
        arrived: list[int] = []
        monkeypatch.setattr(emu, "pause", lambda seconds: arrived.append(together.wait()))
        summary = download_photos(photos, tmp_path, workers=len(photos))
    assert len(summary.downloaded) == len(photos) == len(arrived) and not together.broken


def test_same_titles_and_repeated_photos(emu, tmp_path):
    with client_for(emu) as client:
        photos = album_photos(client, emu, "Just for me")[:3]
        summary = download_photos([*photos, photos[0]], tmp_path, name=lambda p: "same",
                                  progress=True)
    names = sorted(p.name for p in summary.downloaded)
    assert names == sorted(["same.jpg", f"same_{photos[1].id}.jpg", f"same_{photos[2].id}.jpg"])


def test_no_workers_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="workers"):
        download_photos([], tmp_path, workers=0)
