"""pytest plugin (registered as ``flickr_api``): fixtures that run the Flickr emulator.

- ``flickr_emulator``: a fresh, started :class:`~flickr_api.testing.FlickrEmulator` per test,
  with a small dataset (300 photos) so each test starts in a few milliseconds.
- ``flickr_client``: a :class:`flickr_api.Client` pointed at that emulator, signed in with a
  ``delete``-level token of the emulator's default user, without rate limiting.

Every test, in any project, also gets a token folder of its own: ``FLICKR_API_CONFIG_DIR``
points into pytest's temporary folder, so no test reads or replaces the user's real token.

Nothing is imported at pytest start; the emulator loads when a fixture is first used.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

if TYPE_CHECKING:
    from flickr_api import Client
    from flickr_api.testing import FlickrEmulator

#: Photos in the fixture's dataset: enough for paging, small enough to start fast.
FIXTURE_PHOTOS = 300


_test_number = itertools.count()


@pytest.fixture(scope="session")
def _flickr_api_config_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("flickr_api_config")


@pytest.fixture(autouse=True)
def _flickr_api_config_dir(
    _flickr_api_config_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh, not yet created token folder for each test (see the module's docstring)."""
    from flickr_api.auth import ENV_CONFIG_DIR

    folder = _flickr_api_config_root / str(next(_test_number))
    monkeypatch.setenv(ENV_CONFIG_DIR, str(folder))


@pytest.fixture
def flickr_emulator() -> Iterator[FlickrEmulator]:
    """A running Flickr emulator, stopped after the test."""
    from flickr_api.testing import FlickrEmulator

    with FlickrEmulator(photos=FIXTURE_PHOTOS) as emulator:
        yield emulator


@pytest.fixture
def flickr_client(flickr_emulator: FlickrEmulator) -> Iterator[Client]:
    """A client of ``flickr_emulator``, authorized with ``delete`` access."""
    from flickr_api import Client
    from flickr_api.auth import AuthHandler

    token, secret = flickr_emulator.token("delete")
    client = Client(
        api_key=flickr_emulator.api_key,
        api_secret=flickr_emulator.api_secret,
        base_url=flickr_emulator.base_url,
        auth_handler=AuthHandler(access_token_key=token, access_token_secret=secret),
        rate_limit=None,
    )
    try:
        yield client
    finally:
        client.close()
