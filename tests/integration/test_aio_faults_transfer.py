"""Every emulator fault on an upload and on a download, with an AsyncClient: every test of
test_faults_transfer, collected here again with an async ``kit`` (the same scenarios, not a
copy): an upload is stored at most once, a download recovers or fails typed and never leaves a
partial file under the target's name."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_faults_transfer import (  # noqa: F401  (collected here with the async kit)
    test_a_download_recovers_from_one_fault,
    test_a_download_that_keeps_failing_leaves_no_file_under_its_name,
    test_an_upload_flickr_refused_is_retried_and_stored_once,
    test_an_upload_is_never_sent_twice,
    test_an_upload_refused_before_it_ran_is_retried_when_the_caller_opts_in,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
