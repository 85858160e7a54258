"""The command pins glibc's mmap threshold for its own process, and only where the user has
not chosen the allocator's settings."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

import pytest

from flickr_api import cli
from flickr_api.cli import _allocator
from flickr_api.cli._allocator import pin_malloc_thresholds

GLIBC = sys.platform.startswith("linux") and _allocator._glibc()
MALLINFO2 = GLIBC and hasattr(ctypes.CDLL(None), "mallinfo2")  # glibc 2.33 and later

#: Frees a 4 MiB block (which raises glibc's dynamic threshold to 4 MiB), then prints how many
#: mmapped blocks one 2 MiB allocation adds: 1 while the threshold stays pinned, else 0.
PROBE = """
import ctypes, sys
class Info(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks",
                "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Info
from flickr_api.cli._allocator import pin_malloc_thresholds
if sys.argv[1] == "pin":
    assert pin_malloc_thresholds()
big = bytearray(4 << 20)
del big
before = libc.mallinfo2().hblks
block = bytearray(2 << 20)
print(libc.mallinfo2().hblks - before)
"""


def mmapped_by_a_large_block(*argv: str) -> int:
    env = {k: v for k, v in os.environ.items()
           if k not in _allocator._USER_SETTINGS and k != "GLIBC_TUNABLES"}
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True,
                          timeout=60, check=True, env=env)
    return int(done.stdout)


@pytest.mark.skipif(not MALLINFO2, reason="glibc's allocator, with mallinfo2")
def test_a_large_block_freed_no_longer_moves_the_threshold():
    assert mmapped_by_a_large_block("leave") == 0  # glibc's dynamic threshold at work
    assert mmapped_by_a_large_block("pin") == 1


class Recorder:
    """A C library whose ``mallopt`` records its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []
        self.mallopt = self

    def __call__(self, param: int, value: int) -> int:
        self.calls.append((param, value))
        return 1


@pytest.mark.parametrize("name, value", [
    ("MALLOC_MMAP_THRESHOLD_", "262144"),
    ("MALLOC_TRIM_THRESHOLD_", "65536"),
    ("GLIBC_TUNABLES", "glibc.malloc.trim_threshold=65536"),
])
def test_the_users_settings_win(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    monkeypatch.setattr(_allocator.ctypes, "CDLL", lambda _: pytest.fail("mallopt called"))
    assert pin_malloc_thresholds() is False


@pytest.mark.skipif(not GLIBC, reason="glibc's allocator only")
def test_other_settings_leave_the_threshold_to_the_command(monkeypatch):
    libc = Recorder()
    monkeypatch.setenv("MALLOC_ARENA_MAX", "2")
    monkeypatch.setattr(_allocator.ctypes, "CDLL", lambda _: libc)
    assert pin_malloc_thresholds() is True
    assert libc.calls == [(-3, 128 * 1024)]  # M_MMAP_THRESHOLD at glibc's default


def test_nothing_to_do_without_glibc(monkeypatch):
    def no_confstr(name: str) -> str:
        raise ValueError(name)

    monkeypatch.setattr(_allocator.os, "confstr", no_confstr)
    monkeypatch.setattr(_allocator.ctypes, "CDLL", lambda _: pytest.fail("mallopt called"))
    assert pin_malloc_thresholds() is False


def test_the_program_pins_then_runs_the_command(monkeypatch, capsys):
    events: list[str] = []
    monkeypatch.setattr(_allocator, "pin_malloc_thresholds", lambda: events.append("pin"))
    monkeypatch.setattr(sys, "argv", ["flickr-api", "--version"])
    assert cli.run() == 0
    assert events == ["pin"]
    assert capsys.readouterr().out.startswith("flickr-api ")
