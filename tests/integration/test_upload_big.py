"""A 1 GiB upload streams: the file reaches Flickr intact and the client's memory stays flat.

The client runs in a process of its own, so its peak memory (VmHWM) is its own; the emulator
(in this process) checks the SHA-256 of what it received.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from transfer_support import MIB, assert_flat_memory, run_measured

from flickr_api.testing import FlickrEmulator

GIB = 1024 * MIB

CLIENT = r"""
from flickr_api import AuthHandler, Client

client = Client(cfg["api_key"], cfg["api_secret"], base_url=cfg["base_url"],
                auth_handler=AuthHandler.create(*cfg["token"]), rate_limit=None, timeout=300)
client.upload(cfg["small"])  # imports, first connection
idle = hwm_mib()
sent = [0]
photo = client.upload(cfg["big"], progress=lambda done, total: sent.__setitem__(0, done))
print(json.dumps({"photo_id": photo.id, "idle": idle, "peak": hwm_mib(), "sent": sent[0]}))
"""


def sparse_sha256(size: int) -> str:
    """The SHA-256 of ``size`` zero bytes (what a sparse file reads as)."""
    digest, block = hashlib.sha256(), bytes(MIB)
    for _ in range(size // MIB):
        digest.update(block)
    return digest.hexdigest()


def assert_upload_streams(tmp_path: Path, client_script: str) -> None:
    """``client_script`` (see ``run_measured``) uploads a sparse 1 GiB file in a process of
    its own and prints its peak memory: the emulator got the file intact, memory stayed flat."""
    big, small = tmp_path / "film.mp4", tmp_path / "clip.mp4"
    with open(big, "wb") as file:
        file.truncate(GIB)  # sparse: made at once, no disk used
    small.write_bytes(bytes(64 * 1024))
    with FlickrEmulator(photos=300) as emu:
        cfg = {"api_key": emu.api_key, "api_secret": emu.api_secret, "base_url": emu.base_url,
               "token": emu.token("write"), "big": str(big), "small": str(small)}
        result = run_measured(client_script, cfg)
        record = emu.uploads[-1]
    assert (record.photo_id, record.size, record.filename) == (result["photo_id"], GIB,
                                                               "film.mp4")
    assert record.sha256 == sparse_sha256(GIB)
    assert result["sent"] > GIB
    assert_flat_memory(result)


@pytest.mark.slow
def test_a_1_gib_upload_keeps_the_client_memory_flat(tmp_path):
    assert_upload_streams(tmp_path, CLIENT)
