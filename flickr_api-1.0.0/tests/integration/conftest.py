"""Fixtures of the integration tests, which all run against the emulator."""

from __future__ import annotations

import pytest

from flickr_api.testing import FlickrEmulator


@pytest.fixture
def emu(flickr_emulator: FlickrEmulator) -> FlickrEmulator:
    """A fresh emulator for the test: the package's own pytest fixture, under a short name."""
    return flickr_emulator
