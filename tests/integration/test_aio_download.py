"""Downloads with an AsyncClient through the emulator: the sync scenarios (test_download,
test_download_bulk) awaited. Size and extension, streamed with progress, resumed, never a
partial file under the final name, and a cancelled task leaves only a part a later download
resumes; batches run their downloads as tasks."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from aio_support import run
from transfer_support import (
    ALICE,
    NO_RETRY,
    alice_photo,
    big_photo,
    etag_of,
    image,
    image_path,
    part_path,
    plant_part,
    statuses,
)

import flickr_api
from flickr_api import RateLimiter
from flickr_api.aio import AsyncClient, download_photo, download_photos
from flickr_api.errors import FlickrConnectionError, FlickrServerError, FlickrTransferError
from flickr_api.testing import Fault, FlickrEmulator
from flickr_api.testing._media import image as served_image
from flickr_api.transfer.bulk import safe_name

REST = "/services/rest/"


@pytest.fixture
def photo(emu):
    return alice_photo(emu)


@pytest.fixture
def big(emu, tmp_path):
    return big_photo(emu, tmp_path)


def test_the_original_by_default_with_its_extension(emu, photo, tmp_path):
    path = run(lambda c: c.download(photo.id, tmp_path / "dawn"), emu)
    assert path == tmp_path / f"dawn.{photo.originalformat}"
    assert path.read_bytes() == image(emu, photo)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_photo_save_picks_a_size_by_label_or_suffix(emu, photo, tmp_path):
    async def save(client: AsyncClient) -> tuple[Path, Path]:
        found = client.objects.Photo(id=photo.id)
        first = await found.save(tmp_path / "medium", size_label="Medium 640")
        return first, await found.save(tmp_path / "medium.jpeg", size_label="z")

    first, second = run(save, emu)
    assert (first.name, second.name) == ("medium.jpg", "medium.jpeg")
    assert first.read_bytes() == second.read_bytes() == image(emu, photo, "z")


def test_a_photo_listed_with_its_url_costs_no_api_request(emu, photo, tmp_path):
    async def listed(client: AsyncClient) -> Path:
        photos = await client.objects.Person(id=ALICE).getPhotos(
            per_page=500, extras="url_o,original_format")
        emu.reset_log()
        entry = next(p for p in photos if p.id == photo.id)
        return await download_photo(entry, tmp_path / "x")

    assert run(listed, emu).read_bytes() == image(emu, photo)
    assert emu.count(path=REST) == 0 and emu.count() == 1


def test_an_unknown_size_says_which_there_are(emu, photo, tmp_path):
    with pytest.raises(FlickrTransferError, match="Medium 800"):
        run(lambda c: download_photo(photo.id, tmp_path / "x", size_label="Huge", client=c),
            emu)


def test_progress_streams_the_body_chunk_by_chunk(emu, big, tmp_path):
    seen: list[tuple[int, Any]] = []
    path = run(lambda c: download_photo(big.id, tmp_path / "p", client=c,
                                        progress=lambda done, total: seen.append((done, total))),
               emu)
    whole = len(image(emu, big))
    assert path.stat().st_size == whole
    assert seen[0] == (0, whole) and seen[-1] == (whole, whole)
    assert len(seen) > 3 and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_part_file_is_resumed_with_a_range_request(emu, big, tmp_path):
    whole = image(emu, big)
    target = tmp_path / "photo.jpg"
    plant_part(target, big, whole[:1_000_000], etag_of(emu, big), length=len(whole))
    seen: list[tuple[int, Any]] = []
    path = run(lambda c: c.download(big.id, target,
                                    progress=lambda done, total: seen.append((done, total))),
               emu)
    assert path.read_bytes() == whole
    assert statuses(emu, big) == [206]
    assert seen[0] == (1_000_000, len(whole)) and seen[-1] == (len(whole), len(whole))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.jpg"]


def test_a_download_cut_midway_leaves_no_file_and_the_next_call_finishes_it(emu, big, tmp_path):
    emu.add_fault(Fault("reset", path=image_path(big)))
    target = tmp_path / "photo.jpg"
    with pytest.raises(FlickrConnectionError, match="broke off"):
        run(lambda c: c.download(big.id, target), emu, retry=NO_RETRY)
    assert not target.exists()
    kept = part_path(target).stat().st_size
    run(lambda c: c.download(big.id, target), emu)
    assert target.read_bytes() == image(emu, big)
    assert statuses(emu, big) == [200, 206 if kept else 200]


def test_cancelling_mid_body_keeps_only_a_resumable_part(emu, big, tmp_path):
    """Cancelled once the first chunk is on disk (by the progress callback, so no timing):
    nothing under the final name, the part and its record stay, and the next download asks
    only for the rest."""
    target = tmp_path / "photo.jpg"

    def cancel_after_first_chunk(done: int, total: Any) -> None:
        if done:
            task = asyncio.current_task()
            assert task is not None
            task.cancel()

    async def cancelled(client: AsyncClient) -> None:
        task = asyncio.ensure_future(client.download(big.id, target,
                                                     progress=cancel_after_first_chunk))
        with pytest.raises(asyncio.CancelledError):
            await task

    run(cancelled, emu)
    whole = image(emu, big)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".photo.jpg.part",
                                                          ".photo.jpg.part.json"]
    kept = part_path(target).stat().st_size
    assert 0 < kept < len(whole) and whole.startswith(part_path(target).read_bytes())
    run(lambda c: c.download(big.id, target), emu)
    assert target.read_bytes() == whole
    assert statuses(emu, big) == [200, 206]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.jpg"]


def test_a_missing_image_is_a_server_error_and_leaves_nothing(emu, photo, tmp_path):
    async def gone(client: AsyncClient) -> Path:
        missing = flickr_api.Photo(id=photo.id, client=client,
                                   url_o=f"{emu.base_url}/1/2_3_o.jpg")
        return await download_photo(missing, tmp_path / "gone")

    with pytest.raises(FlickrServerError) as caught:
        run(gone, emu, retry=NO_RETRY)
    assert caught.value.status_code == 404
    assert list(tmp_path.iterdir()) == []


def test_a_blocking_download_with_an_async_client_says_to_await(emu, photo, tmp_path):
    async def blocking(client: AsyncClient) -> None:
        with pytest.raises(TypeError, match=r"await client\.download"):
            flickr_api.download_photo(photo.id, tmp_path / "x", client=client)
        with pytest.raises(TypeError, match="need an AsyncClient"):
            await download_photo(photo.id, tmp_path / "x", client=flickr_api.Client("k", "s"))

    run(blocking, emu)
    assert list(tmp_path.iterdir()) == []


# -- batches ---------------------------------------------------------------------------------
def album_id(emu: FlickrEmulator, title: str) -> str:
    return next(s.id for s in emu.store.photosets.values() if s.title == title)


def expected_name(photo: Any) -> str:
    return f"{safe_name(photo.title, 100)}_{photo.id}.{photo.originalformat}"


def image_requests(emu: FlickrEmulator) -> list[Any]:
    return [r for r in emu.log if not r.path.startswith("/services/")]


async def album_photos(client: AsyncClient, emu: FlickrEmulator, **kw: Any) -> Any:
    return await client.objects.Photoset(id=album_id(emu, "Just for me")).getPhotos(
        user_id=ALICE, extras="url_o,original_format", **kw)


def test_an_album_downloads_as_tasks_with_no_request_beyond_the_listing(emu, tmp_path):
    async def album(client: AsyncClient) -> Any:
        photos = await album_photos(client, emu)
        emu.reset_log()
        return photos, await download_photos(photos, tmp_path / "album", workers=4)

    photos, summary = run(album, emu)
    stored = [emu.store.photos[p.id] for p in photos]
    assert str(summary) == "10 downloaded, 0 skipped, 0 failed" and summary.ok
    assert sorted(p.name for p in summary.downloaded) == sorted(map(expected_name, stored))
    for photo in stored:
        data = served_image(emu.store, photo.server, photo.id, photo.originalsecret, "o",
                            photo.originalformat)
        assert (tmp_path / "album" / expected_name(photo)).read_bytes() == data
    assert emu.count(path=REST) == 0 and len(image_requests(emu)) == 10


def test_a_second_run_skips_what_is_there_and_finishes_the_rest(emu, tmp_path):
    async def twice(client: AsyncClient) -> Any:
        photos = await album_photos(client, emu)
        emu.add_fault(Fault("http_500", path=f"/65535/{photos[3].id}_"))
        first = await download_photos(photos, tmp_path)
        emu.reset_log()
        return photos, first, await download_photos(photos, tmp_path)

    photos, first, second = run(twice, emu, retry=NO_RETRY)
    assert (len(first.downloaded), first.failed[0][0]) == (9, photos[3].id)
    assert "HTTP Server Error 500" in first.failed[0][1]
    assert str(second) == "1 downloaded, 9 skipped, 0 failed"
    assert len(image_requests(emu)) == 1
    assert not list(tmp_path.glob(".*.part"))


def test_an_async_walker_over_a_photostream_feeds_a_batch(emu, tmp_path):
    seen: list[tuple[int, Any]] = []

    async def stream(client: AsyncClient) -> Any:
        walker = flickr_api.Walker(client.objects.Person(id=ALICE).getPhotos, per_page=100,
                                   extras="url_t")
        emu.reset_log()
        return await download_photos(walker, tmp_path, size_label="Thumbnail", workers=8,
                                     progress=lambda done, total: seen.append((done, total)))

    summary = run(stream, emu)
    mine = [p for p in emu.store.photos.values() if p.owner == ALICE]
    assert len(summary.downloaded) == len(mine) == 225
    assert emu.count(path=REST) == emu.count("flickr.people.getPhotos") == 3
    assert seen[-1] == (225, None)


def test_tasks_download_at_the_same_time(tmp_path, monkeypatch):
    """Each download waits in the server until all of them have arrived, which only happens
    when they run at the same time, not one after the other."""
    with FlickrEmulator(photos=300) as emu:
        together = threading.Barrier(10, timeout=30)
        arrived: list[int] = []

        async def album(client: AsyncClient) -> Any:
            photos = await album_photos(client, emu)
            monkeypatch.setattr(emu, "pause", lambda seconds: arrived.append(together.wait()))
            return await download_photos(photos, tmp_path, workers=len(photos))

        summary = run(album, emu)
    assert len(summary.downloaded) == len(arrived) == 10 and not together.broken


def test_one_failure_never_stops_a_batch_and_a_listing_that_breaks_keeps_the_rest(emu,
                                                                                   tmp_path):
    async def batch(client: AsyncClient) -> Any:
        photos = list(await album_photos(client, emu))[:3]
        bad = flickr_api.Photo(id="3", client=client, url_o="https://evil.example/3.jpg")

        async def listing() -> Any:
            for photo in [photos[0], bad, *photos[1:]]:
                yield photo
            raise FlickrConnectionError("the listing broke off")

        return await download_photos(listing(), tmp_path, client=client, workers=2)

    summary = run(batch, emu)
    assert len(summary.downloaded) == 3
    assert summary.failed[0][0] == "3" and "Refusing to download" in summary.failed[0][1]
    assert summary.failed[1] == ("(listing)", "the listing broke off")


def test_cancelling_a_batch_leaves_no_partial_file_under_a_final_name(emu, tmp_path):
    async def cancelled(client: AsyncClient) -> None:
        photos = await album_photos(client, emu)
        emu.add_fault(Fault("slow", delay=30, path="/65535/"))
        task = asyncio.ensure_future(download_photos(photos, tmp_path, workers=4))
        while not emu.log:  # a download under way
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(cancelled, emu)
    assert list(tmp_path.iterdir()) == []  # no validator came: nothing worth keeping


def test_no_workers_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="workers"):
        asyncio.run(download_photos([], tmp_path, workers=0))


def test_a_batch_s_api_calls_share_the_rate_limiter_and_its_images_do_not_count(emu, tmp_path):
    shared = RateLimiter(per_hour=3600 * 1000, burst=5)

    async def album(client: AsyncClient) -> Any:
        photos = await client.objects.Photoset(id=album_id(emu, "Just for me")).getPhotos(
            user_id=ALICE)  # no url_* extras: each photo's sizes cost a getSizes
        return await download_photos(photos, tmp_path, workers=4)

    summary = run(album, emu, rate_limit=shared)
    assert str(summary) == "10 downloaded, 0 skipped, 0 failed"
    assert emu.count("flickr.photos.getSizes") == 10
    assert shared.status().acquired == 1 + 10  # the listing and the getSizes calls
