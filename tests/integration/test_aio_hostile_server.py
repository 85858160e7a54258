"""The misbehaving-server tests with an AsyncClient: every test of test_hostile_server, collected
here again with an async ``kit`` (the same scenarios and limits, not a copy)."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_hostile_server import (  # noqa: F401  (collected here with the async kit)
    _replies_ok,
    test_a_compression_bomb_is_cut_at_the_cap,
    test_a_declared_huge_reply_is_refused_before_reading,
    test_a_reply_cut_by_the_server_is_a_connection_error,
    test_a_silent_server_times_out_and_the_deadline_bounds_the_retries,
    test_a_trickling_reply_times_out_as_a_whole,
    test_an_undeclared_huge_reply_is_cut_at_the_cap,
    test_content_type_is_not_trusted_but_the_content_is,
    test_good_replies_reuse_one_connection,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
