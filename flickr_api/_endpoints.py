"""Where each Flickr service lives, and the one setting that points them all elsewhere."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

__all__ = ["API_HOSTS", "Endpoints", "FLICKR_HOSTS", "MEDIA_HOSTS", "check_base_url"]

#: Hosts that a base URL replaces (static image hosts included).
FLICKR_HOSTS = ("flickr.com", "staticflickr.com", "static.flickr.com", "flic.kr")
#: Where image and video files are (and their subdomains): live.staticflickr.com and the
#: farmN hosts for images, www.flickr.com/photos/.../play/... for videos. Flickr's video
#: redirects have not been captured; they are followed only to these hosts too.
MEDIA_HOSTS = ("staticflickr.com", "flickr.com")
#: Hosts that may receive the user's OAuth signature (api., www., up.flickr.com).
API_HOSTS = ("flickr.com",)


def _on(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


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

    def _allowed(self, url: str, hosts: tuple[str, ...]) -> bool:
        """True for an https URL on ``hosts`` (or their subdomains), or on the base URL's
        scheme, host and port; False for anything else, a text that is not a URL included."""
        try:
            parts = urlsplit(url)
            if self.base:
                base = urlsplit(self.base)
                if (parts.scheme, parts.netloc) == (base.scheme, base.netloc):
                    return True
            return parts.scheme == "https" and _on(parts.hostname or "", hosts)
        except ValueError:
            return False

    def is_media_url(self, url: str) -> bool:
        """True for a URL downloads may fetch: https on Flickr's media hosts, or the base URL's
        host (an emulator)."""
        return self._allowed(url, MEDIA_HOSTS)

    def is_api_url(self, url: str) -> bool:
        """True for a URL that may carry the user's OAuth signature: https on Flickr's API
        hosts, or the base URL's host."""
        return self._allowed(url, API_HOSTS)

    def rewrite(self, url: str) -> str:
        """Point a Flickr URL (e.g. a static image) at the base URL, if one is set (a text
        that is not a URL stays as it is)."""
        if not self.base:
            return url
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:
            return url
        if _on(host, FLICKR_HOSTS):
            query = f"?{parts.query}" if parts.query else ""
            return f"{self.base}{parts.path}{query}"
        return url
