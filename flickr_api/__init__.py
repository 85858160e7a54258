"""flickr_api: a Python client for the Flickr API.

Classic use, on the default client::

    import flickr_api
    flickr_api.set_keys(api_key="...", api_secret="...")
    user = flickr_api.Person.findByUserName("alice")
    for photo in user.getPhotos():
        print(photo.title)

Or an explicit :class:`Client` per user (no shared state)::

    client = flickr_api.Client(api_key="...", api_secret="...", auth_handler="auth.txt")
    client.api.photos.search(tags="cat", per_page=10)

Heavy parts (requests, lxml, the method catalog, the object classes) load on first use.
"""

from __future__ import annotations

from flickr_api import _default
from flickr_api._version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    # What type checkers and editors see of the names loaded on first use below.
    from typing import Any, Optional

    from flickr_api import auth
    from flickr_api._ratelimit import RateLimiter, RateLimitStatus
    from flickr_api._retry import RetryConfig
    from flickr_api._transport import MockTransport, Reply
    from flickr_api.api import Namespace
    from flickr_api.auth import AuthHandler, set_auth_handler
    from flickr_api.cache import CacheBackend, SimpleCache
    from flickr_api.client import Client, default_client
    from flickr_api.errors import (
        AuthHandlerError,
        CancelUpload,
        FlickrAPIError,
        FlickrAuthError,
        FlickrConnectionError,
        FlickrError,
        FlickrKeysError,
        FlickrRateLimitError,
        FlickrReplyError,
        FlickrServerError,
        FlickrTimeoutError,
        FlickrTLSError,
        FlickrTransferError,
        FlickrUploadError,
        FlickrValidationError,
    )
    from flickr_api.keys import set_keys
    from flickr_api.method_call import call_api
    from flickr_api.objects import (
        Activity,
        Blog,
        BlogService,
        Camera,
        Category,
        Collection,
        CommonInstitution,
        Contact,
        FlickrList,
        Gallery,
        Group,
        Info,
        License,
        Location,
        MachineTag,
        OAuth,
        Panda,
        Person,
        Photo,
        PhotoGeoPerms,
        Photoset,
        Place,
        Profile,
        Push,
        Reflection,
        Tag,
        Testimonial,
        Walker,
        prefs,
        stats,
        test,
    )
    from flickr_api.objects.ticket import UploadTicket, check_tickets, wait_for_tickets
    from flickr_api.transfer.bulk import download_photos
    from flickr_api.transfer.download import download_photo
    from flickr_api.transfer.upload import Upload, replace, upload

    #: The default client's ``flickr.*`` tree (``client.api`` of the default client).
    flickr: Namespace

#: The module defining each name that loads on first use (``import flickr_api`` stays cheap).
_LAZY_FROM = {
    "flickr_api._ratelimit": ("RateLimiter",),
    "flickr_api._retry": ("RetryConfig",),
    "flickr_api._transport": ("MockTransport", "Reply"),
    "flickr_api.auth": ("AuthHandler", "set_auth_handler"),
    "flickr_api.cache": ("SimpleCache",),
    "flickr_api.client": ("Client", "default_client"),
    "flickr_api.errors": (
        "AuthHandlerError", "CancelUpload", "FlickrAPIError", "FlickrAuthError",
        "FlickrConnectionError", "FlickrError", "FlickrKeysError", "FlickrRateLimitError",
        "FlickrReplyError", "FlickrServerError", "FlickrTimeoutError", "FlickrTLSError",
        "FlickrTransferError", "FlickrUploadError", "FlickrValidationError"),
    "flickr_api.keys": ("set_keys",),
    "flickr_api.method_call": ("call_api",),
    "flickr_api.objects": (
        "Activity", "Blog", "BlogService", "Camera", "Category", "Collection",
        "CommonInstitution", "Contact", "FlickrList", "Gallery", "Group", "Info", "License",
        "Location", "MachineTag", "OAuth", "Panda", "Person", "Photo", "PhotoGeoPerms",
        "Photoset", "Place", "Profile", "Push", "Reflection", "Tag", "Testimonial", "Walker",
        "prefs", "stats", "test"),
    "flickr_api.transfer": (
        "Upload", "UploadTicket", "check_tickets", "download_photo", "download_photos",
        "replace", "upload", "wait_for_tickets"),
}
_LAZY = {name: module for module, names in _LAZY_FROM.items() for name in names}

__all__ = [
    "Activity",
    "AuthHandler",
    "AuthHandlerError",
    "Blog",
    "BlogService",
    "Camera",
    "CancelUpload",
    "Category",
    "Client",
    "Collection",
    "CommonInstitution",
    "Contact",
    "FlickrAPIError",
    "FlickrAuthError",
    "FlickrConnectionError",
    "FlickrError",
    "FlickrKeysError",
    "FlickrList",
    "FlickrRateLimitError",
    "FlickrReplyError",
    "FlickrServerError",
    "FlickrTLSError",
    "FlickrTimeoutError",
    "FlickrTransferError",
    "FlickrUploadError",
    "FlickrValidationError",
    "Gallery",
    "Group",
    "Info",
    "License",
    "Location",
    "MachineTag",
    "MockTransport",
    "OAuth",
    "Panda",
    "Person",
    "Photo",
    "PhotoGeoPerms",
    "Photoset",
    "Place",
    "Profile",
    "Push",
    "RateLimiter",
    "Reflection",
    "Reply",
    "RetryConfig",
    "SimpleCache",
    "Tag",
    "Testimonial",
    "Upload",
    "UploadTicket",
    "Walker",
    "__version__",
    "auth",
    "call_api",
    "check_tickets",
    "default_client",
    "disable_cache",
    "download_photo",
    "download_photos",
    "enable_cache",
    "flickr",
    "get_base_url",
    "get_rate_limit",
    "get_rate_limit_status",
    "get_retry_config",
    "get_timeout",
    "prefs",
    "replace",
    "set_auth_handler",
    "set_base_url",
    "set_keys",
    "set_rate_limit",
    "set_retry_config",
    "set_timeout",
    "stats",
    "test",
    "upload",
    "wait_for_tickets",
]


def __getattr__(name: str) -> Any:
    """Load a lazy name, or a public submodule (``flickr_api.auth``), on first access."""
    from importlib import import_module

    if name == "flickr":
        return _default.default_client().api
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(import_module(module), name)
    elif name.startswith("_"):
        raise AttributeError(f"module 'flickr_api' has no attribute {name!r}")
    else:
        try:
            value = import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module 'flickr_api' has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names only (not the helpers this module imports for itself)."""
    return sorted(__all__)


# The classic module-level settings, all acting on the default client.
def _new_client() -> Client:
    from flickr_api.client import Client

    return Client()


_default.register(_new_client)


def set_timeout(timeout: Optional[float]) -> None:
    """Seconds to wait for Flickr on every request (None: forever, not advised)."""
    _default.default_client().set_timeout(timeout)


def get_timeout() -> Optional[float]:
    return _default.default_client().get_timeout()


def set_base_url(url: Optional[str]) -> None:
    """Point every Flickr host (api, up, www, live.staticflickr.com) at ``url`` (None: Flickr),
    e.g. an emulator at ``http://127.0.0.1:8000``."""
    _default.default_client().set_base_url(url)


def get_base_url() -> Optional[str]:
    return _default.default_client().base_url


def set_retry_config(max_retries: int = 3, base_delay: float = 1.0, max_delay: float = 30.0,
                     retry_writes: bool = False, deadline: Optional[float] = None) -> None:
    """Retry policy of the default client (see :meth:`Client.set_retry_config`)."""
    _default.default_client().set_retry_config(max_retries, base_delay, max_delay, retry_writes,
                                               deadline)


def get_retry_config() -> dict[str, Any]:
    return _default.default_client().get_retry_config()


def set_rate_limit(requests_per_hour: float | RateLimiter | None, burst: int = 100) -> None:
    """Limit the default client's calls per hour (None: no limit; a RateLimiter: share it)."""
    _default.default_client().set_rate_limit(requests_per_hour, burst)


def get_rate_limit() -> Optional[float]:
    return _default.default_client().get_rate_limit()


def get_rate_limit_status() -> Optional[RateLimitStatus]:
    return _default.default_client().get_rate_limit_status()


def enable_cache(cache: Optional[CacheBackend] = None) -> None:
    """Cache read calls (default: a new SimpleCache); any Django-style cache works."""
    _default.default_client().enable_cache(cache)


def disable_cache() -> None:
    _default.default_client().disable_cache()
