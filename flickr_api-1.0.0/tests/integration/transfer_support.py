"""Helpers for the upload and download tests: clients of the emulator, files, open descriptors."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from flickr_api import AuthHandler, Client
from flickr_api._retry import RetryConfig
from flickr_api.testing import FlickrEmulator

NO_RETRY = RetryConfig(max_retries=0)
FAST_RETRY = RetryConfig(max_retries=3, base_delay=0.01, max_delay=0.01)
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def client_for(emu: FlickrEmulator, perms: str = "write", **kw) -> Client:
    """A client of ``emu`` signed in as its default user (alice) with ``perms``."""
    kw.setdefault("rate_limit", None)
    return Client(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
                  auth_handler=AuthHandler.create(*emu.token(perms)), **kw)


def write_jpeg(path: Path, size: int = 50_000) -> Path:
    """A file Flickr (the emulator) recognises as a JPEG, with ``size`` bytes of content."""
    path.write_bytes(JPEG_HEAD + os.urandom(size - len(JPEG_HEAD)))
    return path


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_descriptors(path: Path) -> int:
    """How many of this process's file descriptors are open on ``path``."""
    target = os.path.realpath(path)
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                count += 1
        except OSError:
            continue
    return count
