"""Upload tickets awaited: every test of test_upload_tickets, collected here again with an
async ``kit`` (the same scenarios, not a copy): tickets waited on together with backoff,
failures and timeouts."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_upload_tickets import (  # noqa: F401  (collected here with the async kit)
    jpegs,
    test_a_failed_ticket,
    test_a_ticket_still_pending_at_the_timeout,
    test_an_unknown_ticket,
    test_ticket_ids_as_strings_use_the_given_client,
    test_tickets_are_waited_on_together_and_become_photos_in_order,
    test_tickets_compare_and_pickle_by_id_without_their_client,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
