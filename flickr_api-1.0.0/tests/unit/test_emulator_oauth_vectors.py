"""The emulator's OAuth checks against Flickr's documented example (flickr-protocol.md §3a)."""

from __future__ import annotations

import time
from urllib.parse import urlencode

import pytest

from flickr_api.testing._oauth import AccessToken, OAuthProblem, OAuthProvider, OAuthRequest

KEY, SECRET = "653e7a6ecc1d528c516cc8f92cf98611", "a9567d986a7539fe"
TOKEN, TOKEN_SECRET = "72157626318069415-087bfc7b5816092c", "a202d1f853ec69de"
LOGIN = {
    "nojsoncallback": "1",
    "format": "json",
    "method": "flickr.test.login",
    "oauth_nonce": "84354935",
    "oauth_consumer_key": KEY,
    "oauth_timestamp": "1305583871",
    "oauth_signature_method": "HMAC-SHA1",
    "oauth_version": "1.0",
    "oauth_token": TOKEN,
}


def request(params: dict, signature: str) -> OAuthRequest:
    query = urlencode({**params, "oauth_signature": signature})
    return OAuthRequest(f"http://www.flickr.com/services/rest?{query}", "GET", "", {})


def provider() -> OAuthProvider:
    flickr = OAuthProvider(KEY, SECRET, lambda nsid: ("jamalfanaian", "Jamal Fanaian"))
    flickr._t.access_tokens[TOKEN] = AccessToken(TOKEN, TOKEN_SECRET, KEY, "21207597@N07", 1)
    return flickr


def test_request_token_base_string():
    params = {
        "oauth_nonce": "95613465",
        "oauth_timestamp": "1305586162",
        "oauth_consumer_key": KEY,
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_version": "1.0",
        "oauth_callback": "http://www.example.com",
    }
    req = OAuthRequest(
        "https://www.flickr.com/services/oauth/request_token?" + urlencode(params), "GET", "", {}
    )
    assert req.base_string() == (
        "GET&https%3A%2F%2Fwww.flickr.com%2Fservices%2Foauth%2Frequest_token&oauth_callback%3D"
        "http%253A%252F%252Fwww.example.com%26oauth_consumer_key%3D653e7a6ecc1d528c516cc8f92cf9"
        "8611%26oauth_nonce%3D95613465%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D"
        "1305586162%26oauth_version%3D1.0"
    )


def test_flickr_signed_call_is_accepted(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1305583871.0 + 30)
    grant = provider().verify(request(LOGIN, "dh3pEH0Xk1qILr82HyhOsxRv1XA="))
    assert grant is not None
    assert (grant.user_nsid, grant.perms, grant.token) == ("21207597@N07", 1, TOKEN)


def test_flickr_signed_call_replayed_or_late(monkeypatch):
    flickr = provider()
    monkeypatch.setattr(time, "time", lambda: 1305583871.0)
    flickr.verify(request(LOGIN, "dh3pEH0Xk1qILr82HyhOsxRv1XA="))
    with pytest.raises(OAuthProblem) as replay:
        flickr.verify(request(LOGIN, "dh3pEH0Xk1qILr82HyhOsxRv1XA="))
    assert replay.value.problem == "nonce_used"
    monkeypatch.setattr(time, "time", lambda: 1305583871.0 + 601)
    with pytest.raises(OAuthProblem) as late:
        provider().verify(request(LOGIN, "dh3pEH0Xk1qILr82HyhOsxRv1XA="))
    assert late.value.problem == "timestamp_refused"


def test_tampered_call_reports_the_base_string(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1305583871.0)
    with pytest.raises(OAuthProblem) as bad:
        provider().verify(request({**LOGIN, "format": "rest"}, "dh3pEH0Xk1qILr82HyhOsxRv1XA="))
    reply = bad.value.reply()
    assert reply.status == 401 and reply.content_type == "text/plain;charset=UTF-8"
    assert reply.body.startswith(
        b"oauth_problem=signature_invalid&debug_sbs=GET&http%3A%2F%2Fwww.flickr.com%2Fservices"
        b"%2Frest&format%3Drest%26method%3Dflickr.test.login%26nojsoncallback%3D1%26"
    )


def test_unsigned_requests_are_not_oauth():
    assert provider().verify(OAuthRequest("http://x/services/rest?method=m", "GET", "", {})) is None
