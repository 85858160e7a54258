"""The one request path, seen from a MockTransport: REST calls, uploads, downloads and the OAuth
token exchanges are signed, rate-limited and given a deadline the same way; explicit keys and
the cache key follow one rule each."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import pytest
from oauthlib.oauth1.rfc5849 import signature, utils

import flickr_api
from flickr_api import AuthHandler, AuthHandlerError, Client, MockTransport, RateLimiter
from flickr_api._transport import HTTPRequest, Reply
from flickr_api.cache import SimpleCache
from flickr_api.transfer import download_photo

KEYS = ("app-key", "app-secret-123")
TOKEN = ("user-token", "user-token-secret")
IMAGE = b"\xff\xd8\xff" + b"\0" * 5000
JSON = {"Content-Type": "application/json"}


def flickr(request: HTTPRequest) -> Reply:
    """A tiny Flickr: enough of each service to answer the client."""
    path = urlsplit(request.url).path
    if path == "/services/rest/":
        query = dict(parse_qsl(urlsplit(request.url).query))
        if query.get("method") == "flickr.photos.getSizes":
            size = {"label": "Original", "width": 10, "height": 10, "media": "photo",
                    "source": "https://live.staticflickr.com/1/1_abc_o.jpg"}
            body = {"sizes": {"size": [size]}, "stat": "ok"}
        else:
            body = {"stat": "ok", "method": query.get("method")}
        return Reply(200, JSON, json.dumps(body).encode())
    if path == "/services/upload/":
        return Reply(200, {}, b'<rsp stat="ok"><photoid>42</photoid></rsp>')
    if path == "/services/oauth/request_token":
        return Reply(200, {}, b"oauth_callback_confirmed=true&oauth_token=rt&oauth_token_secret=rs")
    return Reply(200, {"Content-Type": "image/jpeg", "Content-Length": str(len(IMAGE))}, IMAGE)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def _client(transport: MockTransport, limiter: RateLimiter | None = None, **kw: object) -> Client:
    retry = flickr_api.RetryConfig(deadline=60.0)
    return Client(*KEYS, auth_handler=AuthHandler.create(*TOKEN), transport=transport,
                  rate_limit=limiter, retry=retry, **kw)  # type: ignore[arg-type]


def _oauth(request: HTTPRequest) -> dict[str, str]:
    header = request.headers.get("Authorization", "")
    return {k: utils.unescape(v) for k, v in utils.parse_authorization_header(header)} \
        if header else {}


def test_every_request_goes_through_the_one_path(tmp_path):
    transport = MockTransport(flickr)
    clock = FakeClock()
    limiter = RateLimiter(3600, burst=100, clock=clock.clock, sleep=clock.sleep)
    client = _client(transport, limiter)

    client.call("flickr.test.login")
    client.upload(IMAGE, title="dawn")
    download_photo("1", tmp_path / "dawn.jpg", client=client)
    AuthHandler(client=client).get_request_token()

    kinds = [urlsplit(r.url).path for r in transport.requests]
    assert kinds == ["/services/rest/", "/services/upload/", "/services/rest/",
                     "/1/1_abc_o.jpg", "/services/oauth/request_token"]
    api = [r for r in transport.requests if "/services/" in r.url]
    for request in api:  # signed by one signer, with the app's key
        oauth = _oauth(request)
        assert oauth["oauth_consumer_key"] == KEYS[0]
        assert oauth["oauth_signature_method"] == "HMAC-SHA1" and oauth["oauth_signature"]
    assert [_oauth(r).get("oauth_token") for r in api] == [*[TOKEN[0]] * 3, None]
    assert "oauth_callback" in _oauth(api[-1])
    assert "Authorization" not in transport.requests[3].headers  # a photo is not signed
    assert limiter.status().acquired == len(api)  # API requests count, media downloads do not
    for deadline in transport.deadlines:  # each attempt is bounded by the call's deadline
        assert deadline.hard_stop is not None and deadline.at() is not None
    assert (tmp_path / "dawn.jpg").read_bytes() == IMAGE


def test_a_signed_call_carries_a_valid_signature():
    transport = MockTransport(flickr)
    _client(transport).call("flickr.photos.search", text="crème brûlée", tags="a,b")
    [request] = transport.requests
    oauth = _oauth(request)
    query = parse_qsl(urlsplit(request.url).query)
    params = [*query, *((k, v) for k, v in oauth.items() if k != "oauth_signature")]
    base = signature.signature_base_string(
        "GET", signature.base_string_uri(request.url), signature.normalize_parameters(params))
    expected = signature.sign_hmac_sha1_with_client(base, _Secrets())
    assert oauth["oauth_signature"] == expected


class _Secrets:
    client_secret = KEYS[1]
    resource_owner_secret = TOKEN[1]


def test_an_upload_is_signed_over_its_text_fields_and_sent_as_multipart():
    transport = MockTransport(flickr)
    _client(transport).upload(IMAGE, title="dawn", tags=["sky"])
    [request] = transport.requests
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert isinstance(request.body, bytes) and IMAGE in request.body
    assert _oauth(request)["oauth_token"] == TOKEN[0]


def test_a_call_without_a_user_carries_the_api_key():
    transport = MockTransport(flickr)
    Client(*KEYS, transport=transport, rate_limit=None).call("flickr.test.echo")
    [request] = transport.requests
    assert dict(parse_qsl(urlsplit(request.url).query))["api_key"] == KEYS[0]
    assert "Authorization" not in request.headers


def test_explicit_keys_must_match_a_token_files_keys():
    handler = AuthHandler("other-key", "other-secret", access_token_key="t",
                          access_token_secret="s")
    with pytest.raises(AuthHandlerError, match="only works with the keys that obtained it"):
        Client(*KEYS, auth_handler=handler)
    client = Client(auth_handler=handler, rate_limit=None)  # no keys of its own: the file's
    assert client.keys() == ("other-key", "other-secret")
    assert "othe" in repr(client)
    with pytest.raises(AuthHandlerError):
        client.set_keys(*KEYS)


def test_the_cache_key_covers_the_whole_credential_and_state_changing_methods_are_not_cached():
    transport = MockTransport(flickr)
    cache = SimpleCache()
    user = _client(transport, cache=cache)
    impostor = Client(*KEYS, auth_handler=AuthHandler.create(TOKEN[0], "guessed"),
                      transport=transport, rate_limit=None, cache=cache)
    user.call("flickr.photos.getInfo", photo_id="1")
    impostor.call("flickr.photos.getInfo", photo_id="1")
    assert len(transport.requests) == 2  # the impostor's call was not served from the cache
    user.call("flickr.photos.getInfo", photo_id="1")
    assert len(transport.requests) == 2  # the user's own repeat was
    for _ in range(2):
        user.call("flickr.push.subscribe", topic="contacts_photos",
                  callback="https://example.com/cb", verify="sync")
    assert len(transport.requests) == 4
