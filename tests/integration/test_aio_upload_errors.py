"""Every upload error code as a typed error, with an AsyncClient: the tests of
test_upload_errors (and its fixtures), collected here again with an async ``kit`` (the same
scenarios, not a copy)."""

from __future__ import annotations

import pytest
from aio_support import AsyncKit
from test_upload_errors import (  # noqa: F401  (collected here with the async kit)
    canned,
    jpeg,
    test_5_a_file_flickr_does_not_recognise,
    test_6_the_upload_limit,
    test_8_a_file_larger_than_flickr_takes,
    test_9_a_duplicate_names_the_photo_flickr_already_has,
    test_99_a_read_only_token,
    test_a_file_over_flickr_limits_is_refused_before_sending,
    test_missing_and_empty_files_are_refused_before_sending,
    test_other_codes,
)


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()
