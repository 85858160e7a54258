"""Helpers for the upload and download tests (sync and async): clients of the emulator, files,
open descriptors, the emulator's images and planted ``.part`` files."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import requests

from flickr_api import AuthHandler, Client
from flickr_api._retry import RetryConfig
from flickr_api.testing import FlickrEmulator
from flickr_api.testing._media import image as served_image
from flickr_api.transfer._fetch import part_path
from flickr_api.transfer._partfile import PartFile, PartOwner

NO_RETRY = RetryConfig(max_retries=0)
FAST_RETRY = RetryConfig(max_retries=3, base_delay=0.01, max_delay=0.01)
MIB = 1024 * 1024
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def client_for(emu: FlickrEmulator, perms: str = "write", client_class: Any = Client,
               **kw: Any) -> Any:
    """A client of ``emu`` (a ``client_class``: an AsyncClient too) signed in as its default
    user (alice) with ``perms``."""
    kw.setdefault("rate_limit", None)
    return client_class(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
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


ALICE = "10000001@N01"


def alice_photo(emu: FlickrEmulator) -> Any:
    """One of alice's photos, in the emulator's store."""
    return next(p for p in emu.store.photos.values() if p.owner == ALICE and p.media == "photo")


def big_photo(emu: FlickrEmulator, tmp_path: Path) -> Any:
    """A 3 MiB photo of alice's: big enough that a cut leaves part of it on disk."""
    with client_for(emu) as client:
        uploaded = client.upload(write_jpeg(tmp_path / "big.jpg", 3 * 1024 * 1024))
    emu.reset_log()
    (tmp_path / "big.jpg").unlink()
    return emu.store.photos[uploaded.id]


def image(emu: FlickrEmulator, photo: Any, suffix: str = "o") -> bytes:
    """The bytes the emulator serves for one size of ``photo``."""
    secret = photo.originalsecret if suffix == "o" else photo.secret
    ext = photo.originalformat if suffix == "o" else "jpg"
    return bytes(served_image(emu.store, photo.server, photo.id, secret, suffix, ext))


def image_path(photo: Any) -> str:
    return f"/{photo.server}/{photo.id}_"


def statuses(emu: FlickrEmulator, photo: Any) -> list[int]:
    """The statuses of the emulator's replies for ``photo``'s image files, in order."""
    return [r.status for r in emu.log if r.path.startswith(image_path(photo))]


def original_path(photo: Any) -> str:
    return f"{image_path(photo)}{photo.originalsecret}_o.{photo.originalformat}"


def etag_of(emu: FlickrEmulator, photo: Any) -> str:
    """The ETag the emulator sends with ``photo``'s original (the log is left empty)."""
    etag = requests.head(emu.base_url + original_path(photo), timeout=5).headers["ETag"]
    emu.reset_log()
    return etag


def plant_part(target: Path, photo: Any, data: bytes, etag: str, photo_id: Any = None,
               label: str = "Original", length: Any = None) -> Path:
    """A ``.part`` of ``target`` holding ``data``, recorded as the original of ``photo`` (or
    of ``photo_id``) with the validator ``etag``, as an interrupted download leaves it."""
    owner = PartOwner(photo_id or photo.id, label, original_path(photo))
    with PartFile(target, owner).begin(0, {"ETag": etag}, length) as out:
        out.write(data)
    return part_path(target)


#: The start of a client script run by :func:`run_measured`: ``cfg`` (its JSON argument) and
#: ``hwm_mib()``, the process's peak memory so far.
MEASURE = r"""
import json, sys

def hwm_mib():
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024

cfg = json.loads(sys.argv[1])
"""
REPO = Path(__file__).resolve().parents[2]


def run_measured(client_script: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """Run ``client_script`` (after :data:`MEASURE`) in a process of its own, so that its
    peak memory is its own; the JSON it prints last."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", MEASURE + client_script, json.dumps(cfg)],
                          env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def assert_flat_memory(result: dict[str, Any], limit_mib: float = 8) -> None:
    """The client's peak memory grew less than ``limit_mib`` past its ``idle`` mark."""
    growth = result["peak"] - result["idle"]
    print(f"client peak RSS {result['peak']:.1f} MiB, idle {result['idle']:.1f} MiB, "
          f"growth {growth:.1f} MiB")
    assert growth < limit_mib
