"""The library's loggers: a NullHandler only, and secrets scrubbed from every record."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from flickr_api._logging import REDACTED, RedactSecrets, get_logger, redact, remember_secret

SIGNATURE = "tR3+xLZhKj/9q8abc="


@pytest.mark.parametrize("text, hidden", [
    (f"oauth_signature={SIGNATURE}&oauth_token=72157-ab", SIGNATURE),
    (f'Authorization: OAuth oauth_consumer_key="k", oauth_signature="{SIGNATURE}"', SIGNATURE),
    (f"{{'Authorization': 'OAuth oauth_nonce=\"n\", oauth_signature=\"{SIGNATURE}\"'}}",
     SIGNATURE),
    ("oauth_token_secret=fccb68c4e6103197&oauth_token=7215", "fccb68c4e6103197"),
    ("api_secret: 'a9567d986a7539fe'", "a9567d986a7539fe"),
    ("oauth_signature%3DtR3%252BxLZ%26oauth_version%3D1.0", "tR3%252BxLZ"),
    ("access_token_secret=s3cr3t-value", "s3cr3t-value"),
])
def test_secret_fields_are_redacted(text, hidden):
    scrubbed = redact(text)
    assert hidden not in scrubbed
    assert REDACTED in scrubbed


def test_remembered_secrets_are_redacted_wherever_they_appear():
    remember_secret("d1f2e3c4b5a69788", None, "", "short")
    assert redact("the key is d1f2e3c4b5a69788!") == f"the key is {REDACTED}!"
    assert redact("short and sweet") == "short and sweet"  # too short to be a secret


def test_remembered_secrets_are_bounded_newest_kept():
    many = [f"user-secret-{n:06d}" for n in range(1000)]
    for secret in many:
        remember_secret(secret)
    assert redact(many[-1]) == REDACTED
    assert redact(many[0]) == many[0]  # long forgotten: memory stays bounded


def test_harmless_text_is_unchanged():
    text = "GET /services/rest/ -> 200 (1234 bytes); photo secret=abc123 server=65535"
    assert redact(text) == text


def _record(msg, *args, exc_info=None):
    return logging.LogRecord("flickr_api.x", logging.DEBUG, __file__, 1, msg, args, exc_info)


def test_the_filter_scrubs_message_arguments_and_exception_text():
    try:
        raise ValueError(f"bad oauth_signature={SIGNATURE}")
    except ValueError:
        record = _record("sent %s", {"Authorization": f'OAuth oauth_signature="{SIGNATURE}"'},
                         exc_info=sys.exc_info())
    assert RedactSecrets().filter(record) is True
    formatted = logging.Formatter().format(record)
    assert SIGNATURE not in formatted
    assert formatted.count(REDACTED) >= 2


def test_library_loggers_carry_the_filter_and_only_flickr_api_names_are_given():
    assert any(isinstance(f, RedactSecrets) for f in get_logger("flickr_api.http").filters)
    with pytest.raises(ValueError):
        get_logger("requests")


def test_records_of_any_flickr_api_logger_reach_handlers_scrubbed(caplog):
    stray = logging.getLogger("flickr_api.some.module")  # made without get_logger
    with caplog.at_level(logging.DEBUG):
        stray.debug("oauth_signature=%s", SIGNATURE)
        get_logger().critical("oauth_signature=%s", SIGNATURE)
    assert len(caplog.records) == 2
    assert all(SIGNATURE not in r.getMessage() for r in caplog.records)
    assert SIGNATURE not in caplog.text


def test_first_use_adds_a_null_handler_and_configures_nothing_else():
    code = (
        "import logging, flickr_api\n"
        "flickr_api.Client\n"  # the library's modules load on first use
        "assert logging.getLogger().handlers == [], logging.getLogger().handlers\n"
        "handlers = logging.getLogger('flickr_api').handlers\n"
        "assert len(handlers) == 1 and isinstance(handlers[0], logging.NullHandler)\n"
        "assert logging.getLogger('flickr_api').level == logging.NOTSET\n"
        "import sys\n"
        "assert 'requests' not in sys.modules and 'lxml' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
