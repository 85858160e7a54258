"""Where each Flickr service lives, and the one setting that points them all elsewhere."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

__all__ = ["Endpoints", "FLICKR_HOSTS", "check_base_url"]

#: Hosts that a base URL replaces (static image hosts included).
FLICKR_HOSTS = ("flickr.com", "staticflickr.com", "static.flickr.com", "flic.kr")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """Validate a base URL; plain http is only allowed for loopback hosts."""
    from flickr_api.errors import FlickrError

    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FlickrError(f"Invalid base URL {url!r}: give one like https://host[:port]")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise FlickrError(
            f"Refusing plain http for {parts.hostname}: use https (http is only allowed on "
            "loopback addresses such as 127.0.0.1 or localhost)."
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one Flickr (the real one, or an emulator behind ``base``)."""

    base: Optional[str] = None

    def _url(self, flickr_host: str, path: str) -> str:
        return f"{self.base or 'https://' + flickr_host}{path}"

    @property
    def rest(self) -> str:
        return self._url("api.flickr.com", "/services/rest/")

    @property
    def upload(self) -> str:
        return self._url("up.flickr.com", "/services/upload/")

    @property
    def replace(self) -> str:
        return self._url("up.flickr.com", "/services/replace/")

    @property
    def request_token(self) -> str:
        return self._url("www.flickr.com", "/services/oauth/request_token")

    @property
    def authorize(self) -> str:
        return self._url("www.flickr.com", "/services/oauth/authorize")

    @property
    def access_token(self) -> str:
        return self._url("www.flickr.com", "/services/oauth/access_token")

    @property
    def static(self) -> str:
        """Image host: ``{static}/{server}/{id}_{secret}_{suffix}.jpg``."""
        return self.base or "https://live.staticflickr.com"

    def rewrite(self, url: str) -> str:
        """Point a Flickr URL (e.g. a static image) at the base URL, if one is set."""
        if not self.base:
            return url
        parts = urlsplit(url)
        host = parts.hostname or ""
        if any(host == h or host.endswith("." + h) for h in FLICKR_HOSTS):
            query = f"?{parts.query}" if parts.query else ""
            return f"{self.base}{parts.path}{query}"
        return url
