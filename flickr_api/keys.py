"""Where the API key and secret come from.

In order: explicit arguments (``Client(api_key=...)``), :func:`set_keys`, the environment
variables ``FLICKR_API_KEY`` / ``FLICKR_API_SECRET``, then a ``flickr_keys.py`` module (with
``API_KEY`` and ``API_SECRET``) inside the ``flickr_api`` package or anywhere on the Python path.
"""

from __future__ import annotations

import importlib
import os
from typing import Optional

from flickr_api import _default
from flickr_api.errors import FlickrKeysError

__all__ = ["find_keys", "set_keys"]

ENV_KEY = "FLICKR_API_KEY"
ENV_SECRET = "FLICKR_API_SECRET"


def set_keys(api_key: str, api_secret: str) -> None:
    """Set the key and secret of the default client (what the module-level functions use)."""
    _default.default_client().set_keys(api_key, api_secret)


def _from_module() -> tuple[Optional[str], Optional[str]]:
    for name in ("flickr_api.flickr_keys", "flickr_keys"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        key, secret = getattr(module, "API_KEY", None), getattr(module, "API_SECRET", None)
        if key or secret:
            return key, secret
    return None, None


def find_keys(
    api_key: Optional[str] = None, api_secret: Optional[str] = None, required: bool = True
) -> tuple[str, str]:
    """The key and secret to use, given the ones set explicitly (may be None).

    Raises :class:`FlickrKeysError` (saying the three ways to set them) when none is found
    and ``required``; otherwise returns empty strings for what is missing.
    """
    if not api_key:
        api_key = os.environ.get(ENV_KEY) or None
        if not api_secret:
            api_secret = os.environ.get(ENV_SECRET) or None
    if not api_key:
        api_key, module_secret = _from_module()
        api_secret = api_secret or module_secret
    if required and (not api_key or not api_secret):
        missing = "API key" if not api_key else "API secret"
        raise FlickrKeysError(
            f"No Flickr {missing} configured. Provide the key and secret with "
            "flickr_api.set_keys(api_key=..., api_secret=...), the environment variables "
            f"{ENV_KEY} and {ENV_SECRET}, or a flickr_keys.py module (with API_KEY and "
            "API_SECRET) on the Python path."
        )
    return api_key or "", api_secret or ""
