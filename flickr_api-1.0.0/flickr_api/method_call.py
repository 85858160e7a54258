"""The single call pipeline: convert, sign, send, parse, and retry, cache and rate-limit.

``call_api(method=..., **args)`` is the raw layer (no catalog validation); the checked
``flickr.*`` tree of :mod:`flickr_api.api` and every object method end up here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from flickr_api import _catalog, _parsing
from flickr_api import cache as caching
from flickr_api._convert import to_params
from flickr_api._retry import attempt_timeout, call_with_retries
from flickr_api.errors import FlickrError

if TYPE_CHECKING:
    from flickr_api._transport import Reply
    from flickr_api.client import Client

__all__ = ["call_api", "execute"]

_RAW_FORMATS = frozenset({"rest", "xml"})


def call_api(method: str, *, client: Optional[Client] = None, **args: Any) -> Any:
    """Call any Flickr method with any arguments and return the parsed reply.

    The reply is Flickr's JSON as dicts and lists, with ``{"_content": x}`` collapsed to
    ``x``. With ``format="rest"`` the raw XML bytes are returned. Errors are raised as
    :class:`~flickr_api.errors.FlickrError` subclasses.
    """
    if client is None:
        from flickr_api.client import default_client

        client = default_client()
    return execute(client, method, args)


def execute(client: Client, method: str, args: dict[str, Any]) -> Any:
    """Run one call of ``method`` with ``args`` for ``client``."""
    raw_format = None
    if args.get("format") is not None:
        fmt = str(args.pop("format"))
        if fmt in _RAW_FORMATS:
            raw_format = "rest"
        elif fmt != "json":
            raise FlickrError(
                f"Unsupported format {fmt!r}: use 'json' (parsed) or 'rest' (raw XML)"
            )
    params = to_params(args, method)
    params.pop("nojsoncallback", None)
    params["method"] = method
    if raw_format:
        params["format"] = raw_format
    else:
        params["format"] = "json"
        params["nojsoncallback"] = "1"
    spec = _catalog.get(method)
    is_write = spec is not None and spec.is_write
    # Methods missing from the catalog might change something: they are sent with GET but
    # never cached, nor repeated once they may have reached Flickr.
    is_read = spec is not None and not spec.is_write
    http_method = "POST" if is_write else "GET"
    token = client.token()
    if token is not None and spec is not None and "oauth_token" in spec.argument_names:
        # Flickr reads this argument, not the token that signs the call.
        params.setdefault("oauth_token", token[0])

    cache = client.cache
    key = None
    if cache is not None and not raw_format and caching.is_cacheable(method, is_read):
        key = caching.cache_key(client.api_key, token[0] if token else None, method, params)
        hit = caching.lookup(cache, key)
        if hit is not None:
            return hit

    def attempt(remaining: Optional[float]) -> Any:
        reply = _send(client, http_method, params, token, remaining)
        _parsing.check_http_status(reply.status, reply.headers, reply.content)
        if raw_format:
            _parsing.parse_rest_reply(reply.content, method, reply.status)
            return reply.content
        return _parsing.parse_json_reply(reply.content, method, reply.status)

    data = call_with_retries(attempt, client.retry, is_write=not is_read, what=method)
    if cache is not None and key is not None:
        caching.store(cache, key, data, client.cache_timeout)
    return data


def _send(
    client: Client,
    http_method: str,
    params: dict[str, str],
    token: Optional[tuple[str, str]],
    remaining: Optional[float],
) -> Reply:
    """One request, signed afresh (new nonce and timestamp), within ``remaining`` seconds."""
    limiter = client.rate_limiter()
    if limiter is not None:
        waited = limiter.acquire(remaining)
        if remaining is not None:
            remaining = max(remaining - waited, 0.001)
    timeout = attempt_timeout(client.timeout, remaining)
    url = client.endpoints.rest
    if token is not None:
        return client.signed_request(http_method, url, params, token=token, timeout=timeout)
    key, _secret = client.keys()
    unsigned = {**params, "api_key": key}
    return client.transport.request(
        http_method,
        url,
        params=unsigned if http_method == "GET" else None,
        data=unsigned if http_method == "POST" else None,
        timeout=timeout,
    )
