"""A 1 GiB upload streams through the emulator without growing its memory (slow, opt-in)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

import pytest
from emulator_support import upload_to

import flickr_api

REPO = Path(flickr_api.__file__).resolve().parent.parent
GiB = 1024**3
CHUNK = 1024 * 1024
HEADER = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def video(size: int) -> Iterator[bytes]:
    """An MP4-looking stream of ``size`` bytes, generated as it is sent."""
    yield HEADER
    block = bytes(range(256)) * (CHUNK // 256)
    left = size - len(HEADER)
    while left:
        piece = block[: min(CHUNK, left)]
        left -= len(piece)
        yield piece


def kib(pid: int, field: str) -> int:
    """``VmRSS`` / ``VmHWM`` (peak) of a process, in KiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", status, re.M).group(1))


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_one_gib_upload_keeps_the_emulator_small(tmp_path, record_property):
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "flickr_api.testing", "--photos", "50"],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    try:
        banner = ""
        for line in process.stdout:
            banner += line
            if line.startswith("Press Ctrl-C"):
                break
        url = re.search(r"at (http://\S+)", banner).group(1)
        keys = (re.search(r"API key:\s+(\S+)", banner).group(1),
                re.search(r"API secret:\s+(\S+)", banner).group(1))
        token = re.search(r"write token:\s+(\S+) (\S+)", banner).groups()
        rss_before = kib(process.pid, "VmRSS")

        started = time.monotonic()
        reply = upload_to(url, keys, token, video(GiB), filename="big.mp4", title="big")
        seconds = time.monotonic() - started
        peak_growth = kib(process.pid, "VmHWM") - rss_before

        root = ET.fromstring(reply.content)
        assert root.get("stat") == "ok", reply.text
        [stored] = tmp_path.glob("flickr-emulator-*/upload-1")
        assert stored.stat().st_size == GiB
        sent, received = hashlib.sha256(), hashlib.sha256()
        for piece in video(GiB):
            sent.update(piece)
        with open(stored, "rb") as fh:
            for piece in iter(lambda: fh.read(CHUNK), b""):
                received.update(piece)
        assert received.hexdigest() == sent.hexdigest()
    finally:
        process.terminate()
        process.wait(timeout=10)

    record_property("upload_seconds", round(seconds, 1))
    record_property("emulator_peak_rss_growth_kib", peak_growth)
    print(f"\n1 GiB upload: {seconds:.1f} s, emulator peak RSS growth {peak_growth / 1024:.1f} MiB")
    assert peak_growth < 64 * 1024
