"""The async client against the sync one, each in its own process.

``python bench/sides/aio_side.py WORKLOAD '{json settings}'`` with this repository on
PYTHONPATH; WORKLOAD is one of:

- ``getinfo_threads``: ``n`` photos.getInfo calls at once, a sync Client in a pool of ``n``
  threads;
- ``getinfo_async``: the same calls as tasks of one AsyncClient, ``bounded_gather(limit=n)``;
- ``walk_sync`` / ``walk_async``: the first ``n`` photos of a person, Walker with
  ``prefetch`` pages read ahead, iterated with ``for`` / ``async for``.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List

from measure import measure, run

from flickr_api import AuthHandler, Client
from flickr_api.aio import AsyncClient, bounded_gather
from flickr_api.objects import Walker


def _settings(cfg: Dict[str, Any]) -> Dict[str, Any]:
    return {"api_key": cfg["api_key"], "api_secret": cfg["api_secret"],
            "auth_handler": AuthHandler.create(*cfg["token"]), "base_url": cfg["base_url"],
            "rate_limit": None}


def getinfo_threads(cfg: Dict[str, Any]) -> Dict[str, Any]:
    client = Client(**_settings(cfg))
    ids: List[str] = cfg["photo_ids"]

    def work() -> int:
        with ThreadPoolExecutor(len(ids)) as pool:
            return len(list(pool.map(lambda i: client.api.photos.getInfo(photo_id=i), ids)))

    return measure(work, setup=lambda: client.api.photos.getInfo(photo_id=ids[0]))


def getinfo_async(cfg: Dict[str, Any]) -> Dict[str, Any]:
    ids: List[str] = cfg["photo_ids"]
    loop = asyncio.new_event_loop()
    client = AsyncClient(**_settings(cfg), max_connections=len(ids))

    async def calls() -> int:
        return len(await bounded_gather(
            (client.api.photos.getInfo(photo_id=i) for i in ids), limit=len(ids)))

    result = measure(lambda: loop.run_until_complete(calls()),
                     setup=lambda: loop.run_until_complete(
                         client.api.photos.getInfo(photo_id=ids[0])))
    loop.run_until_complete(client.aclose())
    loop.close()
    return result


def walk_sync(cfg: Dict[str, Any]) -> Dict[str, Any]:
    client = Client(**_settings(cfg))
    person = client.objects.Person(id=cfg["user_id"])

    def work() -> int:
        walker = Walker(person.getPhotos, prefetch=cfg["prefetch"], per_page=cfg["per_page"])
        return sum(1 for _ in zip(range(cfg["n"]), walker))

    return measure(work, setup=lambda: client.api.test.null())


def walk_async(cfg: Dict[str, Any]) -> Dict[str, Any]:
    loop = asyncio.new_event_loop()
    client = AsyncClient(**_settings(cfg))
    person = client.objects.Person(id=cfg["user_id"])

    async def walk() -> int:
        count = 0
        async for _photo in Walker(person.getPhotos, prefetch=cfg["prefetch"],
                                   per_page=cfg["per_page"]):
            count += 1
            if count == cfg["n"]:
                break
        return count

    result = measure(lambda: loop.run_until_complete(walk()),
                     setup=lambda: loop.run_until_complete(client.api.test.null()))
    loop.run_until_complete(client.aclose())
    loop.close()
    return result


if __name__ == "__main__":
    run({"getinfo_threads": getinfo_threads, "getinfo_async": getinfo_async,
         "walk_sync": walk_sync, "walk_async": walk_async})
