"""The library's loggers: ``flickr_api`` and its children, with secrets scrubbed from records.

The library only adds a :class:`logging.NullHandler`; applications choose handlers and levels.
Every record logged through :func:`get_logger` loggers passes :class:`RedactSecrets`, which
replaces OAuth signatures, secrets and ``Authorization`` headers with ``***`` in the message,
its arguments and the exception text. The NullHandler of ``flickr_api`` runs the same filter,
so that records of other ``flickr_api.*`` loggers are scrubbed before any handler above (the
application's, on the root logger) sees them.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from typing import Optional

__all__ = ["REDACTED", "RedactSecrets", "get_logger", "redact", "remember_secret", "scrub"]

ROOT = "flickr_api"
REDACTED = "***"
_MIN_SECRET_LENGTH = 8  # shorter strings are not real secrets, and too common to scrub

_SECRET_FIELDS = re.compile(
    r"(?P<name>oauth_signature|oauth_token_secret|oauth_consumer_secret|api_secret|api_sig"
    r"|token_secret|\bsignature)(?P<sep>[\"']?\s*(?:=|:|%3D)\s*[\"']?)(?P<value>[^&\"'\s,;)]+)",
    re.IGNORECASE,
)
_AUTH_HEADER = re.compile(r"(?P<name>\bOAuth)(?P<sep>\s+)(?P<value>oauth_[^\r\n'}]+)")

#: The secrets last used for signing, scrubbed wherever they appear in a record. Bounded, so
#: that a web app signing for many users does not keep every user's secret forever.
_MAX_REMEMBERED = 256
_secrets: OrderedDict[str, None] = OrderedDict()
_secrets_lock = threading.Lock()


def remember_secret(*values: Optional[str]) -> None:
    """Scrub these values (an API secret, a token secret) wherever they appear in a record."""
    fresh = [v for v in values if v and len(v) >= _MIN_SECRET_LENGTH]
    if not fresh or all(v in _secrets for v in fresh):
        return
    with _secrets_lock:
        for value in fresh:
            _secrets[value] = None
            _secrets.move_to_end(value)
        while len(_secrets) > _MAX_REMEMBERED:
            _secrets.popitem(last=False)


def redact(text: str) -> str:
    """``text`` with every known secret, signature and OAuth header value replaced."""
    text = _SECRET_FIELDS.sub(rf"\g<name>\g<sep>{REDACTED}", text)
    text = _AUTH_HEADER.sub(rf"\g<name>\g<sep>{REDACTED}", text)
    with _secrets_lock:
        known = tuple(_secrets)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactSecrets(logging.Filter):
    """Rewrites a record in place so that no handler sees a secret; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_flickr_redacted", False):
            return True
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._flickr_redacted = True
        return True


_FILTER = RedactSecrets()


class _ScrubbingNullHandler(logging.NullHandler):
    """Emits nothing, but runs its filters (a plain NullHandler skips them)."""

    def handle(self, record: logging.LogRecord) -> bool:
        return bool(self.filter(record))


def get_logger(name: str = ROOT) -> logging.Logger:
    """The logger ``name`` (``flickr_api`` or a child of it) with the redaction filter."""
    if name != ROOT and not name.startswith(ROOT + "."):
        raise ValueError(f"{name!r} is not a flickr_api logger")
    logger = logging.getLogger(name)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger


def scrub(name: str) -> None:
    """Scrub the records of another library's logger ``name`` too (oauthlib logs the
    signatures it makes at DEBUG level)."""
    logger = logging.getLogger(name)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


def _install() -> None:
    root = get_logger()
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        handler = _ScrubbingNullHandler()
        handler.addFilter(_FILTER)
        root.addHandler(handler)


_install()
