"""Downloads from image hosts unlike the emulator, with an AsyncClient: every test of
test_download_hosts (and its host), collected here again with an async ``kit`` (the same
scenarios, not a copy): ranges ignored, replies cut short, and the user's signature only where
Flickr wants it."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_download_hosts import (  # noqa: F401  (collected here with the async kit)
    host,
    test_a_host_that_ignores_the_range_is_downloaded_again_from_the_start,
    test_a_photo_is_fetched_without_credentials,
    test_a_reply_shorter_than_announced_never_becomes_the_file,
    test_a_short_reply_is_completed_by_the_retries,
    test_a_video_is_fetched_signed_as_the_user_and_saved_as_mp4,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
