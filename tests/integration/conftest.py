"""Fixtures of the integration tests, which all run against the emulator."""

from __future__ import annotations

import threading
from typing import Iterator

import pytest
from hostile_support import HostileServer, SyncKit

from flickr_api.testing import FlickrEmulator


@pytest.fixture
def emu(flickr_emulator: FlickrEmulator) -> FlickrEmulator:
    """A fresh emulator for the test: the package's own pytest fixture, under a short name."""
    return flickr_emulator


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A misbehaving loopback server for the test (see hostile_support)."""
    srv = HostileServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield srv
    srv.stopping.set()
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def kit() -> SyncKit:
    """How the hostile-server tests drive a client: blocking (an asyncio module overrides it)."""
    return SyncKit()
