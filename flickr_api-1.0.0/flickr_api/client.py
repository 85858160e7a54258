"""The Client: everything one user of the library needs, and the default client behind the
classic module-level functions.

A :class:`Client` holds an app's keys, a user's authorization, and its own policies (timeout,
retries, rate limit, cache) and HTTP session. Two clients never share credentials, so a library
that embeds ``flickr_api`` makes its own client without touching the application's default.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from flickr_api import _endpoints
from flickr_api._logging import get_logger, remember_secret
from flickr_api._retry import RetryConfig
from flickr_api.errors import AuthHandlerError
from flickr_api.keys import find_keys

if TYPE_CHECKING:
    import requests

    from flickr_api._ratelimit import RateLimiter, RateLimitStatus
    from flickr_api._transport import Reply, Transport
    from flickr_api.api import Namespace
    from flickr_api.auth import AuthHandler
    from flickr_api.cache import CacheBackend
    from flickr_api.objects import BoundObjects

__all__ = ["Client", "default_client", "DEFAULT_TIMEOUT"]

log = get_logger()

DEFAULT_TIMEOUT = 30.0
ENV_BASE_URL = "FLICKR_API_BASE_URL"
_UNSET: Any = object()


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
        rate_limit: Optional[float] = _UNSET,
        burst: int = 100,
        cache: Optional[CacheBackend] = None,
    ) -> None:
        self._api_key = api_key
        self._api_secret = api_secret
        self._base_url = _endpoints.check_base_url(base_url) if base_url else None
        self._endpoints: Optional[_endpoints.Endpoints] = None
        self.timeout = timeout
        self._session = session
        self._transport: Optional[Transport] = None
        self._lock = threading.RLock()
        self.retry = retry or RetryConfig()
        self._rate_per_hour: Optional[float] = 3600.0 if rate_limit is _UNSET else rate_limit
        self._burst = burst
        # An explicit rate becomes the setting of the limiter shared by the API key.
        self._rate_explicit = rate_limit is not _UNSET
        self._limiter: Optional[tuple[str, RateLimiter]] = None
        self.cache = cache
        self.cache_timeout: Optional[float] = None
        self._api: Optional[Namespace] = None
        self.auth_handler: Optional[AuthHandler] = None
        if auth_handler is not None:
            self.set_auth_handler(auth_handler)

    # -- configuration -------------------------------------------------------------------
    def set_keys(self, api_key: str, api_secret: str) -> None:
        self._api_key, self._api_secret = api_key, api_secret

    def keys(self) -> tuple[str, str]:
        """(api_key, api_secret): explicit > set_keys > environment > flickr_keys.py."""
        return find_keys(self._api_key, self._api_secret)

    def consumer(self) -> tuple[str, str]:
        """The keys calls are signed with: the auth handler's own, if it has them."""
        handler = self.auth_handler
        if handler is not None and handler.key and handler.secret:
            return handler.key, handler.secret
        return self.keys()

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
        file) for this client's calls. ``set_api_keys`` also takes the keys a 4-line file has."""
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
        if set_api_keys and handler.key and handler.secret:
            self.set_keys(handler.key, handler.secret)
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

    def set_rate_limit(self, requests_per_hour: Optional[float], burst: int = 100) -> None:
        """Limit calls per hour, shared by every client of the same API key; None: no limit."""
        if requests_per_hour is not None and (requests_per_hour <= 0 or burst < 1):
            raise ValueError("requests_per_hour must be positive (or None) and burst >= 1")
        self._rate_per_hour, self._burst = requests_per_hour, burst
        self._rate_explicit, self._limiter = True, None
        if requests_per_hour is not None and (self._api_key or os.environ.get("FLICKR_API_KEY")):
            self.rate_limiter()

    def get_rate_limit(self) -> Optional[float]:
        """Calls per hour allowed to this client's API key (None: no limit)."""
        if self._rate_per_hour is None:
            return None
        cached = self._limiter
        return cached[1].per_hour if cached else self._rate_per_hour

    def rate_limiter(self) -> Optional[RateLimiter]:
        """The limiter this client shares with every client of its API key (None: no limit)."""
        if self._rate_per_hour is None:
            return None
        key = self.api_key
        cached = self._limiter
        if cached is not None and cached[0] == key:
            return cached[1]
        from flickr_api._ratelimit import limiter_for

        explicit = self._rate_explicit
        limiter = limiter_for(key, self._rate_per_hour if explicit else None,
                              self._burst if explicit else None)
        self._limiter = (key, limiter)
        return limiter

    def get_rate_limit_status(self) -> Optional[RateLimitStatus]:
        limiter = self.rate_limiter()
        return limiter.status() if limiter else None

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
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    from flickr_api._transport import Transport

                    self._transport = Transport(self._session)
        return self._transport

    def token(self) -> Optional[tuple[str, str]]:
        """The access token (key, secret) calls are signed with, if any."""
        handler = self.auth_handler
        token = handler.access_token if handler is not None else None
        return (token.key, token.secret) if token else None

    def signed_request(
        self,
        http_method: str,
        url: str,
        params: Mapping[str, str],
        *,
        token: Optional[tuple[str, str]] = None,
        oauth_extra: Optional[Mapping[str, str]] = None,
        data: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Any = _UNSET,
        consumer: Optional[tuple[str, str]] = None,
    ) -> Reply:
        """Send one OAuth-signed request. ``params`` travel in the query (GET) or the form
        body (POST) unless ``data`` (a multipart body) is given; they are signed either way.
        ``consumer`` overrides the client's (api_key, api_secret)."""
        from flickr_api._signing import authorization_header, oauth_parameters

        key, secret = consumer or self.consumer()
        remember_secret(secret, token[1] if token else None)
        oauth = oauth_parameters(
            http_method, url, params, key, secret,
            token=token[0] if token else None,
            token_secret=token[1] if token else "",
            extra=oauth_extra,
        )
        all_headers = {"Authorization": authorization_header(oauth)}
        if headers:
            all_headers.update(headers)
        return self.transport.request(
            http_method,
            url,
            params=params if http_method == "GET" else None,
            data=data if data is not None else (params if http_method != "GET" else None),
            headers=all_headers,
            timeout=self.timeout if timeout is _UNSET else timeout,
        )

    def upload(self, photo_file: Any, **kw: Any) -> Any:
        """Upload a photo or video as this client's user (see :func:`flickr_api.upload`)."""
        from flickr_api.transfer import upload

        return upload(photo_file, client=self, **kw)

    def replace(self, photo_file: Any, **kw: Any) -> Any:
        """Replace a photo's file (see :func:`flickr_api.replace`)."""
        from flickr_api.transfer import replace

        return replace(photo_file, client=self, **kw)

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
        return f"Client({', '.join(parts)})"

    def __getstate__(self) -> dict[str, Any]:
        raise TypeError("a Client holds credentials and connections and cannot be pickled")


_default: Optional[Client] = None
_default_lock = threading.Lock()


def default_client() -> Client:
    """The client behind ``flickr_api.set_keys``, ``flickr_api.Photo`` and the other classic
    module-level functions; made on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Client()
    return _default
