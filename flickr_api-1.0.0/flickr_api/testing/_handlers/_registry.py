"""Handler registration: ``@handles(name)`` fills :data:`REGISTRY`, one handler per method."""

from __future__ import annotations

from typing import Callable, Dict, TypeVar

from flickr_api.testing._protocol import Ctx, Handler, Payload

REGISTRY: Dict[str, Handler] = {}

F = TypeVar("F", bound=Callable[[Ctx, Dict[str, str]], Payload])


def handles(*names: str) -> Callable[[F], F]:
    """Register a function as the handler of one or more API methods."""

    def register(func: F) -> F:
        for name in names:
            if name in REGISTRY:
                raise RuntimeError(f"two handlers for {name}")
            REGISTRY[name] = func
        return func

    return register
