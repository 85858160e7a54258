"""A 512 MiB download with an AsyncClient streams as the sync one does: measured the same
way (test_download_big's helper), the client in a process of its own."""

from __future__ import annotations

import pytest
from test_download_big import assert_download_streams

pytest.importorskip("aiohttp", reason="the async client needs aiohttp (flickr_api[async])")

CLIENT = r"""
import asyncio
import flickr_api
from flickr_api.aio import AsyncClient, download_photo

async def main():
    async with AsyncClient("key", "secret", base_url=cfg["base_url"], rate_limit=None,
                           timeout=60) as client:
        def photo(path):
            return flickr_api.Photo(id="1", client=client, url_o=cfg["base_url"] + path)

        await download_photo(photo("/1/1_a_o.jpg"), cfg["folder"] + "/small.jpg")  # warm up
        idle = hwm_mib()
        seen = [0]
        path = await download_photo(photo("/1/2_a_o.jpg"), cfg["folder"] + "/big.jpg",
                                    max_bytes=cfg["size"] * 2,
                                    progress=lambda done, total: seen.__setitem__(0, done))
        return {"size": path.stat().st_size, "idle": idle, "peak": hwm_mib(), "seen": seen[0]}

print(json.dumps(asyncio.run(main())))
"""


@pytest.mark.slow
def test_a_512_mib_download_keeps_the_async_client_memory_flat(server, tmp_path):
    assert_download_streams(server, str(tmp_path), CLIENT)
