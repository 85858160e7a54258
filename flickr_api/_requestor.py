"""The one request path: every request the library sends goes through :func:`exchange`.

REST calls (:mod:`flickr_api.method_call`), uploads, downloads (:mod:`flickr_api.transfer`) and
the OAuth token exchanges (:mod:`flickr_api.auth`) describe what they want as a
:class:`Request` and hand it here with a function that reads the reply. This module then
applies, the same way for all of them:

- the **rate limit** (the client's :class:`~flickr_api._ratelimit.RateLimiter`; requests to
  Flickr's API endpoints count, media downloads do not);
- **signing**: OAuth 1.0a by oauthlib (:mod:`flickr_api._signing`) afresh for each attempt, or
  the ``api_key`` parameter for a call without a user;
- the **deadline**: each attempt gets a :class:`~flickr_api._transport.Deadline` by one rule
  (:func:`attempt_deadline`), cut to what is left of the call's deadline;
- **retries** with backoff (:class:`~flickr_api._retry.Attempts`), deciding per error whether a
  repeat is safe.

Building the HTTP request (:func:`prepare`) and the retry bookkeeping are plain functions of
data, and :func:`exchange` does no I/O either: it is a **flow**, a generator that yields steps
(:class:`Pause` to wait, :class:`Attempt` to send through the transport) and gets each
attempt's result back. Operations made of several requests (a call and its cache, the OAuth
dance, an upload, waiting on tickets) are flows too, composed with ``yield from``. A driver
carries a flow out: :func:`run` blocking, for :class:`~flickr_api.Client`, and
:func:`flickr_api.aio._requestor.run` with ``await``, for
:class:`~flickr_api.aio.AsyncClient`; ``client._run(flow)`` picks the client's. So both
clients send the same bytes, by the same code.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Generator, Mapping, Optional, Protocol, TypeVar, Union

from flickr_api._logging import remember_secret
from flickr_api._retry import Attempts, RetryConfig
from flickr_api._signing import FORM, query_url, sign
from flickr_api._transport import Body, Deadline, HTTPRequest, Reply, Transport
from flickr_api.errors import AuthHandlerError, FlickrError

__all__ = [
    "MIN_TRANSFER_RATE",
    "Attempt",
    "Flow",
    "Pause",
    "Request",
    "Settings",
    "attempt_deadline",
    "exchange",
    "prepare",
    "run",
    "send",
]

T = TypeVar("T")

#: A transfer may take its time, but not crawl: each byte moved gives its attempt this many
#: more bytes' worth of time at 8 KiB/s, so a server trickling slower than that is cut off.
MIN_TRANSFER_RATE = 8 * 1024

#: How a request is authenticated.
USER_OR_KEY = "user_or_key"  # OAuth with the user's token if there is one, else the api_key
USER = "user"  # OAuth with the user's token, which must exist
USER_IF_ANY = "user_if_any"  # OAuth with the user's token if there is one, else nothing
OAUTH = "oauth"  # OAuth with the request's own token (or none): the token exchanges
NONE = "none"  # nothing (static media)


@dataclass(frozen=True)
class Request:
    """What to send, as data.

    ``params`` travel in the query of a GET or the form of a POST, and are signed either way;
    with a ``body`` (a multipart upload) they are the text fields the body carries, signed as
    Flickr requires. ``write`` marks requests that may change something at Flickr (retried only
    when Flickr surely did not carry them out). ``stream`` hands the caller the reply before
    its body is read (downloads). ``api`` requests count against the rate limit.
    """

    method: str
    url: str
    params: Mapping[str, str] = field(default_factory=dict)
    what: str = "request"
    auth: str = USER_OR_KEY
    write: bool = False
    stream: bool = False
    api: bool = True
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Optional[Body] = None
    token: Optional[tuple[str, str]] = None  # OAUTH: the token to sign with
    keys: Optional[tuple[str, str]] = None  # OAUTH: the app's keys, if not the client's
    oauth_extra: Mapping[str, str] = field(default_factory=dict)  # oauth_callback/_verifier


class Settings(Protocol):
    """What :func:`send` needs from a client."""

    timeout: Optional[float]
    retry: RetryConfig

    @property
    def transport(self) -> Transport: ...

    def keys(self) -> tuple[str, str]: ...

    def token(self) -> Optional[tuple[str, str]]: ...

    def rate_limiter(self) -> Any: ...


def _credentials(settings: Settings, request: Request
                 ) -> tuple[tuple[str, str], Optional[tuple[str, str]]]:
    """(the app's keys, the token) ``request`` is signed with."""
    if request.auth == NONE:
        return ("", ""), None
    keys = request.keys or settings.keys()
    token = request.token if request.auth == OAUTH else settings.token()
    remember_secret(keys[1], token[1] if token else None)
    return keys, token


def prepare(request: Request, keys: tuple[str, str],
            token: Optional[tuple[str, str]]) -> HTTPRequest:
    """The signed HTTP request for one attempt of ``request`` (fresh nonce and timestamp),
    with the app's ``keys`` and the ``token`` (None: no user)."""
    auth, method, url, params = request.auth, request.method, request.url, request.params
    if auth == USER and token is None:
        perms = " with write permission" if request.write else ""
        raise AuthHandlerError(
            f"Flickr only accepts the {request.what} from a user who authorized this app{perms}:"
            " set an auth handler first (flickr_api.set_auth_handler).")
    signed = auth in (OAUTH, USER) or (auth in (USER_OR_KEY, USER_IF_ANY) and token is not None)
    headers = dict(request.headers)
    body: Any = None
    if not signed:
        if auth == USER_OR_KEY:
            params = {**params, "api_key": keys[0]}
        if method == "GET":
            url = query_url(url, params)
        else:
            body = _form(params)
    else:
        url, headers["Authorization"] = sign(method, url, params, keys, token,
                                             request.oauth_extra)
        if method != "GET" and request.body is None:
            body = _form(params)
    if body is not None:
        headers["Content-Type"] = FORM
    if request.body is not None:
        body = request.body
    return HTTPRequest(method, url, headers, body)


def _form(params: Mapping[str, str]) -> bytes:
    from urllib.parse import urlencode

    return urlencode(params).encode("utf-8")


def attempt_deadline(request: Request, timeout: Optional[float], remaining: Optional[float],
                     now: float) -> Deadline:
    """The one rule for how long an attempt may last.

    ``timeout`` seconds for the whole exchange (connect, send, the reply to its last byte);
    a transfer (a body to send, or a reply streamed to disk) also earns time for every byte
    it moves (:data:`MIN_TRANSFER_RATE`). Never past the call's deadline (``remaining``
    seconds from ``now``), and each wait for data at most ``timeout``.
    """
    transfer = request.body is not None or request.stream
    hard = None if remaining is None else now + remaining
    wait = timeout if remaining is None else remaining if timeout is None else min(timeout,
                                                                                  remaining)
    return Deadline(
        stop=None if timeout is None else now + timeout,
        hard_stop=hard,
        per_byte=1.0 / MIN_TRANSFER_RATE if transfer else 0.0,
        timeout=wait,
        budget=None if transfer else wait,
    )


@dataclass(frozen=True)
class Pause:
    """A step of a flow: wait this many seconds (a retry's backoff, the rate limit).

    ``sleep`` is how a blocking driver waits, when it is not the driver's own: the rate
    limiter's, which tests replace with a fake clock's."""

    seconds: float
    sleep: Optional[Callable[[float], None]] = None


@dataclass(frozen=True)
class Attempt:
    """A step of a flow: send ``wire`` through the transport within ``deadline`` and give
    ``handle`` the reply; its result (or error) goes back into the flow."""

    request: Request
    wire: HTTPRequest
    deadline: Deadline
    handle: Callable[[Any], Any]


#: A network operation as data: a generator yielding :class:`Pause` and :class:`Attempt`
#: steps, receiving each attempt's result, and returning the operation's value. The blocking
#: driver (:func:`run`) and the asyncio one (:mod:`flickr_api.aio`) carry out the same flows.
Flow = Generator[Union[Pause, Attempt], Any, T]


def exchange(
    settings: Settings,
    request: Union[Request, Callable[[], Request]],
    handle: Callable[[Any], T],
    *,
    clock: Callable[[], float] = time.monotonic,
) -> Flow[T]:
    """The flow of one request for ``settings`` (a client): rate limit, signing, deadline and
    retries, ending with ``handle(reply)``.

    ``request`` may be a function making it afresh for each attempt (a download asks for the
    rest of its file).
    ``handle`` gets a :class:`~flickr_api._transport.Reply`, or a streamed reply for a
    ``stream`` request (read it inside ``handle``: the attempt's deadline covers it), and raises
    a :class:`~flickr_api.errors.FlickrError` for a reply that is not the answer; the request
    is then tried again when that is safe and the deadline allows.
    """
    build = request if callable(request) else None
    first = request() if callable(request) else request
    plan = Attempts(settings.retry, first.write, first.what, clock)
    limiter = settings.rate_limiter() if first.api else None
    keys, token = _credentials(settings, first)
    while True:
        try:
            current = build() if build is not None and plan.retries else first
            remaining = plan.remaining()
            if limiter is not None:
                waited = limiter.take(remaining)
                if waited > 0:
                    yield Pause(waited, limiter.sleep)
                if remaining is not None:
                    remaining = max(remaining - waited, 0.001)
            wire = prepare(current, keys, token)
            deadline = attempt_deadline(current, settings.timeout, remaining, clock())
            result: T = yield Attempt(current, wire, deadline, handle)
            return result
        except FlickrError as error:
            yield Pause(plan.wait_before_retry(error))


def run(transport: Transport, flow: Flow[T],
        sleep: Callable[[float], None] = time.sleep) -> T:
    """Carry ``flow`` out, blocking: the driver of every :class:`~flickr_api.Client`. An
    interruption (Ctrl-C) closes the flow, as a cancelled task does in the asyncio driver."""
    value: Any = None
    error: Optional[Exception] = None
    try:
        while True:
            try:
                step = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            if isinstance(step, Pause):
                (step.sleep or sleep)(step.seconds)
                continue
            try:
                value = _attempt(transport, step)
            except Exception as exc:  # back into the flow, which retries or lets it out
                error = exc
    finally:
        flow.close()


def send(
    settings: Settings,
    request: Union[Request, Callable[[], Request]],
    handle: Callable[[Any], T],
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Send ``request`` for ``settings`` (a client) and return ``handle(reply)``, blocking
    (see :func:`exchange`)."""
    return run(settings.transport, exchange(settings, request, handle, clock=clock), sleep)


def _attempt(transport: Transport, step: Attempt) -> Any:
    body: Any = step.request.body
    if body is not None:
        body.rewind()
    try:
        if step.request.stream:
            with transport.stream(step.wire, step.deadline) as streamed:
                return step.handle(streamed)
        reply: Reply = transport.send(step.wire, step.deadline)
    except Exception:
        raise_body_error(body)
        raise
    return step.handle(reply)


def raise_body_error(body: Any) -> None:
    """Our own errors (a cancelling progress callback, an unreadable file) may come back
    wrapped by the HTTP stack: the caller gets them as they were raised."""
    error = getattr(body, "error", None)
    if error is not None:
        raise error from None
