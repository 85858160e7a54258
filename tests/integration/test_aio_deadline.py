"""The deadline is a wall clock for an AsyncClient too: every test of test_deadline, collected
here again with an async ``kit`` (the same trickling servers and limits, not a copy)."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_deadline import (  # noqa: F401  (collected here with the async kit)
    test_a_download_that_crawls_is_cut_without_a_deadline,
    test_a_huge_body_ends_at_the_deadline_and_leaves_no_file,
    test_a_refused_connection_says_so_without_the_query,
    test_a_tls_failure_is_typed_and_not_retried,
    test_a_token_exchange_ends_at_the_timeout,
    test_a_trickled_body_ends_at_the_timeout,
    test_a_trickled_download_ends_at_the_deadline_and_leaves_no_file,
    test_a_trickled_status_line_and_headers_end_at_the_timeout,
    test_an_upload_read_slowly_ends_at_the_deadline,
    test_trickled_headers_end_at_the_deadline_retries_included,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
