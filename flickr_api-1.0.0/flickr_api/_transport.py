"""HTTP for the whole library: the only module that imports ``requests``.

One :class:`Transport` per client: a keep-alive ``requests.Session``, a timeout on every request,
the library's User-Agent, and requests' exceptions turned into :mod:`flickr_api.errors`.
Replies are read in chunks with a size cap and, after the headers, within one timeout in all
(a server trickling bytes cannot hold a caller). Environment settings (proxies, CA bundle) are
read once, when the transport is made.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator, Mapping, Optional, Union

import requests
import requests.adapters
import requests.utils
import urllib3.exceptions

from flickr_api._logging import get_logger
from flickr_api._parsing import MAX_REPLY_BYTES, too_large
from flickr_api._version import __version__
from flickr_api.errors import FlickrConnectionError, FlickrTimeoutError

__all__ = ["Reply", "Transport", "USER_AGENT"]

USER_AGENT = f"flickr_api/{__version__} (+https://pypi.org/project/flickr_api/)"
log = get_logger("flickr_api.http")
_CHUNK = 64 * 1024

Body = Union[bytes, str, Mapping[str, str], IO[bytes], Iterable[bytes], None]
Timeout = Union[float, tuple[float, float], None]


@dataclass(frozen=True)
class Reply:
    """A complete HTTP reply."""

    status: int
    headers: Mapping[str, str]
    content: bytes


class Transport:
    """Sends HTTP requests for one client; safe to share between threads."""

    def __init__(
        self,
        session: Optional[requests.Session] = None,
        user_agent: str = USER_AGENT,
        pool_size: int = 16,
    ) -> None:
        self._own_session = session is None
        if session is None:
            session = requests.Session()
            adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=pool_size)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            # Read proxy and CA settings from the environment once, not on every request.
            session.proxies.update(requests.utils.get_environ_proxies("https://api.flickr.com"))
            bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
            if bundle:
                session.verify = bundle
            session.trust_env = False
        session.headers["User-Agent"] = user_agent
        self.session = session
        self._lock = threading.Lock()

    def request(
        self,
        http_method: str,
        url: str,
        *,
        params: Optional[Mapping[str, str]] = None,
        data: Body = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
    ) -> Reply:
        """Send a request and read the whole reply (at most ``MAX_REPLY_BYTES``)."""
        with self._errors(url):
            response = self.session.request(
                http_method,
                url,
                params=params,
                data=data,
                headers=headers,
                timeout=timeout,
                allow_redirects=False,
                stream=True,
            )
            try:
                content = _read_body(response, timeout, url)
            finally:
                response.close()
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %s (%d bytes)", http_method, _redact_url(url),
                      response.status_code, len(content))
        return Reply(response.status_code, response.headers, content)

    @contextmanager
    def stream(
        self,
        url: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
    ) -> Iterator[StreamedReply]:
        """GET ``url`` and yield a reply whose body is read in chunks."""
        with self._errors(url):
            response = self.session.get(
                url, headers=headers, timeout=timeout, stream=True, allow_redirects=True
            )
        try:
            if log.isEnabledFor(logging.DEBUG):
                log.debug("GET %s -> %s (streamed)", _redact_url(url), response.status_code)
            yield StreamedReply(response, self)
        finally:
            response.close()

    @contextmanager
    def _errors(self, url: str) -> Iterator[None]:
        try:
            yield
        except requests.exceptions.ConnectTimeout as exc:
            raise FlickrTimeoutError(
                f"Timed out connecting to {_host(url)}: check the network or raise the timeout "
                f"(flickr_api.set_timeout). ({type(exc).__name__})",
                request_sent=False,
            ) from None
        except (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError):
            raise FlickrTimeoutError(
                f"No reply from {_host(url)} within the timeout: retry later or raise it "
                "(flickr_api.set_timeout)."
            ) from None
        except urllib3.exceptions.HTTPError as exc:
            raise FlickrConnectionError(
                f"The reply from {_host(url)} broke off ({type(exc).__name__}): retry later."
            ) from None
        except requests.exceptions.ConnectionError as exc:
            sent = not _refused(exc)
            raise FlickrConnectionError(
                f"Connection to {_host(url)} failed ({_reason(exc)}): check the network and "
                "the base URL.",
                request_sent=sent,
            ) from None
        except requests.exceptions.RequestException as exc:
            raise FlickrConnectionError(
                f"HTTP request to {_host(url)} failed ({type(exc).__name__})"
            ) from None

    def close(self) -> None:
        if self._own_session:
            self.session.close()


class StreamedReply:
    """A reply whose body is read chunk by chunk (downloads)."""

    def __init__(self, response: requests.Response, transport: Transport) -> None:
        self._response = response
        self._transport = transport
        self.status: int = response.status_code
        self.headers: Mapping[str, str] = response.headers

    def iter_chunks(self, chunk_size: int = 256 * 1024) -> Iterator[bytes]:
        with self._transport._errors(self._response.url):
            yield from self._response.raw.stream(chunk_size, decode_content=True)

    def read_all(self, limit: int) -> bytes:
        """The body, at most ``limit`` bytes (for error replies)."""
        with self._transport._errors(self._response.url):
            return self._response.raw.read(limit, decode_content=True) or b""


def _read_body(response: requests.Response, timeout: Timeout, url: str) -> bytes:
    """The body of ``response``: refused past ``MAX_REPLY_BYTES``, and a timeout error when
    it takes longer than the read timeout in all."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_REPLY_BYTES:
        raise too_large(response.status_code, int(declared))
    limit = timeout[1] if isinstance(timeout, tuple) else timeout
    stop = None if limit is None else time.monotonic() + limit
    chunks: list[bytes] = []
    size = 0
    for chunk in _available_chunks(response.raw):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise too_large(response.status_code, size)
        chunks.append(chunk)
        if stop is not None and time.monotonic() > stop:
            raise FlickrTimeoutError(
                f"The reply from {_host(url)} took longer than {limit:g} s to arrive: retry "
                "later or raise the timeout (flickr_api.set_timeout)."
            )
    return b"".join(chunks)


def _available_chunks(raw: Any) -> Iterator[bytes]:
    """The body in pieces as they arrive (``read1``), so that a trickle is noticed between
    pieces; whole chunks with urllib3 releases that lack ``read1``."""
    read1 = getattr(raw, "read1", None)
    if read1 is None:
        yield from raw.stream(_CHUNK, decode_content=True)
        return
    while True:
        chunk = read1(_CHUNK, decode_content=True)
        if not chunk:
            return
        yield chunk


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url


def _redact_url(url: str) -> str:
    return url.split("?", 1)[0]


def _refused(exc: BaseException) -> bool:
    """True when the connection was never made, so the request was surely not sent."""
    import urllib3.exceptions

    seen: set[int] = set()
    current: Optional[BaseException] = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (urllib3.exceptions.NewConnectionError, ConnectionRefusedError)):
            return True
        if isinstance(current, urllib3.exceptions.MaxRetryError):
            current = current.reason
            continue
        nxt: Any = current.args[0] if current.args else None
        current = (
            nxt if isinstance(nxt, BaseException) else (current.__cause__ or current.__context__)
        )
    return False


def _reason(exc: BaseException) -> str:
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return text.split(": ", 1)[-1][:160]
