"""The command's process keeps glibc's malloc from hoarding freed memory over long runs.

glibc raises its mmap threshold to the size of each large block freed (up to 32 MiB), and its
trim threshold to twice that; the C heap of each thread then keeps up to that much free
memory instead of returning it. A backup frees a listing page of about 750 KB every 500
photos, so each download thread's heap comes to hold 1.5 to 2 MB of free memory, the more
surely the longer the run (docs/backup.md, "Memory"). Pinning the mmap threshold at glibc's
default (128 KiB) turns that off, as ``MALLOC_MMAP_THRESHOLD_=131072`` in the environment
would.

Only the ``flickr-api`` command does this, for its own process: a library must not retune
the allocator of the program it runs in. Programs that call :func:`flickr_api.backup.backup`
for hours can set the variable themselves.
"""

from __future__ import annotations

import ctypes
import os
import sys

__all__ = ["pin_malloc_thresholds"]

#: ``mallopt``'s parameter for the mmap threshold, and glibc's default value of it.
_M_MMAP_THRESHOLD = -3
_DEFAULT_MMAP_THRESHOLD = 128 * 1024
#: Settings through which the user already chose glibc's thresholds (any of the variables
#: also turns the dynamic thresholds off).
_USER_SETTINGS = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_",
                  "MALLOC_MMAP_MAX_")


def _glibc() -> bool:
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError):  # not a GNU C library
        return False


def pin_malloc_thresholds() -> bool:
    """Pin glibc's mmap threshold at its default; False where there is nothing to do (another C
    library, or the environment already sets the thresholds)."""
    if not sys.platform.startswith("linux") or not _glibc():
        return False
    if any(name in os.environ for name in _USER_SETTINGS) or \
            "glibc.malloc." in os.environ.get("GLIBC_TUNABLES", ""):
        return False
    mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(_M_MMAP_THRESHOLD, _DEFAULT_MMAP_THRESHOLD))
