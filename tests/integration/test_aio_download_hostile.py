"""The hostile-server downloads with an AsyncClient: every test of test_download_hostile,
collected here again with an async ``kit`` (the same scenarios, not a copy), and what only a
task can do: be cancelled in the middle of a body."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aio_support import AsyncKit, run_client
from hostile_support import IMAGE, Handler, HostileServer, nothing_left, photo_of, trickle
from test_download_hostile import (  # noqa: F401  (collected here with the async kit)
    test_a_body_shorter_than_announced_is_a_connection_error,
    test_a_cut_download_keeps_a_part_with_a_validator_and_resumes_it,
    test_a_full_disk_is_a_transfer_error_and_leaves_nothing,
    test_a_gzip_bomb_is_refused_and_never_inflated,
    test_a_listing_that_fails_part_way_keeps_what_was_done,
    test_a_missing_folder_is_a_transfer_error,
    test_a_planted_part_is_never_followed,
    test_a_redirect_on_the_same_host_is_followed,
    test_a_redirect_to_another_host_is_refused,
    test_a_url_off_flickr_is_never_fetched,
    test_an_announced_size_over_the_bound_is_refused_before_reading,
    test_an_empty_body_is_not_a_photo,
    test_an_endless_body_is_cut_at_the_bound_of_the_listed_dimensions,
    test_endless_redirects_end,
    test_one_bad_photo_never_stops_a_batch,
    test_the_extension_comes_from_what_flickr_declares,
)

from flickr_api.aio import AsyncClient, download_photo


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()


def slow_image(server: HostileServer, **headers: str) -> Any:
    """The image announced at once, then a byte every 0.05 s."""

    def behaviour(h: Handler) -> None:
        h.head(length=len(IMAGE), content_type="image/jpeg", **headers)
        trickle(server, IMAGE)(h)

    return behaviour


def cancel_at_first_byte(done: int, total: Any) -> None:
    """A progress callback cancelling its task once some of the body is on disk (no timing)."""
    if done:
        task = asyncio.current_task()
        assert task is not None
        task.cancel()


def download_cancelled(server: HostileServer, target: Any) -> None:
    async def cancelled(client: AsyncClient) -> None:
        task = asyncio.ensure_future(download_photo(photo_of(client, server), target,
                                                    progress=cancel_at_first_byte))
        with pytest.raises(asyncio.CancelledError):
            await task

    run_client(cancelled, api_key="key", api_secret="secret", base_url=server.base_url,
               rate_limit=None)


def test_cancelling_a_body_without_a_validator_leaves_nothing(server, tmp_path):
    server.behaviour = slow_image(server)
    download_cancelled(server, tmp_path / "p.jpg")
    assert nothing_left(tmp_path)


def test_cancelling_a_body_with_a_validator_keeps_a_part_the_next_download_resumes(
        server, tmp_path):
    server.behaviour = slow_image(server, ETag='"v1"')
    download_cancelled(server, tmp_path / "p.jpg")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".p.jpg.part", ".p.jpg.part.json"]
    kept = (tmp_path / ".p.jpg.part").read_bytes()
    assert kept and IMAGE.startswith(kept)

    def rest(h: Handler) -> None:
        start = int(h.headers["Range"].split("=")[1].rstrip("-"))
        assert start == len(kept) and h.headers["If-Range"] == '"v1"'
        h.head(206, length=len(IMAGE) - start, content_type="image/jpeg", ETag='"v1"',
               Content_Range=f"bytes {start}-{len(IMAGE) - 1}/{len(IMAGE)}")
        h.wfile.write(IMAGE[start:])

    server.behaviour = rest
    path = AsyncKit().download_photo(photo_of(AsyncKit().client(server.base_url), server),
                                     tmp_path / "p.jpg")
    assert path.read_bytes() == IMAGE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jpg"]
