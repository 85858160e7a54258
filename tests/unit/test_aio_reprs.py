"""The async twins name themselves in their reprs, and keep secrets out of them."""

from __future__ import annotations

from flickr_api import AuthHandler
from flickr_api.aio import AsyncAuthHandler, AsyncClient


def test_an_async_client_says_what_it_is_and_hides_its_secrets():
    client = AsyncClient("app-key-1234", "app-secret-5678",
                         auth_handler=AuthHandler.create("token-abcd", "token-secret-efgh"))
    text = repr(client)
    assert text.startswith("AsyncClient(api_key='app-…'")
    for secret in ("app-secret-5678", "token-secret-efgh", "app-key-1234"):
        assert secret not in text


def test_an_async_auth_handler_says_what_it_is():
    handler = AsyncAuthHandler(key="app-key", secret="app-secret-5678")
    assert repr(handler) == "<AsyncAuthHandler new>"
    assert "app-secret-5678" not in str(handler)
