"""Object classes bound to one client: ``client.objects.Photo.search(...)``.

``flickr_api.Photo`` and the other module-level classes use the default client;
``bind(client)`` gives the same classes working for ``client`` (cached per client). Objects
they return remember that client.
"""

from __future__ import annotations

import threading
import weakref
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Mapping

from flickr_api.objects.base import FlickrObject

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["bind"]

_cache: weakref.WeakKeyDictionary[Client, SimpleNamespace] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _bound_class(cls: type[FlickrObject], client: weakref.ref[Client]) -> type[FlickrObject]:
    namespace: dict[str, Any] = {
        "_bound_client": client,
        "__qualname__": cls.__qualname__,
        "__module__": cls.__module__,
        "__doc__": cls.__doc__,
    }
    for name, member in vars(cls).items():
        if (isinstance(member, type) and issubclass(member, FlickrObject)
                and member.__qualname__ == f"{cls.__qualname__}.{name}"):
            namespace[name] = _bound_class(member, client)
    return type(cls.__name__, (cls,), namespace)


def bind(client: Client, classes: Mapping[str, Any]) -> SimpleNamespace:
    """The object ``classes`` (the package's: Photo, Person, Walker...) working for
    ``client``."""
    with _lock:
        bound = _cache.get(client)
        if bound is None:
            reference = weakref.ref(client)
            bound = SimpleNamespace(**{
                name: _bound_class(value, reference)
                if isinstance(value, type) and issubclass(value, FlickrObject) else value
                for name, value in classes.items()
            })
            _cache[client] = bound
        return bound
