"""The command line's one-line errors keep what a shell user can act on and drop the library's
Python advice (``flickr_api.set_timeout``, ``AuthHandler...``)."""

from __future__ import annotations

import pytest

from flickr_api.cli._exit import message_for
from flickr_api.errors import FlickrAPIError, FlickrAuthError, FlickrTimeoutError

PYTHON = ("flickr_api.", "AuthHandler.", "call_api", "dir(")


@pytest.mark.parametrize("error", [
    FlickrTimeoutError("No reply from api.flickr.com within the timeout: retry later or raise "
                       "it (flickr_api.set_timeout)."),
    FlickrTimeoutError("The exchange with api.flickr.com took longer than 3 s: retry later, or "
                       "raise the timeout (flickr_api.set_timeout) or the deadline "
                       "(flickr_api.set_retry_config)."),
    FlickrAuthError("parameter_absent"),
    FlickrAPIError(99, "Insufficient permissions. Method requires write privileges; "
                       "none granted."),
    FlickrAPIError(99, "Insufficient permissions. Method requires delete privileges; "
                       "read granted."),
    FlickrAPIError(98, "Invalid auth token"),
], ids=["timeout", "late", "unsigned", "no-token", "low-perms", "revoked"])
def test_no_python_advice_reaches_the_shell(error):
    text = message_for(error)
    assert not any(word in text for word in PYTHON), text
    assert text.rstrip(".")  # something is left to say


def test_the_rest_of_the_message_stays():
    text = message_for(FlickrTimeoutError(
        "No reply from api.flickr.com within the timeout: retry later or raise it "
        "(flickr_api.set_timeout)."))
    assert text == "No reply from api.flickr.com within the timeout: retry later or raise it."
