"""Shared fixtures: isolation from the developer's environment and default client."""

from __future__ import annotations

import pytest

import flickr_api._default
from flickr_api.auth import ENV_CONFIG_DIR


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """Each test starts with a fresh default client, no keys from the environment and a token
    folder of its own (as the package's pytest plugin also ensures)."""
    for name in ("FLICKR_API_KEY", "FLICKR_API_SECRET", "FLICKR_API_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config" / "flickr_api"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(flickr_api._default, "_client", None)
    yield
    client = flickr_api._default._client
    if client is not None:
        client.close()


def pytest_configure(config):
    """Hypothesis keeps caches in ./.hypothesis (the checkout): a temporary folder instead."""
    import tempfile

    try:
        from hypothesis.configuration import set_hypothesis_home_dir
    except ImportError:
        return
    set_hypothesis_home_dir(tempfile.mkdtemp(prefix="flickr-api-hypothesis-"))


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` run only when FLICKR_API_SLOW_TESTS=1."""
    import os

    if os.environ.get("FLICKR_API_SLOW_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="slow test: set FLICKR_API_SLOW_TESTS=1 to run it")
    for item in items:
        if item.get_closest_marker("slow") is not None:
            item.add_marker(skip)
