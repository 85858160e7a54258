"""A 512 MiB download streams: the file arrives whole and the client's memory stays flat.

The client runs in a process of its own, so its peak memory (VmHWM) is its own; the server
(in this process) sends the body as fast as the client takes it.
"""

from __future__ import annotations

import pytest
from hostile_support import IMAGE, Handler, HostileServer, paced_body, serve
from transfer_support import MIB, assert_flat_memory, run_measured

SIZE = 512 * MIB

CLIENT = r"""
import flickr_api
from flickr_api import Client

client = Client("key", "secret", base_url=cfg["base_url"], rate_limit=None, timeout=60)

def photo(path):
    return flickr_api.Photo(id="1", client=client, url_o=cfg["base_url"] + path)

flickr_api.download_photo(photo("/1/1_a_o.jpg"), cfg["folder"] + "/small.jpg")  # warm up
idle = hwm_mib()
seen = [0]
path = flickr_api.download_photo(photo("/1/2_a_o.jpg"), cfg["folder"] + "/big.jpg",
                                 max_bytes=cfg["size"] * 2,
                                 progress=lambda done, total: seen.__setitem__(0, done))
print(json.dumps({"size": path.stat().st_size, "idle": idle, "peak": hwm_mib(),
                  "seen": seen[0]}))
"""


def assert_download_streams(server: HostileServer, folder: str, client_script: str) -> None:
    """``client_script`` (see ``run_measured``) downloads a small image, then :data:`SIZE`
    bytes, in a process of its own and prints its peak memory: it must stay flat."""
    big = paced_body(server, SIZE, chunk=MIB, every=0)

    def behaviour(h: Handler) -> None:
        (big if "/2_" in h.path else serve(IMAGE))(h)

    server.behaviour = behaviour
    result = run_measured(client_script, {"base_url": server.base_url, "folder": folder,
                                          "size": SIZE})
    assert result["size"] == result["seen"] == SIZE
    assert_flat_memory(result)


@pytest.mark.slow
def test_a_512_mib_download_keeps_the_client_memory_flat(server, tmp_path):
    assert_download_streams(server, str(tmp_path), CLIENT)
