"""The asyncio client through the emulator: the sync client's scenarios, awaited.

Each test runs its own event loop (``asyncio.run``); tasks play the part threads play for the
sync client.
"""

from __future__ import annotations

import asyncio
import gc
import re
from pathlib import Path
from typing import Any

import pytest
import requests
from aio_support import run

from flickr_api import AuthHandler, Client, RateLimiter, RetryConfig
from flickr_api.aio import AsyncAuthHandler, AsyncClient, bounded_gather
from flickr_api.errors import (
    AuthHandlerError,
    FlickrAPIError,
    FlickrConnectionError,
    FlickrServerError,
    FlickrTimeoutError,
    FlickrValidationError,
    NotLoadedError,
)
from flickr_api.objects import Photo, Walker

ALICE = "10000001@N01"


def test_direct_api_validation_and_errors(emu):
    async def calls(client: AsyncClient) -> Any:
        found = await client.api.photos.search(user_id="me", tags="cat", per_page=5)
        login = await client.call("flickr.test.login")
        with pytest.raises(FlickrValidationError, match="photo_id"):
            client.api.photos.getInfo()  # refused before anything is sent or awaited
        with pytest.raises(FlickrAPIError) as missing:
            await client.api.photos.getInfo(photo_id="1")
        return found, login, missing.value.code

    found, login, code = run(calls, emu)
    assert len(found["photos"]["photo"]) == 5 and login["user"]["id"] == ALICE and code == 1


def test_oauth_flow_with_callback_and_the_shared_state_format(emu):
    async def flow(client: AsyncClient) -> AuthHandler:
        handler = AsyncAuthHandler(callback="http://127.0.0.1:9/back", client=client)
        url = await handler.get_authorization_url("write")
        state = handler.todict()  # what a web app keeps between the two requests
        back = requests.get(url, allow_redirects=False, timeout=10).headers["Location"]
        resumed = AsyncAuthHandler.fromdict(state, client=client)
        await resumed.set_verifier(back)
        checked = await resumed.check()
        assert checked["perms"] == "write"
        return AuthHandler.fromdict(resumed.todict())  # a sync handler takes it over

    handler = run(flow, emu, auth_handler=None)
    assert handler.username == "alice" and handler.access_token is not None


def test_out_of_band_code(emu):
    async def flow(client: AsyncClient) -> str:
        handler = AsyncAuthHandler(client=client)
        page = requests.get(await handler.get_authorization_url("read"), timeout=10).text
        code = re.search(r'id="verifier">([^<]+)<', page).group(1)
        await handler.set_verifier(code)
        with pytest.raises(AuthHandlerError):
            await handler.set_verifier(code)  # a second time: no request token left
        return handler.username or ""

    assert run(flow, emu, auth_handler=None) == "alice"


def test_objects_load_on_await_and_never_block(emu):
    async def objects(client: AsyncClient) -> Any:
        photos = await client.objects.Photo.search(user_id="me", per_page=3)
        photo = client.objects.Photo(id=photos[0].id)
        with pytest.raises(NotLoadedError, match=r"await photo\.load\(\)"):
            _ = photo.description  # not loaded: no hidden blocking request
        await photo.load()
        sizes = await photo.getSizes()
        person = await client.objects.Person.findByUserName("alice")
        return photos, photo, sizes, person

    photos, photo, sizes, person = run(objects, emu)
    assert photos[0].title and photo.loaded and photo.owner.id == ALICE
    assert sizes and person.id == ALICE


def test_async_for_over_a_walker_with_read_ahead(emu):
    async def walk(client: AsyncClient) -> list:
        person = client.objects.Person(id=ALICE)
        walked = [p.id async for p in Walker(person.getPhotos, per_page=50, prefetch=3)]
        total = (await person.getPhotos(per_page=1)).info["total"]
        return [walked, total]

    walked, total = run(walk, emu)
    assert len(walked) == len(set(walked)) == total


def test_pages_walked_are_freed_while_the_client_stays_open(emu):
    # Kept-alive connections outlive the requests that opened them: they must not keep
    # those requests' replies alive.
    async def walk(client: AsyncClient) -> int:
        person = client.objects.Person(id=ALICE)
        async for _photo in Walker(person.getPhotos, per_page=20, prefetch=3):
            pass
        del _photo
        gc.collect()
        return sum(isinstance(o, Photo) for o in gc.get_objects())

    assert run(walk, emu) <= 20  # at most the last page


def test_bounded_gather_runs_many_calls_under_the_limit(emu):
    async def many(client: AsyncClient) -> list:
        found = await client.api.photos.search(user_id="me", per_page=40)
        ids = [p["id"] for p in found["photos"]["photo"]]
        infos = await bounded_gather((client.api.photos.getInfo(photo_id=i) for i in ids),
                                     limit=8)
        return [ids, [info["photo"]["id"] for info in infos]]

    ids, got = run(many, emu)
    assert got == ids and emu.count("flickr.photos.getInfo") == 40


def test_retries_and_deadline(emu):
    emu.add_fault("http_503", method="flickr.test.echo")
    retry = RetryConfig(max_retries=2, base_delay=0.01, max_delay=0.02)
    assert run(lambda c: c.call("flickr.test.echo", a="1"), emu, retry=retry)["a"] == "1"
    assert emu.count("flickr.test.echo") == 2

    emu.add_fault("slow", delay=30, method="flickr.test.null")
    quick = RetryConfig(max_retries=0, deadline=0.5)
    with pytest.raises(FlickrTimeoutError):
        run(lambda c: c.api.test.null(), emu, retry=quick)


def test_a_server_error_is_typed(emu):
    emu.add_fault("html_200", method="flickr.test.null", times=5)
    with pytest.raises(FlickrServerError):
        run(lambda c: c.api.test.null(), emu, retry=RetryConfig(max_retries=0))


def test_upload_streams_a_file_and_cancelling_leaves_nothing(emu, tmp_path: Path):
    image = tmp_path / "cat.jpg"
    image.write_bytes(b"\xff\xd8\xff" + bytes(300_000))
    seen: list[int] = []

    async def upload(client: AsyncClient) -> Any:
        return await client.upload(image, title="A cat", progress=lambda n, t: seen.append(n))

    photo = run(upload, emu)
    assert photo.id and emu.uploads[-1].fields["title"] == "A cat"
    assert seen[-1] == emu.uploads[-1].size or seen  # progress was reported

    emu.add_fault("slow", delay=30, path="/services/upload")

    async def cancelled(client: AsyncClient) -> None:
        task = asyncio.ensure_future(client.upload(image, title="Never"))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(cancelled, emu)
    assert [u.fields["title"] for u in emu.uploads] == ["A cat"]


def test_tickets_are_awaited(emu, tmp_path: Path):
    image = tmp_path / "cat.jpg"
    image.write_bytes(b"\xff\xd8\xff" + bytes(1000))

    async def upload(client: AsyncClient) -> Any:
        ticket = await client.upload(image, asynchronous=True)
        return await ticket.wait(timeout=30, interval=0.05)

    assert run(upload, emu).id == emu.uploads[-1].photo_id


def test_a_rate_limiter_shared_with_a_sync_client(emu):
    shared = RateLimiter(per_hour=3600 * 1000, burst=5)
    sync = Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=shared)
    with sync:
        sync.api.test.echo()
        run(lambda c: bounded_gather([c.api.test.echo() for _ in range(3)]), emu,
            rate_limit=shared)
        sync.api.test.echo()
    assert shared.status().acquired == 5


def test_a_refused_connection_is_a_typed_error():
    async def refused() -> None:
        async with AsyncClient("key", "secret", base_url="http://127.0.0.1:9", rate_limit=None,
                               retry=RetryConfig(max_retries=0)) as client:
            await client.api.test.echo()

    with pytest.raises(FlickrConnectionError) as caught:
        asyncio.run(refused())
    assert caught.value.request_sent is False and "127.0.0.1:9" in str(caught.value)
