"""A Flickr method call: params -> cache -> requestor -> parse.

``call_api(method=..., **args)`` is the raw layer (no catalog validation); the checked
``flickr.*`` tree of :mod:`flickr_api.api` and every object method end up here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from flickr_api import _catalog, _default, _parsing, _requestor
from flickr_api import cache as caching
from flickr_api._convert import to_params
from flickr_api.errors import FlickrError

if TYPE_CHECKING:
    from flickr_api._requestor import Flow
    from flickr_api._transport import Reply
    from flickr_api.client import Client

__all__ = ["call_api", "call_flow", "execute"]

_RAW_FORMATS = frozenset({"rest", "xml"})


def call_api(method: str, *, client: Optional[Client] = None, **args: Any) -> Any:
    """Call any Flickr method with any arguments and return the parsed reply.

    The reply is Flickr's JSON as dicts and lists, with ``{"_content": x}`` collapsed to
    ``x``. With ``format="rest"`` the raw XML bytes are returned. Errors are raised as
    :class:`~flickr_api.errors.FlickrError` subclasses.
    """
    return execute(_default.resolve(client), method, args)


def execute(client: Client, method: str, args: dict[str, Any], *,
            token: Optional[tuple[str, str]] = None,
            keys: Optional[tuple[str, str]] = None) -> Any:
    """Run one call of ``method`` with ``args`` for ``client`` (signed with ``token`` and
    ``keys`` instead of the client's when given): the parsed reply, or for an
    :class:`~flickr_api.aio.AsyncClient` an awaitable of it."""
    return client._run(call_flow(client, method, args, token=token, keys=keys))


def call_flow(client: Client, method: str, args: dict[str, Any], *,
              token: Optional[tuple[str, str]] = None,
              keys: Optional[tuple[str, str]] = None) -> Flow[Any]:
    """The flow of one call (see :func:`execute`). Arguments are checked and the cache is
    read at once, before the first step."""
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
    signer = token or client.token()
    if signer is not None and spec is not None and "oauth_token" in spec.argument_names:
        # Flickr reads this argument, not the token that signs the call.
        params.setdefault("oauth_token", signer[0])
    # Methods missing from the catalog might change something: they are sent with GET but
    # never cached, nor repeated once they may have reached Flickr.
    changes_state = spec is None or spec.changes_state
    request = _requestor.Request(
        "POST" if spec is not None and spec.is_write else "GET",
        client.endpoints.rest, params, what=method, write=changes_state,
        auth=_requestor.OAUTH if token else _requestor.USER_OR_KEY, token=token, keys=keys,
    )

    cache = client.cache
    key = None
    if cache is not None and not raw_format and caching.is_cacheable(method, not changes_state):
        key = caching.cache_key(keys or client.keys(), signer, client.base_url, method, params)
        hit = caching.lookup(cache, key)
        if hit is not None:
            return _at_once(hit)

    def parse(reply: Reply) -> Any:
        _parsing.check_http_status(reply.status, reply.headers, reply.content)
        if raw_format:
            _parsing.parse_rest_reply(reply.content, method, reply.status)
            return reply.content
        return _parsing.parse_json_reply(reply.content, method, reply.status)

    return _sent(client, request, parse, cache, key)


def _at_once(value: Any) -> Flow[Any]:
    """A flow with no step."""
    return value
    yield  # a generator


def _sent(client: Client, request: _requestor.Request, parse: Callable[[Reply], Any],
          cache: Optional[caching.CacheBackend], key: Optional[str]) -> Flow[Any]:
    data = yield from _requestor.exchange(client, request, parse)
    if cache is not None and key is not None:
        caching.store(cache, key, data, client.cache_timeout)
    return data
