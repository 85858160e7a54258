"""The core through the emulator: the seed page's recipe, web apps, keys lookup, two clients,
and every error class from a real reply."""

from __future__ import annotations

import re
import sys
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

import flickr_api
from flickr_api import AuthHandler, Client
from flickr_api._retry import RetryConfig
from flickr_api.errors import (
    AuthHandlerError,
    FlickrAPIError,
    FlickrAuthError,
    FlickrConnectionError,
    FlickrRateLimitError,
    FlickrServerError,
    FlickrTimeoutError,
)
from flickr_api.method_call import call_api
from flickr_api.testing import Fault, FlickrEmulator

NO_RETRY = RetryConfig(max_retries=0)


def browser_approves(url: str) -> requests.Response:
    """What the user's browser does with the authorize URL."""
    return requests.get(url, allow_redirects=False, timeout=5)


def code_on_page(url: str) -> str:
    page = browser_approves(url).text
    return re.search(r'id="verifier"[^>]*>([^<]+)<', page).group(1).strip()


def test_seed_recipe_out_of_band(emu, tmp_path):
    flickr_api.set_base_url(emu.base_url)
    flickr_api.set_keys(api_key=emu.api_key, api_secret=emu.api_secret)
    a = flickr_api.auth.AuthHandler()
    url = a.get_authorization_url("read")
    assert url.startswith(f"{emu.base_url}/services/oauth/authorize?oauth_token=")
    assert "perms=read" in url
    a.set_verifier(code_on_page(url))
    assert (a.user_nsid, a.username, a.fullname) == ("10000001@N01", "alice", "Alice Example")
    flickr_api.set_auth_handler(a)
    assert call_api(method="flickr.test.login")["user"]["id"] == "10000001@N01"
    token_file = tmp_path / "auth.txt"
    a.save(token_file)

    flickr_api._default._client = None  # a later script
    flickr_api.set_base_url(emu.base_url)
    flickr_api.set_keys(api_key=emu.api_key, api_secret=emu.api_secret)
    flickr_api.set_auth_handler(str(token_file))
    assert flickr_api.call_api(method="flickr.test.login")["user"]["username"] == "alice"
    assert flickr_api.auth.AuthHandler.load(token_file).check()["perms"] == "read"


def test_web_app_with_callback_and_session_between_steps(emu):
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None)
    first = AuthHandler(callback="http://127.0.0.1:9/get_verifier/", client=client)
    url = first.get_authorization_url("write")
    session = first.todict()  # kept in the web app's session

    redirect = browser_approves(url)
    assert redirect.status_code == 302
    landed = redirect.headers["Location"]
    assert landed.startswith("http://127.0.0.1:9/get_verifier/?")
    assert "oauth_verifier" in parse_qs(urlsplit(landed).query)

    second = AuthHandler.fromdict(session, client=client)
    second.set_verifier(landed)  # the whole URL the browser landed on
    client.set_auth_handler(second)
    assert client.call("flickr.test.login")["user"]["id"] == "10000001@N01"
    assert second.check()["perms"] == "write"


def test_bare_verifier_digits_are_accepted(emu):
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None)
    handler = AuthHandler(client=client)
    code = code_on_page(handler.get_authorization_url("delete"))
    handler.set_verifier(code.replace("-", ""))
    assert handler.access_token is not None


def test_verifier_is_single_use(emu):
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None)
    handler = AuthHandler(client=client)
    url = handler.get_authorization_url("read")
    code = code_on_page(url)
    token = handler.request_token
    handler.set_verifier(code)
    replay = AuthHandler(request_token_key=token.key, request_token_secret=token.secret,
                         client=client)
    with pytest.raises(FlickrAuthError):
        replay.set_verifier(code)


def test_redirect_url_of_another_authorization_is_refused(emu):
    handler = AuthHandler(request_token_key="mine", request_token_secret="s")
    with pytest.raises(AuthHandlerError, match="another authorization"):
        handler.set_verifier("http://app/cb?oauth_token=other&oauth_verifier=abc")


def test_flickr_keys_module_drives_unsigned_calls(emu, tmp_path, monkeypatch):
    (tmp_path / "flickr_keys.py").write_text(
        f"API_KEY = {emu.api_key!r}\nAPI_SECRET = {emu.api_secret!r}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "flickr_keys", raising=False)
    flickr_api.set_base_url(emu.base_url)
    try:
        user = call_api(method="flickr.people.findByUsername", username="bob")["user"]
    finally:
        sys.modules.pop("flickr_keys", None)
    assert user["nsid"] == "10000002@N01"
    assert user["username"] == "bob"  # {"_content": "bob"} collapsed
    assert emu.calls()[-1].user_nsid is None


def test_environment_drives_everything(emu, monkeypatch):
    monkeypatch.setenv("FLICKR_API_KEY", emu.api_key)
    monkeypatch.setenv("FLICKR_API_SECRET", emu.api_secret)
    monkeypatch.setenv("FLICKR_API_BASE_URL", emu.base_url)
    assert call_api(method="flickr.test.echo", foo="bar")["foo"] == "bar"


def test_two_clients_in_threads_never_mix_credentials(emu):
    users = {"10000001@N01": emu.token("read", user="10000001@N01"),
             "10000002@N01": emu.token("read", user="10000002@N01")}
    clients = {
        nsid: Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None,
                     auth_handler=AuthHandler.create(*token))
        for nsid, token in users.items()
    }
    wrong: list[str] = []

    def work(nsid: str) -> None:
        for _ in range(10):
            if clients[nsid].call("flickr.test.login")["user"]["id"] != nsid:
                wrong.append(nsid)

    threads = [threading.Thread(target=work, args=(nsid,)) for nsid in users for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
    logins = emu.calls("flickr.test.login")
    assert len(logins) == 40
    assert {c.oauth_token for c in logins if c.user_nsid == "10000002@N01"} == {
        users["10000002@N01"][0]}


def test_raw_xml_on_request(emu):
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None)
    body = client.call("flickr.people.findByUsername", username="bob", format="rest")
    assert body.startswith(b"<?xml") and b'nsid="10000002@N01"' in body


# -- every error class from a real reply ------------------------------------------------
def _client(emu, **kw):
    token = emu.token("write")
    return Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None,
                  retry=NO_RETRY, auth_handler=AuthHandler.create(*token), **kw)


def test_api_error(emu):
    with pytest.raises(FlickrAPIError) as info:
        _client(emu).call("flickr.photos.getInfo", photo_id="1")
    err = info.value
    assert err.code == 1 and err.method == "flickr.photos.getInfo"
    assert str(err) == f"1 : {err.message}"


def test_unknown_method_is_api_error_112(emu):
    with pytest.raises(FlickrAPIError) as info:
        _client(emu).call("flickr.something.new")
    assert info.value.code == 112


def test_auth_error_carries_problem_and_base_string(emu):
    token = emu.token("read")
    client = Client(emu.api_key, "wrong-secret", base_url=emu.base_url, rate_limit=None,
                    retry=NO_RETRY, auth_handler=AuthHandler.create(*token))
    with pytest.raises(FlickrAuthError) as info:
        client.call("flickr.test.login")
    assert info.value.problem == "signature_invalid"
    assert info.value.debug_sbs.startswith("GET&http%3A%2F%2F127.0.0.1")
    assert "wrong-secret" not in str(info.value)


def test_insufficient_perms_is_api_error_99(emu):
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None,
                    retry=NO_RETRY, auth_handler=AuthHandler.create(*emu.token("read")))
    with pytest.raises(FlickrAPIError) as info:
        client.call("flickr.photosets.create", title="x", primary_photo_id="1")
    assert info.value.code == 99


def test_rate_limit_error(emu):
    emu.add_fault(Fault("http_429", retry_after=7))
    with pytest.raises(FlickrRateLimitError) as info:
        _client(emu).call("flickr.test.echo")
    assert info.value.retry_after == 7 and info.value.status_code == 429


def test_server_error(emu):
    emu.add_fault(Fault("http_502"))
    with pytest.raises(FlickrServerError) as info:
        _client(emu).call("flickr.test.echo")
    assert info.value.status_code == 502
    assert str(info.value).startswith("HTTP Server Error 502: ")


def test_timeout_error(emu):
    emu.add_fault(Fault("slow", delay=1.0))
    with pytest.raises(FlickrTimeoutError):
        _client(emu, timeout=0.2).call("flickr.test.echo")


def test_connection_error_when_nothing_listens():
    with FlickrEmulator(photos=300) as gone:
        base, key, secret = gone.base_url, gone.api_key, gone.api_secret
    client = Client(key, secret, base_url=base, rate_limit=None, retry=NO_RETRY)
    with pytest.raises(FlickrConnectionError) as info:
        client.call("flickr.test.echo")
    assert info.value.request_sent is False


def test_reset_mid_reply_is_connection_error(emu):
    emu.add_fault(Fault("reset"))
    with pytest.raises(FlickrConnectionError):
        _client(emu).call("flickr.test.echo")


def test_check_sends_the_token_as_checktoken_argument(emu):
    """Flickr reads checkToken's oauth_token argument, not the token that signs the call."""
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url)
    handler = AuthHandler.create(*emu.token("write"))
    client.set_auth_handler(handler)
    assert handler.check()["perms"] == "write"
    assert client.api.auth.oauth.checkToken()["oauth"]["perms"] == "write"
    calls = emu.calls("flickr.auth.oauth.checkToken")
    assert [c.params["oauth_token"] for c in calls] == [handler.access_token.key] * 2
