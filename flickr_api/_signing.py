"""OAuth 1.0a HMAC-SHA1 signatures, made by oauthlib (the signer inside requests-oauthlib).

Flickr signs every parameter a request carries: the query of a GET, the form of a POST, and the
text fields of a multipart upload (never the file). oauthlib only signs what it sees in a URL or
a form body, so a multipart request is signed as the form of its text fields, and the
``Authorization`` header is then sent with the multipart body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Optional
from urllib.parse import quote, urlencode

from flickr_api._logging import scrub

if TYPE_CHECKING:
    from oauthlib.oauth1 import Client as OAuthClient

__all__ = ["FORM", "query_url", "sign"]

FORM = "application/x-www-form-urlencoded"


def query_url(url: str, params: Mapping[str, str]) -> str:
    """``url`` with ``params`` as its query (RFC 3986 encoding, as OAuth signs it)."""
    return f"{url}?{urlencode(params, quote_via=quote)}" if params else url


#: oauthlib logs each signature it makes (DEBUG): scrubbed like the library's own records.
scrub("oauthlib.oauth1.rfc5849")


def _signer(
    keys: tuple[str, str],
    token: Optional[tuple[str, str]],
    oauth_extra: Mapping[str, str],
    nonce: Optional[str],
    timestamp: Optional[str],
) -> OAuthClient:
    from oauthlib.oauth1 import Client as OAuthClient  # loaded on the first signed request

    return OAuthClient(
        keys[0], keys[1],
        resource_owner_key=token[0] if token else None,
        resource_owner_secret=token[1] if token else None,
        callback_uri=oauth_extra.get("oauth_callback"),
        verifier=oauth_extra.get("oauth_verifier"),
        nonce=nonce, timestamp=timestamp,
    )


def sign(
    method: str,
    url: str,
    params: Mapping[str, str],
    keys: tuple[str, str],
    token: Optional[tuple[str, str]] = None,
    oauth_extra: Mapping[str, str] = {},
    *,
    nonce: Optional[str] = None,
    timestamp: Optional[str] = None,
) -> tuple[str, str]:
    """(the URL to send, its ``Authorization`` header) for a request carrying ``params``: in
    the query of a GET (the URL returned has them), in the form or the multipart text fields
    of a POST. A fresh nonce and timestamp are drawn unless given (published examples do)."""
    signer = _signer(keys, token, oauth_extra, nonce, timestamp)
    if method == "GET":
        url, headers, _ = signer.sign(query_url(url, params), "GET")
    else:
        _, headers, _ = signer.sign(url, method, body=list(params.items()),
                                    headers={"Content-Type": FORM})
    return url, str(headers["Authorization"])
