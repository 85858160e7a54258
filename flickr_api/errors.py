"""The exception tree of flickr_api.

::

    FlickrError
    ├── FlickrAPIError            stat="fail" replies: .code, .message, .method
    │   └── FlickrUploadError     upload/replace failures (codes 2-14); .duplicate_photo_id for 9
    ├── FlickrServerError         HTTP errors and unreadable replies: .status_code, .content
    │   ├── FlickrRateLimitError  HTTP 429: .retry_after
    │   └── FlickrReplyError      a reply of an unexpected shape: .method, .detail
    ├── FlickrAuthError           HTTP 401 oauth_problem replies: .problem, .debug_sbs
    ├── FlickrTimeoutError        no reply within the timeout
    ├── FlickrConnectionError     the connection failed or broke
    │   └── FlickrTLSError        the secure connection failed (certificate, TLS): not retried
    ├── FlickrKeysError           no API key/secret configured
    ├── FlickrValidationError     a call rejected locally before sending (unknown method/argument)
    ├── AuthHandlerError          misuse of the OAuth flow (bad perms, missing verifier, token file)
    ├── FlickrTransferError       local upload/download problems (missing file, too large, length)
    ├── BackupError               a backup folder that cannot be used as asked (flickr_api.backup)
    └── CancelUpload              raised by a progress callback to stop an upload

InsecureTokenFileWarning (a UserWarning): a token file that others can read or change.
"""

from __future__ import annotations

import re
from typing import Any, Optional

__all__ = [
    "AuthHandlerError",
    "BackupError",
    "CancelUpload",
    "FlickrAPIError",
    "FlickrAuthError",
    "FlickrConnectionError",
    "FlickrError",
    "FlickrKeysError",
    "FlickrRateLimitError",
    "FlickrReplyError",
    "FlickrServerError",
    "FlickrTLSError",
    "FlickrTimeoutError",
    "FlickrTransferError",
    "FlickrUploadError",
    "FlickrValidationError",
    "InsecureTokenFileWarning",
    "NotLoadedError",
    "TRANSIENT_API_CODES",
]

#: Flickr error codes that mean "try again later" (105 service unavailable, 106 write failed,
#: 201 and 0 "not currently available").
TRANSIENT_API_CODES = frozenset({0, 105, 106, 201})

_MAX_CONTENT_IN_MESSAGE = 200


def _shorten(content: object) -> str:
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    text = str(content)
    if len(text) > _MAX_CONTENT_IN_MESSAGE:
        text = text[:_MAX_CONTENT_IN_MESSAGE] + "..."
    return text


class FlickrError(Exception):
    """Base class of every error this library raises."""


class FlickrAPIError(FlickrError):
    """Flickr answered ``stat="fail"`` with an error code and message."""

    def __init__(self, code: int, message: str, method: Optional[str] = None) -> None:
        self.code = int(code)
        self.message = message
        self.method = method
        step = _next_step(self.code, message)
        super().__init__(f"{self.code} : {message}" + (f" ({step})" if step else ""))

    @property
    def transient(self) -> bool:
        """True when Flickr says the service is temporarily unavailable."""
        return self.code in TRANSIENT_API_CODES

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.code, self.message, self.method))


def _next_step(code: int, message: str) -> Optional[str]:
    """What to do about an authorization error (98 invalid token, 99 missing permission)."""
    if code == 98:
        return ("the access token is unknown or revoked: authorize again with `flickr-api auth` "
                "or AuthHandler.get_authorization_url()")
    if code != 99:
        return None
    found = re.search(r"requires (read|write|delete) privileges", message)
    perms = found.group(1) if found else "write"
    if "none granted" in message:
        return (f"the call was sent without a user's token: authorize once with `flickr-api auth "
                f"--perms {perms}`, then call flickr_api.set_auth_handler()")
    return (f"the token lacks {perms} permission: authorize again with `flickr-api auth --perms "
            f"{perms}` or AuthHandler.get_authorization_url({perms!r})")


class FlickrUploadError(FlickrAPIError):
    """An upload or replace failed at Flickr (code 9: a duplicate, see ``duplicate_photo_id``)."""

    def __init__(
        self,
        code: int,
        message: str,
        method: Optional[str] = None,
        duplicate_photo_id: Optional[str] = None,
    ) -> None:
        super().__init__(code, message, method)
        self.duplicate_photo_id = duplicate_photo_id

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.code, self.message, self.method, self.duplicate_photo_id))


class FlickrServerError(FlickrError):
    """An HTTP error status or a reply that is not a Flickr reply."""

    def __init__(self, status_code: int, content: object = "") -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"HTTP Server Error {status_code}: {_shorten(content)}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status_code, self.content))


class _ReplyTooLargeError(FlickrServerError):
    """A reply larger than the library accepts (never worth retrying)."""


class FlickrRateLimitError(FlickrServerError):
    """HTTP 429: too many requests. ``retry_after`` is in seconds when Flickr says."""

    def __init__(self, retry_after: Optional[float], content: object = "") -> None:
        self.retry_after = retry_after
        super().__init__(429, content)
        wait = f"retry after {retry_after:g} s" if retry_after is not None else "slow down"
        self.args = (f"HTTP 429 Too Many Requests ({wait}): {_shorten(content)}",)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.retry_after, self.content))


class FlickrReplyError(FlickrServerError):
    """A reply Flickr sent without error but of a shape the library cannot read: ``method``
    names the call, ``detail`` what was missing or unexpected."""

    def __init__(self, method: Optional[str], detail: str) -> None:
        self.method = method
        self.detail = detail
        super().__init__(200, detail)
        where = f" to {method}" if method else ""
        self.args = (f"Unexpected Flickr reply{where}: {detail}. Flickr may have changed "
                     "this reply: retry later, and report it if it persists.",)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.method, self.detail))


class FlickrAuthError(FlickrError):
    """Flickr refused the OAuth signature or token (HTTP 401 ``oauth_problem=...``)."""

    _HINTS = {
        "signature_invalid": "check the API secret and the token secret",
        "token_rejected": "the token is unknown or revoked: authorize again",
        "consumer_key_unknown": "the API key is unknown: check it",
        "consumer_key_rejected": "the API key is not accepted: check it",
        "timestamp_refused": "the clock of this machine is off: synchronise it",
        "nonce_used": "a request was replayed: retry",
        "permission_denied": "the user refused the authorization",
        "parameter_absent": "the request was not signed with a user's token: authorize with "
                            "`flickr-api auth`, then call flickr_api.set_auth_handler()",
    }

    def __init__(self, problem: str, debug_sbs: Optional[str] = None, status_code: int = 401,
                 hint: Optional[str] = None) -> None:
        self.problem = problem
        self.debug_sbs = debug_sbs
        self.status_code = status_code
        self.hint = hint or self._HINTS.get(problem, "check the keys and the token")
        super().__init__(f"OAuth error: {problem} ({self.hint})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problem, self.debug_sbs, self.status_code, self.hint))


class _TransportError(FlickrError):
    def __init__(self, message: str, request_sent: bool = True) -> None:
        super().__init__(message)
        #: False only when the request surely never reached the server (safe to resend).
        self.request_sent = request_sent

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.args[0], self.request_sent))


class FlickrTimeoutError(_TransportError):
    """No reply arrived within the configured timeout."""


class FlickrConnectionError(_TransportError):
    """The connection could not be made or broke during the exchange."""


class FlickrTLSError(FlickrConnectionError):
    """The secure connection could not be made (certificate, TLS version): retrying will not
    help until the system's certificates or the CA bundle are fixed."""


class FlickrKeysError(FlickrError):
    """No API key or secret is configured."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "No Flickr API key and secret configured. Provide them with "
            "flickr_api.set_keys(api_key=..., api_secret=...), the environment variables "
            "FLICKR_API_KEY and FLICKR_API_SECRET, or a flickr_keys.py module (with API_KEY "
            "and API_SECRET) on the Python path."
        )


class FlickrValidationError(FlickrError, TypeError):
    """A call was rejected before sending: unknown method, unknown or missing argument.

    ``message`` says what is wrong; ``python_hint``, when set, is the way round it in Python
    (shown in parentheses after the message; the command line shows its own instead)."""

    def __init__(self, message: str, python_hint: Optional[str] = None) -> None:
        super().__init__(f"{message} ({python_hint})" if python_hint else message)
        self.message = message
        self.python_hint = python_hint

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, self.python_hint))


class NotLoadedError(FlickrError, AttributeError):
    """A field of an :class:`~flickr_api.aio.AsyncClient`'s object was read before the
    object was loaded: ``await obj.load()`` first."""


class AuthHandlerError(FlickrError):
    """The OAuth flow was used wrongly (bad perms, no request token, bad token file)."""


class InsecureTokenFileWarning(UserWarning):
    """A token file that other users can read or change: anyone who reads it can act as you
    on Flickr. ``chmod 600`` the file (saving a handler always writes 0600)."""


class FlickrTransferError(FlickrError):
    """A local upload/download problem: missing, empty or too large file, short download."""


class BackupError(FlickrError):
    """A backup folder that cannot be used as asked: another account's, written by a newer
    release, or no backup at all."""


class CancelUpload(FlickrError):
    """Raise from a progress callback to stop an upload; it reaches the caller."""
