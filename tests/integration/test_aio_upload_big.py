"""A 1 GiB upload with an AsyncClient streams as the sync one does: measured the same way
(test_upload_big's helper), the client in a process of its own."""

from __future__ import annotations

import pytest
from test_upload_big import assert_upload_streams

pytest.importorskip("aiohttp", reason="the async client needs aiohttp (flickr_api[async])")

CLIENT = r"""
import asyncio
from flickr_api import AuthHandler
from flickr_api.aio import AsyncClient

async def main():
    async with AsyncClient(cfg["api_key"], cfg["api_secret"], base_url=cfg["base_url"],
                           auth_handler=AuthHandler.create(*cfg["token"]), rate_limit=None,
                           timeout=300) as client:
        await client.upload(cfg["small"])  # imports, first connection
        idle = hwm_mib()
        sent = [0]
        photo = await client.upload(cfg["big"],
                                    progress=lambda done, total: sent.__setitem__(0, done))
        return {"photo_id": photo.id, "idle": idle, "peak": hwm_mib(), "sent": sent[0]}

print(json.dumps(asyncio.run(main())))
"""


@pytest.mark.slow
def test_a_1_gib_upload_keeps_the_async_client_memory_flat(tmp_path):
    assert_upload_streams(tmp_path, CLIENT)
