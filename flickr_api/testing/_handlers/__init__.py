"""The emulator's method handlers: ``HANDLERS[method_name](ctx, args) -> payload``.

Each module registers its functions with :func:`~flickr_api.testing._handlers._base.handles`;
a handler returns the reply payload in Flickr's JSON shape without ``stat``, or raises
:class:`~flickr_api.testing._protocol.ApiFail`. Handlers take ``ctx.store.lock`` themselves.
"""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers import (  # noqa: F401  (modules register their handlers)
    galleries,
    geo,
    groups,
    misc,
    people,
    photos,
    photos_edit,
    photos_social,
    photosets,
    services,
    stats,
    tags,
)
from flickr_api.testing._handlers._base import REGISTRY
from flickr_api.testing._protocol import Handler

__all__ = ["HANDLERS"]

HANDLERS: Dict[str, Handler] = REGISTRY
