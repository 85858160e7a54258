"""The default client behind the classic module-level functions, resolved here and only here.

``flickr_api.set_keys``, ``flickr_api.Photo(...)`` and the other classic entry points act on
one :class:`~flickr_api.Client`, made on first use (as stripe-python keeps ``stripe.api_key``
over its ``StripeClient``). Modules below the client (objects, transfers, auth) reach it through
:func:`default_client` without importing :mod:`flickr_api.client`: the package's facade
(``flickr_api/__init__.py``) registers how to make it, so the import graph stays a tree.
"""

from __future__ import annotations

from _thread import allocate_lock  # not `threading`: this module loads at `import flickr_api`

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any, Callable, Optional

    from flickr_api.client import Client

__all__ = ["default_client", "register", "resolve"]

_factory: Optional[Callable[[], Client]] = None
_client: Optional[Client] = None
_lock = allocate_lock()


def register(factory: Callable[[], Client]) -> None:
    """Make the default client with ``factory`` (done once, by ``flickr_api/__init__.py``)."""
    global _factory
    _factory = factory


def default_client() -> Client:
    """The client of the classic module-level functions; made on first use."""
    global _client
    if _client is None:
        with _lock:
            if _client is None:
                assert _factory is not None, "flickr_api/__init__.py registers the factory"
                _client = _factory()
    return _client


def resolve(client: Any = None) -> Client:
    """``client`` if given, else the default client."""
    return client if client is not None else default_client()
