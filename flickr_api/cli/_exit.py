"""Exit codes of the ``flickr-api`` command, and the one-line message for each failure."""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Optional

from flickr_api.errors import (
    AuthHandlerError,
    FlickrAPIError,
    FlickrAuthError,
    FlickrConnectionError,
    FlickrError,
    FlickrKeysError,
    FlickrTimeoutError,
    FlickrValidationError,
)

__all__ = ["CommandError", "ExitCode", "exit_code_for", "message_for"]


class ExitCode(IntEnum):
    """What scripts can rely on."""

    OK = 0
    FLICKR = 1  # Flickr answered with an error, or a transfer failed
    USAGE = 2  # bad arguments, unknown method, missing file
    AUTH = 3  # no keys or token, or Flickr refused them
    NETWORK = 4  # timeout or connection failure
    INTERRUPTED = 130  # Ctrl-C


class CommandError(Exception):
    """A failure the command reports as one line, with its exit code."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.code = code


#: Flickr error codes about the keys, the signature or the token.
_AUTH_CODES = frozenset({96, 97, 98, 99, 100})
_KEYS_HELP = (
    "No Flickr API key and secret: pass --api-key and --api-secret, set FLICKR_API_KEY and "
    "FLICKR_API_SECRET, or put API_KEY and API_SECRET in a flickr_keys.py on the Python path "
    "(get keys at https://www.flickr.com/services/apps/create/)."
)


def exit_code_for(error: BaseException) -> ExitCode:
    if isinstance(error, CommandError):
        return error.code
    if isinstance(error, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    if isinstance(error, (FlickrTimeoutError, FlickrConnectionError)):
        return ExitCode.NETWORK
    if isinstance(error, (FlickrKeysError, FlickrAuthError, AuthHandlerError)):
        return ExitCode.AUTH
    if isinstance(error, FlickrAPIError) and error.code in _AUTH_CODES:
        return ExitCode.AUTH
    if isinstance(error, FlickrValidationError):
        return ExitCode.USAGE
    return ExitCode.FLICKR


def _required_perms(method: Optional[str]) -> str:
    from flickr_api import _catalog

    spec = _catalog.get(method) if method else None
    return spec.requiredperms if spec and spec.perms_level > 1 else "write"


def message_for(error: BaseException) -> str:
    """One line saying what went wrong and what to do."""
    if isinstance(error, KeyboardInterrupt):
        return "interrupted"
    if isinstance(error, FlickrKeysError):
        return _KEYS_HELP
    if isinstance(error, FlickrAPIError):
        where = f" ({error.method})" if error.method else ""
        text = f"Flickr error {error.code}{where}: {error.message.rstrip('.')}"
        if error.code in (98, 99):
            perms = _required_perms(error.method)
            text += f". Authorize with: flickr-api auth --perms {perms}"
        elif error.code == 100:
            text += ". Check the API key (--api-key or FLICKR_API_KEY)"
        elif error.transient:
            text += ". Flickr is busy: try again in a few minutes"
        return text
    if isinstance(error, FlickrValidationError) and error.python_hint:
        return (f"{error.message} (If Flickr added it after this release, "
                "`flickr-api call --unchecked` sends it as given.)")
    if isinstance(error, FlickrAuthError) and error.problem == "token_rejected":
        return f"{error}. Authorize with: flickr-api auth"
    if isinstance(error, FlickrError):
        return for_the_shell(str(error))
    if isinstance(error, CommandError):
        return str(error)
    return f"{type(error).__name__}: {error}"


#: The library's messages name Python calls for Python users; a shell user can do nothing with
#: them: "(flickr_api.set_timeout)", ", then call flickr_api.set_auth_handler()",
#: " or AuthHandler.get_authorization_url('write')".
_PYTHON_ADVICE = re.compile(
    r"\s*\((?:[^()]|\([^()]*\))*?\bflickr_api\.(?:[^()]|\([^()]*\))*\)"
    r"|,?\s*then call flickr_api\.\w+\([^)]*\)"
    r"|\s+or (?:flickr_api\.|AuthHandler\.)[\w.]+\([^)]*\)"
)


def for_the_shell(message: str) -> str:
    """``message`` without the advice that only means something in Python."""
    return _PYTHON_ADVICE.sub("", message)
