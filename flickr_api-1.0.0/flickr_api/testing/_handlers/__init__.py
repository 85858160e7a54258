"""The emulator's method handlers: ``HANDLERS[method_name](ctx, args) -> payload``.

One module per Flickr namespace, named after it: ``photos_comments`` serves exactly the
``flickr.photos.comments.*`` methods. Modules whose name starts with ``_`` hold what several
namespaces share. A handler registers with :func:`~._registry.handles`, returns the reply payload
in Flickr's JSON shape without ``stat`` or raises :class:`~flickr_api.testing._protocol.ApiFail`,
and runs with the store lock held (see :class:`~flickr_api.testing._store.Store`).
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Dict, List

from flickr_api.testing._handlers._registry import REGISTRY
from flickr_api.testing._protocol import Handler

__all__ = ["HANDLERS", "NAMESPACE_MODULES", "namespace_of"]


def namespace_of(module: str) -> str:
    """The namespace a handler module serves: ``photos_comments`` -> ``flickr.photos.comments``."""
    return "flickr." + module.rsplit(".", 1)[-1].replace("_", ".")


NAMESPACE_MODULES: List[str] = sorted(
    info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")
)
for _name in NAMESPACE_MODULES:
    importlib.import_module(f"{__name__}.{_name}")  # each module registers its handlers

HANDLERS: Dict[str, Handler] = REGISTRY
