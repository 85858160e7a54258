"""An offline Flickr: a real HTTP server on loopback that speaks Flickr's protocol.

::

    from flickr_api.testing import FlickrEmulator, Fault

    with FlickrEmulator(faults=[Fault("http_503", method="flickr.photos.search")]) as emu:
        token, secret = emu.token("write")
        ...  # point any Flickr client at emu.base_url with emu.api_key / emu.api_secret

Also a pytest plugin (fixtures ``flickr_emulator`` and ``flickr_client``) and a command,
``python -m flickr_api.testing``. Names load on first use, so importing this package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flickr_api.testing._emulator import FlickrEmulator
    from flickr_api.testing._faults import FAULT_KINDS, Fault
    from flickr_api.testing._log import LogRecord
    from flickr_api.testing._upload import UploadRecord

__all__ = ["FAULT_KINDS", "Fault", "FlickrEmulator", "LogRecord", "UploadRecord"]

_LAZY = {
    "FlickrEmulator": "flickr_api.testing._emulator",
    "FAULT_KINDS": "flickr_api.testing._faults",
    "Fault": "flickr_api.testing._faults",
    "LogRecord": "flickr_api.testing._log",
    "UploadRecord": "flickr_api.testing._upload",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
