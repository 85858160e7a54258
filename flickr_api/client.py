"""The Client: everything one user of the library needs, and the default client behind the
classic module-level functions.

A :class:`Client` holds an app's keys, a user's authorization, and its own policies (timeout,
retries, rate limit, cache) and HTTP session. Two clients never share credentials, so a library
that embeds ``flickr_api`` makes its own client without touching the application's default.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, ClassVar, Optional, TypeVar, Union

from flickr_api import _default, _endpoints, _requestor
from flickr_api._logging import get_logger
from flickr_api._ratelimit import DEFAULT_BURST, DEFAULT_PER_HOUR, RateLimiter
from flickr_api._retry import RetryConfig
from flickr_api.errors import AuthHandlerError
from flickr_api.keys import find_keys

if TYPE_CHECKING:
    from pathlib import Path

    import requests

    from flickr_api._ratelimit import RateLimitStatus
    from flickr_api._requestor import Flow
    from flickr_api._transport import Transport
    from flickr_api.api import Namespace
    from flickr_api.auth import AuthHandler
    from flickr_api.cache import CacheBackend
    from flickr_api.objects import BoundObjects

__all__ = ["Client", "default_client", "DEFAULT_TIMEOUT"]

log = get_logger()

DEFAULT_TIMEOUT = 30.0
ENV_BASE_URL = "FLICKR_API_BASE_URL"
RateLimit = Union[float, RateLimiter, None]
T = TypeVar("T")


class Client:
    """One user's connection to Flickr.

    >>> client = Client(api_key="...", api_secret="...", auth_handler="auth.txt")
    >>> client.call("flickr.test.login")["user"]["username"]
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        api_secret: Optional[str] = None,
        auth_handler: Union[AuthHandler, str, os.PathLike[str], None] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = DEFAULT_TIMEOUT,
        session: Optional[requests.Session] = None,
        *,
        retry: Optional[RetryConfig] = None,
        rate_limit: RateLimit = DEFAULT_PER_HOUR,
        burst: int = DEFAULT_BURST,
        cache: Optional[CacheBackend] = None,
        transport: Optional[Transport] = None,
    ) -> None:
        self._api_key = api_key
        self._api_secret = api_secret
        self._base_url = _endpoints.check_base_url(base_url) if base_url else None
        self._endpoints: Optional[_endpoints.Endpoints] = None
        self.timeout = timeout
        self._session = session
        self._transport: Optional[Transport] = transport
        self._lock = threading.RLock()
        self.retry = retry or RetryConfig()
        self._limiter: Optional[RateLimiter] = None
        self.set_rate_limit(rate_limit, burst)
        self.cache = cache
        self.cache_timeout: Optional[float] = None
        self._api: Optional[Namespace] = None
        self.auth_handler: Optional[AuthHandler] = None
        if auth_handler is not None:
            self.set_auth_handler(auth_handler)

    # -- configuration -------------------------------------------------------------------
    def set_keys(self, api_key: str, api_secret: str) -> None:
        """Use these keys (an access token only works with the keys that obtained it)."""
        handler = self.auth_handler
        if handler is not None and handler.key and handler.secret:
            _check_same_keys((api_key, api_secret), (handler.key, handler.secret))
        self._api_key, self._api_secret = api_key, api_secret

    def keys(self) -> tuple[str, str]:
        """(api_key, api_secret) every request is signed with: explicit (the constructor,
        :meth:`set_keys`, or a 4-line token file) > environment > flickr_keys.py."""
        return find_keys(self._api_key, self._api_secret)

    @property
    def api_key(self) -> str:
        return self.keys()[0]

    @property
    def base_url(self) -> Optional[str]:
        """Where every Flickr host points (None: Flickr itself)."""
        if self._base_url:
            return self._base_url
        env = os.environ.get(ENV_BASE_URL)
        return _endpoints.check_base_url(env) if env else None

    def set_base_url(self, url: Optional[str]) -> None:
        self._base_url = _endpoints.check_base_url(url) if url else None
        self._endpoints = None

    @property
    def endpoints(self) -> _endpoints.Endpoints:
        base = self.base_url
        endpoints = self._endpoints
        if endpoints is None or endpoints.base != base:
            endpoints = self._endpoints = _endpoints.Endpoints(base)
        return endpoints

    def set_auth_handler(
        self,
        handler: Union[AuthHandler, str, os.PathLike[str], None] = None,
        set_api_keys: bool = False,
    ) -> None:
        """Use ``handler`` (an AuthHandler, or a token file's name; None: the default token
        file) for this client's calls.

        A handler that carries API keys (a 4-line token file) brings them to the client: its
        token only works with them. Keys given to the client explicitly must be the same
        ones, or :class:`~flickr_api.AuthHandlerError` says so. (``set_api_keys`` is kept
        for earlier releases: the handler's keys are always used.)
        """
        from flickr_api.auth import AuthHandler, saved_token_path

        if handler is None or isinstance(handler, (str, os.PathLike)):
            path = handler if handler is not None else saved_token_path()
            handler = AuthHandler.load(path)
        if not isinstance(handler, AuthHandler):
            raise TypeError("set_auth_handler takes an AuthHandler or a token file name")
        if handler.access_token is None:
            raise AuthHandlerError(
                "This AuthHandler is not authorized yet (no access token), so every call would "
                "fail with \"none granted\". Finish first: open get_authorization_url(), then "
                "set_verifier(code); or pass a saved token file."
            )
        if handler.key and handler.secret:
            if self._api_key:
                _check_same_keys((self._api_key, self._api_secret), (handler.key, handler.secret))
            self._api_key, self._api_secret = handler.key, handler.secret
        handler._bind(self)
        self.auth_handler = handler

    def set_timeout(self, timeout: Optional[float]) -> None:
        self.timeout = timeout

    def get_timeout(self) -> Optional[float]:
        return self.timeout

    def set_retry_config(
        self,
        max_retries: int = 3,
        base_delay: float = 1.0,
        max_delay: float = 30.0,
        retry_writes: bool = False,
        deadline: Optional[float] = None,
    ) -> None:
        """Retry transient failures ``max_retries`` times, backing off from ``base_delay`` to
        ``max_delay`` seconds, each call lasting at most ``deadline`` seconds (None: no bound).
        Writes are retried only if surely not sent, unless ``retry_writes``."""
        self.retry = RetryConfig(max_retries, base_delay, max_delay, retry_writes, deadline)

    def get_retry_config(self) -> dict[str, Any]:
        r = self.retry
        return {"max_retries": r.max_retries, "base_delay": r.base_delay,
                "max_delay": r.max_delay, "retry_writes": r.retry_writes,
                "deadline": r.deadline}

    def set_rate_limit(self, requests_per_hour: RateLimit, burst: int = DEFAULT_BURST) -> None:
        """Limit this client's calls per hour (None: no limit).

        A number gives the client a limiter of its own (the calls it already made still
        count); a :class:`~flickr_api.RateLimiter` is used as it is, so clients given the same
        one (say, all the clients of one API key, in any threads) share its budget.
        """
        if isinstance(requests_per_hour, RateLimiter) or requests_per_hour is None:
            self._limiter, self._own_limiter = requests_per_hour, False
        elif self._limiter is not None and self._own_limiter:
            self._limiter.configure(requests_per_hour, burst)
        else:
            self._limiter, self._own_limiter = RateLimiter(requests_per_hour, burst), True

    def get_rate_limit(self) -> Optional[float]:
        """Calls per hour allowed to this client (None: no limit)."""
        return self._limiter.per_hour if self._limiter is not None else None

    def rate_limiter(self) -> Optional[RateLimiter]:
        """This client's limiter (None: no limit)."""
        return self._limiter

    def get_rate_limit_status(self) -> Optional[RateLimitStatus]:
        return self._limiter.status() if self._limiter is not None else None

    def enable_cache(self, cache: Optional[CacheBackend] = None,
                     timeout: Optional[float] = None) -> None:
        """Cache read calls in ``cache`` (default: a new :class:`~flickr_api.SimpleCache`)."""
        from flickr_api.cache import SimpleCache

        self.cache = cache if cache is not None else SimpleCache()
        self.cache_timeout = timeout

    def disable_cache(self) -> None:
        self.cache = None

    # -- calls -----------------------------------------------------------------------------
    def call(self, method: str, **args: Any) -> Any:
        """Call any Flickr method (no catalog validation) and return the parsed reply.

        ``format="rest"`` returns the raw XML bytes instead.
        """
        from flickr_api.method_call import execute

        return execute(self, method, args)

    @property
    def api(self) -> Namespace:
        """The ``flickr.*`` method tree, checked against Flickr's catalog."""
        if self._api is None:
            from flickr_api.api import Namespace

            self._api = Namespace(self, "flickr")
        return self._api

    @property
    def objects(self) -> BoundObjects:
        """The object classes working for this client: ``client.objects.Photo.search(...)``."""
        from flickr_api.objects import bind

        return bind(self)

    @property
    def transport(self) -> Transport:
        """The I/O seam: what sends this client's requests (``requests`` by default)."""
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    from flickr_api._requests_transport import RequestsTransport

                    self._transport = RequestsTransport(self._session)
        return self._transport

    #: True for an :class:`~flickr_api.aio.AsyncClient`, whose network methods are awaited.
    is_async: ClassVar[bool] = False

    def _run(self, flow: Flow[T]) -> Any:
        """Carry out a flow of requests (:mod:`flickr_api._requestor`): blocking here, and
        returning an awaitable in :class:`~flickr_api.aio.AsyncClient`."""
        return _requestor.run(self.transport, flow)

    def token(self) -> Optional[tuple[str, str]]:
        """The access token (key, secret) calls are signed with, if any."""
        handler = self.auth_handler
        token = handler.access_token if handler is not None else None
        return (token.key, token.secret) if token else None

    def upload(self, photo_file: Any, **kw: Any) -> Any:
        """Upload a photo or video as this client's user (see :func:`flickr_api.upload`)."""
        from flickr_api.transfer import upload

        return upload(photo_file, client=self, **kw)

    def replace(self, photo_file: Any, **kw: Any) -> Any:
        """Replace a photo's file (see :func:`flickr_api.replace`)."""
        from flickr_api.transfer import replace

        return replace(photo_file, client=self, **kw)

    def download(self, photo: Any, filename: Union[str, os.PathLike[str]],
                 size_label: Optional[str] = None, progress: Any = None) -> Path:
        """Save a photo or video (see :func:`flickr_api.download_photo`)."""
        from flickr_api.transfer import download_photo

        return download_photo(photo, filename, size_label, client=self, progress=progress)

    def close(self) -> None:
        """Close the HTTP connections of this client."""
        if self._transport is not None:
            self._transport.close()
            self._transport = None

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        key = find_keys(self._api_key, self._api_secret, required=False)[0]
        shown = f"{key[:4]}…" if key else None
        handler = self.auth_handler
        user = (handler.username or handler.user_nsid) if handler is not None else None
        parts = [f"api_key={shown!r}"]
        if handler is not None:
            parts.append(f"user={user!r}" if user else "authorized=True")
        if self.base_url:
            parts.append(f"base_url={self.base_url!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __getstate__(self) -> dict[str, Any]:
        raise TypeError("a Client holds credentials and connections and cannot be pickled")


def _check_same_keys(client: tuple[Optional[str], Optional[str]],
                     handler: tuple[str, str]) -> None:
    if client[0] != handler[0] or (client[1] and client[1] != handler[1]):
        raise AuthHandlerError(
            f"The auth handler's token was issued to the API key {handler[0][:4]}…, but this "
            f"client was given the key {(client[0] or '')[:4]}…: a token only works with the "
            "keys that obtained it. Give the client the same keys, or use a 2-line token file "
            "(token key and secret only)."
        )


default_client = _default.default_client
