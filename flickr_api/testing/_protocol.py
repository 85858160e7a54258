"""What the emulator's server and its method handlers share: the call context and API failures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional

from flickr_api.testing._store import Store

__all__ = ["ApiFail", "Ctx", "Handler", "Payload"]

#: A reply payload in Flickr's JSON shape, without "stat" (text nodes as {"_content": ...}).
Payload = Dict[str, Any]


class ApiFail(Exception):
    """A Flickr ``stat="fail"`` answer with its code and message."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message


@dataclass
class Ctx:
    """One authenticated (or anonymous) call as a handler sees it."""

    store: Store
    method: str
    user_nsid: Optional[str]  # the signed-in user, None for unsigned calls
    perms: int  # 0 none, 1 read, 2 write, 3 delete
    base_url: str  # e.g. http://127.0.0.1:53211, for image and page URLs
    api_key: str
    token: Optional[str] = None  # the access token that signed the call


Handler = Callable[[Ctx, Dict[str, str]], Payload]
