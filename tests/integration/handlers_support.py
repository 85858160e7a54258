"""Calling emulator method handlers directly, as the server does (no HTTP)."""

from __future__ import annotations

from typing import Any, Dict, Optional

from flickr_api.testing._dataset import seeded_store
from flickr_api.testing._handlers import HANDLERS
from flickr_api.testing._protocol import ApiFail, Ctx
from flickr_api.testing._store import Store

ALICE = "10000001@N01"
BOB = "10000002@N01"
JURGEN = "10000003@N01"
DELETED = "10000004@N01"
BASE = "http://127.0.0.1:9"


def new_store(photos: int = 300, seed: int = 0) -> Store:
    store = seeded_store(seed=seed, photos=photos)
    store.base_url = BASE
    return store


def call(store: Store, method: str, user: Optional[str] = ALICE, perms: int = 3,
         signed_with: Optional[str] = None, **args: str) -> Dict[str, Any]:
    """Run one handler as ``user`` (None: unsigned), signed with the access token
    ``signed_with``, and return its payload."""
    ctx = Ctx(store=store, method=method, user_nsid=user, perms=perms if user else 0,
              base_url=store.base_url, api_key="k" * 32, token=signed_with)
    return HANDLERS[method](ctx, dict(args))


def fail(store: Store, method: str, user: Optional[str] = ALICE, **args: str) -> ApiFail:
    """Run a handler that must fail; returns the failure (code, message)."""
    try:
        call(store, method, user, **args)
    except ApiFail as failure:
        return failure
    raise AssertionError(f"{method} did not fail")
