"""The library's errors for network failures, worded once for every transport.

Each names the host (never the URL: its query holds the API key) and says what to do.
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import urlsplit

from flickr_api.errors import FlickrConnectionError, FlickrTimeoutError, FlickrTLSError

__all__ = ["broke_off", "late", "no_reply", "refused", "timed_out_connecting", "tls_failed"]


def host(url: str) -> str:
    return urlsplit(url).netloc or url


def late(url: str, budget: Optional[float]) -> FlickrTimeoutError:
    """The attempt outlived its deadline."""
    within = f"longer than {budget:g} s" if budget is not None else "too long (a transfer "\
        "slower than 8 KiB/s, or past the deadline)"
    return FlickrTimeoutError(
        f"The exchange with {host(url)} took {within}: retry later, or raise the timeout "
        "(flickr_api.set_timeout) or the deadline (flickr_api.set_retry_config)."
    )


def tls_failed(url: str, cause: str) -> FlickrTLSError:
    return FlickrTLSError(
        f"The secure connection to {host(url)} failed ({cause}): check the system's "
        "certificates, the CA bundle (REQUESTS_CA_BUNDLE) and the base URL.",
        request_sent=False,
    )


def timed_out_connecting(url: str) -> FlickrTimeoutError:
    return FlickrTimeoutError(
        f"Timed out connecting to {host(url)}: check the network or raise the timeout "
        "(flickr_api.set_timeout).",
        request_sent=False,
    )


def no_reply(url: str) -> FlickrTimeoutError:
    return FlickrTimeoutError(
        f"No reply from {host(url)} within the timeout: retry later or raise it "
        "(flickr_api.set_timeout)."
    )


def refused(url: str, cause: str) -> FlickrConnectionError:
    return FlickrConnectionError(
        f"Connection to {host(url)} failed ({cause}): check the network and the base URL.",
        request_sent=False,
    )


def broke_off(url: str, cause: str) -> FlickrConnectionError:
    return FlickrConnectionError(f"The exchange with {host(url)} broke off ({cause}): retry later.")
