"""Every emulator fault on a read call and on an authenticated write call, with an
AsyncClient: the tests of test_faults, collected here again with an async ``kit`` (the same
scenarios, not a copy). A read recovers or fails typed within its deadline; a write is carried
out at most once whatever the fault."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_faults import (  # noqa: F401  (collected here with the async kit)
    test_a_read_recovers_from_one_fault,
    test_a_read_that_keeps_failing_fails_typed_within_its_deadline,
    test_a_retry_after_longer_than_max_delay_is_left_to_the_caller,
    test_a_slow_server_never_holds_a_caller_past_the_deadline,
    test_a_stalled_oauth_exchange_times_out,
    test_a_write_flickr_refused_is_retried_and_carried_out_once,
    test_a_write_is_never_sent_twice,
    test_a_write_refused_before_it_ran_is_retried_when_the_caller_opts_in,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
