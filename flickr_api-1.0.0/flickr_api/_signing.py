"""OAuth 1.0a HMAC-SHA1 signing (RFC 5849 section 3.4), as Flickr checks it."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import time
from typing import Iterable, Mapping, Optional
from urllib.parse import quote, urlsplit

__all__ = ["authorization_header", "base_string", "normalize_url", "percent_encode", "sign"]


def percent_encode(value: str) -> str:
    """RFC 3986 encoding: only ``A-Z a-z 0-9 - . _ ~`` stay as they are."""
    return quote(value, safe="~")


def normalize_url(url: str) -> str:
    """scheme://host[:port]/path with scheme and host lower-cased and default ports dropped."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and not (
        (scheme == "http" and port == 80) or (scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    return f"{scheme}://{host}{parts.path or '/'}"


def base_string(http_method: str, url: str, params: Iterable[tuple[str, str]]) -> str:
    """The signature base string: METHOD & enc(url) & enc(sorted, encoded params)."""
    pairs = sorted((percent_encode(k), percent_encode(v)) for k, v in params)
    normalized = "&".join(f"{k}={v}" for k, v in pairs)
    return "&".join(
        (http_method.upper(), percent_encode(normalize_url(url)), percent_encode(normalized))
    )


def sign(consumer_secret: str, token_secret: str, base: str) -> str:
    """base64(HMAC-SHA1(enc(consumer_secret) & enc(token_secret), base))."""
    key = f"{percent_encode(consumer_secret)}&{percent_encode(token_secret)}"
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def oauth_parameters(
    http_method: str,
    url: str,
    params: Mapping[str, str],
    consumer_key: str,
    consumer_secret: str,
    token: Optional[str] = None,
    token_secret: str = "",
    extra: Optional[Mapping[str, str]] = None,
    nonce: Optional[str] = None,
    timestamp: Optional[str] = None,
) -> dict[str, str]:
    """The ``oauth_*`` parameters, signature included, for a request carrying ``params``.

    ``params`` are the query and form parameters the request sends (never a multipart file).
    A fresh nonce and timestamp are drawn unless given (the test vectors give them).
    """
    oauth = {
        "oauth_consumer_key": consumer_key,
        "oauth_nonce": nonce or binascii.hexlify(os.urandom(16)).decode("ascii"),
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_timestamp": timestamp or str(int(time.time())),
        "oauth_version": "1.0",
    }
    if token:
        oauth["oauth_token"] = token
    if extra:
        oauth.update(extra)
    base = base_string(http_method, url, [*params.items(), *oauth.items()])
    oauth["oauth_signature"] = sign(consumer_secret, token_secret, base)
    return oauth


def authorization_header(oauth: Mapping[str, str]) -> str:
    """The ``Authorization: OAuth ...`` header value for signed ``oauth_*`` parameters."""
    return "OAuth " + ", ".join(
        f'{percent_encode(k)}="{percent_encode(v)}"' for k, v in oauth.items()
    )
