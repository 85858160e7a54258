"""``async for`` over a Walker of an awaitable paged method: the same pages, the same items,
read-ahead as tasks that run together and are cancelled when the caller stops."""

from __future__ import annotations

import asyncio

import pytest
from test_objects_listing import Pages, ids

from flickr_api.objects import FlickrList, Info, Photo, Walker


class AsyncPages(Pages):
    """:class:`Pages` as a coroutine; ``running`` counts the fetches in flight at once."""

    def __init__(self, total: int, hang_from: int = 0, **options: object) -> None:
        super().__init__(total, **options)  # type: ignore[arg-type]
        self.running = self.most_running = 0
        self.cancelled = 0
        self.hang_from = hang_from  # pages from this one on never come (0: all come)

    async def fetch(self, page: int = 1, per_page: int = 100, **kw: object) -> FlickrList:
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        try:
            await asyncio.sleep(0)  # let the other fetches start
            if self.hang_from and page >= self.hang_from:
                await asyncio.Event().wait()
            return self(page, per_page)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.running -= 1


async def collect(walker: Walker, stop: int = -1) -> list:
    items = []
    async for item in walker:
        if len(items) == stop:
            break
        items.append(item)
    return items


@pytest.mark.parametrize("prefetch", [0, 1, 4])
def test_async_walk_yields_every_item_once_in_order(prefetch):
    pages = AsyncPages(1000, empty_pages=(4,))
    walked = asyncio.run(collect(Walker(pages.fetch, per_page=100, prefetch=prefetch)))
    assert ids(walked) == [i for i in range(1000) if not 300 <= i < 400]
    assert sorted(pages.requested) == list(range(1, 11))
    assert pages.most_running == max(prefetch, 1)


def test_async_read_ahead_is_cancelled_when_the_caller_stops():
    pages = AsyncPages(10_000, hang_from=3)
    walked = asyncio.run(collect(Walker(pages.fetch, per_page=100, prefetch=3), stop=150))
    assert len(walked) == 150 and max(pages.requested) <= 5
    assert pages.cancelled == 3 and pages.running == 0  # pages 3 to 5, still on their way


def test_async_walk_stops_at_repeats_and_follows_has_next_page():
    pages = AsyncPages(250, reported=1000)  # Flickr says 10 pages, serves 3, then repeats
    assert ids(asyncio.run(collect(Walker(pages.fetch, per_page=100, prefetch=2)))) == list(
        range(250))

    async def no_total(page: int = 1, **kw: object) -> FlickrList:
        more = int(page < 3)
        return FlickrList([Photo(id=str(page))], Info.of({"page": page, "has_next_page": more}, 1))

    assert ids(asyncio.run(collect(Walker(no_total, prefetch=2)))) == [1, 2, 3]


def test_async_walk_refuses_methods_without_pages():
    async def not_paged(**kw: object) -> list:
        return [1, 2]

    with pytest.raises(TypeError, match="FlickrList"):
        asyncio.run(collect(Walker(not_paged)))
