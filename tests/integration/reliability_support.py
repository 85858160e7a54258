"""Helpers for the reliability tests: clients of the emulator with fast retries and timeouts."""

from __future__ import annotations

import time
from typing import Any, Optional

from flickr_api import AuthHandler, Client, RetryConfig
from flickr_api.testing import FlickrEmulator

#: Small delays so that retried faults cost milliseconds.
FAST_RETRY = RetryConfig(max_retries=2, base_delay=0.01, max_delay=0.05)
#: The timeout of every test client.
TIMEOUT = 1.0  # (long enough that a good reply on a busy machine never misses it)
#: How long a "slow" fault holds its reply: past the client's timeout.
SLOW = TIMEOUT + 0.3


def client_for(emu: FlickrEmulator, user: Optional[str] = None, perms: str = "write",
               client_class: Any = Client, **options: Any) -> Any:
    """A client of ``emu`` (a ``client_class``: an AsyncClient too) signed in as ``user``
    (default: alice), no rate limit."""
    options.setdefault("retry", FAST_RETRY)
    options.setdefault("timeout", TIMEOUT)
    options.setdefault("rate_limit", None)
    return client_class(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
                        auth_handler=AuthHandler.create(*emu.token(perms, user=user)),
                        **options)


def first_photo_id(client: Client) -> str:
    """The id of one of the signed-in user's photos."""
    reply = client.call("flickr.people.getPhotos", user_id="me", per_page=1)
    return str(reply["photos"]["photo"][0]["id"])


def wait_for_requests(emu: FlickrEmulator, expected: int, **which: str) -> None:
    """Wait until the emulator has logged ``expected`` requests matching ``which`` (a slow
    fault logs its request only once its pause is over)."""
    stop = time.monotonic() + SLOW + 1.0
    while emu.count(**which) < expected and time.monotonic() < stop:
        time.sleep(0.01)
