"""Read the tokens that the ``flickrapi`` package cached, so its users need not authorize again.

flickrapi keeps them in ``~/.flickr/oauth-tokens.sqlite``, table ``oauth_tokens`` (api_key,
lookup_key, oauth_token, oauth_token_secret, access_level, fullname, username, user_nsid).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from flickr_api.errors import AuthHandlerError

__all__ = ["CachedToken", "DEFAULT_PATH", "find_token", "read_tokens"]

DEFAULT_PATH = Path("~/.flickr/oauth-tokens.sqlite")

_QUERY = (
    "SELECT api_key, lookup_key, oauth_token, oauth_token_secret, access_level, fullname, "
    "username, user_nsid FROM oauth_tokens ORDER BY lookup_key"
)


@dataclass(frozen=True)
class CachedToken:
    api_key: str
    lookup_key: str
    token: str
    token_secret: str
    access_level: str
    fullname: str
    username: str
    user_nsid: str

    def __repr__(self) -> str:
        return f"<CachedToken {self.username or self.user_nsid} for api_key={self.api_key}>"


def read_tokens(path: Path) -> list[CachedToken]:
    """Every token in flickrapi's cache at ``path`` (opened read-only)."""
    path = path.expanduser()
    if not path.is_file():
        raise AuthHandlerError(f"No flickrapi token cache at {path}")
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
            rows = db.execute(_QUERY).fetchall()
    except sqlite3.Error as exc:
        raise AuthHandlerError(f"{path} is not a flickrapi token cache ({exc})") from None
    return [CachedToken(*(str(value or "") for value in row)) for row in rows]


def find_token(tokens: list[CachedToken], api_key: Optional[str] = None,
               user: Optional[str] = None) -> CachedToken:
    """The one token for ``api_key`` (any key when None) and ``user`` (username, NSID or
    flickrapi lookup key; when None, the cache must hold only one)."""
    found = [t for t in tokens if not api_key or t.api_key == api_key]
    if not found:
        keys = ", ".join(sorted({t.api_key for t in tokens})) or "none"
        raise AuthHandlerError(
            f"flickrapi cached no token for API key {api_key} (it has tokens for: {keys}). "
            "Use the API key those tokens were made with."
        )
    if user:
        found = [t for t in found if user in (t.username, t.user_nsid, t.lookup_key)]
        if not found:
            raise AuthHandlerError(f"flickrapi cached no token for user {user!r}")
    if len(found) > 1:
        names = ", ".join(t.username or t.user_nsid for t in found)
        raise AuthHandlerError(
            f"flickrapi cached tokens for several users ({names}): pick one with --user NAME"
        )
    return found[0]
