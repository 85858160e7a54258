"""AsyncAuthHandler: :class:`~flickr_api.AuthHandler` whose network steps are awaited.

The same class underneath (the same flows, ``todict()`` / ``fromdict()`` state, token files),
so a sync handler and an async one take over from each other freely.
"""

from __future__ import annotations

from typing import Any

from flickr_api.auth import AuthHandler, Token
from flickr_api.client import Client
from flickr_api.errors import AuthHandlerError

__all__ = ["AsyncAuthHandler"]


class AsyncAuthHandler(AuthHandler):
    """Runs Flickr's OAuth flow for an :class:`~flickr_api.aio.AsyncClient`::

        handler = AsyncAuthHandler(callback="https://myapp.example/callback", client=client)
        url = await handler.get_authorization_url("write")
        ...
        await handler.set_verifier(callback_url)
    """

    def _http_client(self) -> Client:
        client = self._client
        if client is None or not client.is_async:
            raise AuthHandlerError(
                "An AsyncAuthHandler talks to Flickr through an AsyncClient: pass "
                "client=AsyncClient(...), or use it as AsyncClient(auth_handler=handler)")
        return client

    async def get_request_token(self) -> Token:  # type: ignore[override]
        """Fetch a request token from Flickr (done by :meth:`get_authorization_url`)."""
        token: Token = await super().get_request_token()  # type: ignore[misc]
        return token

    async def get_authorization_url(self, perms: str = "read") -> str:  # type: ignore[override]
        """The URL where the user grants ``perms`` (read, write or delete)."""
        url: str = await super().get_authorization_url(perms)  # type: ignore[misc]
        return url

    async def set_verifier(self, verifier: str) -> None:  # type: ignore[override]
        """Exchange the verifier (the code shown, or the whole callback URL) for the access
        token."""
        await self._http_client()._run(self._access_token(self._code(verifier)))

    async def check(self) -> dict[str, Any]:  # type: ignore[override]
        """Ask Flickr about the access token: ``{"perms", "nsid", "username", "fullname"}``."""
        found: dict[str, Any] = await super().check()  # type: ignore[misc]
        return found
