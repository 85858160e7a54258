"""The emulator's OAuth 1.0a, checked with requests-oauthlib as an independent client."""

from __future__ import annotations

import re
import time
from typing import Dict, Tuple
from urllib.parse import parse_qs, parse_qsl, urlsplit

import oauthlib.oauth1
import pytest
from emulator_support import oauth, rest, session
from oauthlib.oauth1.rfc5849 import signature
from requests_oauthlib import OAuth1, OAuth1Session

from flickr_api.testing import FlickrEmulator

CALLBACK = "https://app.example/done"


def problem(response) -> Dict[str, str]:
    assert response.status_code == 401
    assert response.headers["Content-Type"] == "text/plain;charset=UTF-8"
    return dict(parse_qsl(response.text))


def request_token(emu: FlickrEmulator, callback: str = "oob") -> Dict[str, str]:
    s = OAuth1Session(emu.api_key, client_secret=emu.api_secret, callback_uri=callback)
    s.trust_env = False
    return s.fetch_request_token(emu.base_url + "/services/oauth/request_token")


def authorize(emu: FlickrEmulator, token: str, perms: str = "write"):
    with session() as s:
        return s.get(
            emu.base_url + "/services/oauth/authorize",
            params={"oauth_token": token, "perms": perms},
            allow_redirects=False,
            timeout=10,
        )


def oob_verifier(emu: FlickrEmulator, token: str, perms: str = "write") -> str:
    page = authorize(emu, token, perms)
    assert page.status_code == 200
    match = re.search(r'<span id="verifier">([^<]+)</span>', page.text)
    assert match is not None
    return match.group(1)


def exchange(emu: FlickrEmulator, tokens: Dict[str, str], verifier: str):
    client = OAuth1(
        emu.api_key,
        emu.api_secret,
        tokens["oauth_token"],
        tokens["oauth_token_secret"],
        verifier=verifier,
    )
    with session() as s:
        return s.post(emu.base_url + "/services/oauth/access_token", auth=client, timeout=10)


def login(emu: FlickrEmulator, token: Tuple[str, str], **options) -> Dict:
    auth = OAuth1(emu.api_key, emu.api_secret, *token, **options)
    return rest(emu, "flickr.test.login", auth=auth).json()


def test_three_legged_dance_out_of_band(emu):
    tokens = request_token(emu)
    assert tokens["oauth_callback_confirmed"] == "true"
    assert re.fullmatch(r"72157\d{12}-[0-9a-f]{16}", tokens["oauth_token"])
    assert re.fullmatch(r"[0-9a-f]{16}", tokens["oauth_token_secret"])
    verifier = oob_verifier(emu, tokens["oauth_token"], "delete")
    assert re.fullmatch(r"\d{3}-\d{3}-\d{3}", verifier)

    reply = exchange(emu, tokens, verifier)
    assert reply.status_code == 200
    assert reply.headers["Content-Type"] == "text/plain;charset=UTF-8"
    assert list(parse_qs(reply.text)) == [
        "fullname", "oauth_token", "oauth_token_secret", "user_nsid", "username"
    ]
    assert "%40" in reply.text  # user_nsid is percent-encoded, as Flickr sends it
    access = dict(parse_qsl(reply.text))
    user = emu.store.users[emu.store.default_user_nsid]
    assert (access["user_nsid"], access["username"]) == (user.nsid, user.username)
    assert access["fullname"] == (user.realname or "")
    body = login(emu, (access["oauth_token"], access["oauth_token_secret"]))
    assert body["stat"] == "ok" and body["user"]["id"] == user.nsid


def test_three_legged_dance_with_callback(emu):
    tokens = request_token(emu, CALLBACK)
    redirect = authorize(emu, tokens["oauth_token"], "read")
    assert redirect.status_code == 302
    location = urlsplit(redirect.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == CALLBACK
    query = dict(parse_qsl(location.query))
    assert query["oauth_token"] == tokens["oauth_token"]
    assert re.fullmatch(r"[0-9a-f]{16}", query["oauth_verifier"])
    reply = exchange(emu, tokens, query["oauth_verifier"])
    assert reply.status_code == 200


def test_authorize_as_another_user(emu):
    other = next(u for u in emu.store.users.values() if u.nsid != emu.store.default_user_nsid)
    emu.authorize_as(other.username)
    tokens = request_token(emu)
    access = dict(parse_qsl(exchange(emu, tokens, oob_verifier(emu, tokens["oauth_token"])).text))
    assert access["user_nsid"] == other.nsid


def test_refused_authorization_lands_on_the_home_page_never_the_callback(emu):
    emu.refuse_authorization(True)
    for callback in (CALLBACK, "oob"):
        tokens = request_token(emu, callback)
        redirect = authorize(emu, tokens["oauth_token"])
        assert (redirect.status_code, redirect.headers["Location"]) == (302, "/")
        emu.refuse_authorization(False)
        assert problem(exchange(emu, tokens, "123-456-789"))["oauth_problem"] == "token_rejected"
        emu.refuse_authorization(True)


def test_request_token_requires_a_callback(emu):
    auth = OAuth1(emu.api_key, emu.api_secret)  # no callback_uri
    with session() as s:
        reply = s.get(emu.base_url + "/services/oauth/request_token", auth=auth, timeout=10)
    assert problem(reply) == {
        "oauth_problem": "parameter_absent",
        "oauth_parameters_absent": "oauth_callback",
    }


def test_reused_request_token_is_rejected(emu):
    tokens = request_token(emu)
    verifier = oob_verifier(emu, tokens["oauth_token"])
    assert exchange(emu, tokens, verifier).status_code == 200
    assert problem(exchange(emu, tokens, verifier))["oauth_problem"] == "token_rejected"


def test_verifier_only_fits_its_own_token(emu):
    first, second = request_token(emu), request_token(emu)
    verifier = oob_verifier(emu, first["oauth_token"])
    oob_verifier(emu, second["oauth_token"])
    assert problem(exchange(emu, second, verifier))["oauth_problem"] == "verifier_invalid"
    assert exchange(emu, first, verifier).status_code == 200


def test_unauthorized_request_token_cannot_be_exchanged(emu):
    tokens = request_token(emu)
    assert problem(exchange(emu, tokens, "000-000-000"))["oauth_problem"] == "token_rejected"


def test_callback_in_the_form_body_and_the_rest_in_the_header(emu):
    """flickrapi's request-token call: Flickr reads and signs the parameters from both."""
    with session() as s:
        reply = s.post(emu.base_url + "/services/oauth/request_token",
                       data={"oauth_callback": "oob"}, auth=OAuth1(emu.api_key, emu.api_secret),
                       timeout=10)
    assert reply.status_code == 200, reply.text
    assert dict(parse_qsl(reply.text))["oauth_callback_confirmed"] == "true"


def test_token_in_the_body_and_in_the_header(emu):
    """flickr_api 0.8.1's checkToken: the same oauth_token twice, both signed."""
    token = emu.token("read")
    auth = OAuth1(emu.api_key, emu.api_secret, *token)
    reply = rest(emu, "flickr.auth.oauth.checkToken", auth=auth, http="POST", oauth_token=token[0])
    assert reply.json()["oauth"]["token"]["_content"] == token[0]


def test_check_token_reads_the_argument_not_the_header(emu):
    """As on Flickr: the token in the signature does not count as checkToken's argument."""
    reply = rest(emu, "flickr.auth.oauth.checkToken", auth=oauth(emu, "read")).json()
    assert (reply["stat"], reply["code"], reply["message"]) == ("fail", 98, "Invalid token")


def test_one_parameter_with_two_values_is_refused(emu):
    auth = oauth(emu, "read")
    reply = problem(rest(emu, "flickr.test.login", auth=auth, oauth_token="72157000-other"))
    assert reply == {"oauth_problem": "parameter_rejected",
                     "oauth_parameters_rejected": "oauth_token"}


def test_signed_by_header_and_by_query_string(emu):
    for signature_type in ("auth_header", "query"):
        auth = oauth(emu, "read", signature_type=signature_type)
        assert rest(emu, "flickr.test.login", auth=auth).json()["stat"] == "ok"


def test_signed_form_body_post(emu):
    auth = oauth(emu, "read", signature_type="body")
    reply = rest(emu, "flickr.test.login", auth=auth, http="POST")
    assert reply.json()["stat"] == "ok"


def test_wrong_consumer_secret(emu):
    token = emu.token("read")
    auth = OAuth1(emu.api_key, "0" * 16, *token)
    reply = problem(rest(emu, "flickr.test.login", auth=auth))
    assert reply["oauth_problem"] == "signature_invalid"


def test_signature_invalid_carries_the_base_string(emu):
    token = emu.token("read")
    client = oauthlib.oauth1.Client(emu.api_key, "0" * 16, *token)
    url = emu.base_url + "/services/rest/?method=flickr.test.login&format=json"
    signed_url, headers, _ = client.sign(url)
    with session() as s:
        reply = s.get(signed_url, headers=headers, timeout=10)
    assert reply.status_code == 401
    prefix = "oauth_problem=signature_invalid&debug_sbs="
    assert reply.text.startswith(prefix)
    base_string = reply.text[len(prefix):]  # Flickr appends it raw, not form-encoded
    params = signature.collect_parameters(uri_query=urlsplit(signed_url).query, headers=headers)
    assert base_string == signature.signature_base_string(
        "GET", signature.base_string_uri(signed_url), signature.normalize_parameters(params)
    )
    assert base_string.startswith("GET&http%3A%2F%2F127.0.0.1%3A")


def test_wrong_token_secret(emu):
    token, _ = emu.token("read")
    auth = OAuth1(emu.api_key, emu.api_secret, token, "f" * 16)
    reply = problem(rest(emu, "flickr.test.login", auth=auth))
    assert reply["oauth_problem"] == "signature_invalid"


def test_unknown_token_and_unknown_consumer(emu):
    auth = OAuth1(emu.api_key, emu.api_secret, "72157000000000000-0000000000000000", "0" * 16)
    assert problem(rest(emu, "flickr.test.login", auth=auth))["oauth_problem"] == "token_rejected"
    auth = OAuth1("f" * 32, emu.api_secret, *emu.token("read"))
    reply = problem(rest(emu, "flickr.test.login", auth=auth))
    assert reply["oauth_problem"] == "consumer_key_unknown"


def test_replayed_nonce_is_refused(emu):
    client = oauthlib.oauth1.Client(
        emu.api_key,
        emu.api_secret,
        *emu.token("read"),
        signature_type=oauthlib.oauth1.SIGNATURE_TYPE_QUERY,
    )
    url, _, _ = client.sign(emu.base_url + "/services/rest/?method=flickr.test.login")
    with session() as s:
        assert s.get(url, timeout=10).status_code == 200
        assert problem(s.get(url, timeout=10))["oauth_problem"] == "nonce_used"


@pytest.mark.parametrize("skew", [-601, 700])
def test_stale_or_future_timestamp_is_refused(emu, skew):
    client = oauthlib.oauth1.Client(
        emu.api_key, emu.api_secret, *emu.token("read"), timestamp=str(int(time.time()) + skew)
    )
    url, headers, _ = client.sign(emu.base_url + "/services/rest/?method=flickr.test.login")
    with session() as s:
        reply = problem(s.get(url, headers=headers, timeout=10))
    assert reply["oauth_problem"] == "timestamp_refused"
    low, high = map(int, reply["oauth_acceptable_timestamps"].split("-"))
    assert high - low == 1200


def test_missing_oauth_parameters_are_named(emu):
    url = emu.base_url + "/services/rest/?method=flickr.test.login&oauth_token=x&oauth_nonce=1"
    with session() as s:
        reply = problem(s.get(url, timeout=10))
    assert reply["oauth_problem"] == "parameter_absent"
    assert reply["oauth_parameters_absent"].split("&") == [
        "oauth_consumer_key", "oauth_signature", "oauth_signature_method", "oauth_timestamp"
    ]


def test_only_hmac_sha1(emu):
    auth = oauth(emu, "read", signature_method="HMAC-SHA256")
    reply = problem(rest(emu, "flickr.test.login", auth=auth))
    assert reply["oauth_problem"] == "signature_method_rejected"


def test_signature_covers_the_exact_host_sent(emu):
    """A client that signs for another host than it sends to fails, as at Flickr."""
    token = emu.token("read")
    client = oauthlib.oauth1.Client(emu.api_key, emu.api_secret, *token)
    real = emu.base_url + "/services/rest/?method=flickr.test.login"
    _, headers, _ = client.sign(real.replace("127.0.0.1", "localhost"))
    with session() as s:
        reply = s.get(real, headers=headers, timeout=10)
    assert problem(reply)["oauth_problem"] == "signature_invalid"
    localhost = real.replace("127.0.0.1", "localhost")
    _, headers, _ = client.sign(localhost)
    with session() as s:
        assert s.get(localhost, headers=headers, timeout=10).status_code == 200
