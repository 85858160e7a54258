"""Uploads with an AsyncClient: the tests of test_upload that drive their client through
``kit`` (and its fixtures), collected here again with an async kit (the same scenarios, not a
copy): what reaches Flickr, progress, cancellation by a callback, files closed, tickets, and
retries that can never duplicate a photo. Cancelling the task is test_aio_client's."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_upload import (  # noqa: F401  (collected here with the async kit)
    client,
    jpeg,
    test_a_callback_cancels_the_upload_and_nothing_reaches_flickr,
    test_a_file_whose_name_is_not_utf8_uploads_under_a_readable_name,
    test_a_refused_connection_is_retried_safely,
    test_an_open_file_is_sent_from_where_it_is_and_left_open,
    test_an_upload_that_may_have_reached_flickr_is_never_sent_again,
    test_asynchronous_uploads_return_a_ticket_that_becomes_the_photo,
    test_files_opened_here_are_closed_whatever_happens,
    test_photo_file_data_sends_the_data_under_the_given_name,
    test_progress_follows_the_body_to_its_end,
    test_progress_true_draws_a_bar,
    test_replace_needs_a_photo,
    test_server_errors_are_not_retried_either,
    test_uploading_needs_a_user,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
