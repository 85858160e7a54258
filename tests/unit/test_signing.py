"""The signer (oauthlib, through flickr_api._signing) reproduces Flickr's documented examples and
RFC 5849's vectors exactly."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from oauthlib.oauth1.rfc5849 import signature, utils

from flickr_api._signing import sign

# The RFC vectors have no client object to give to the newer sign_hmac_sha1_with_client.
pytestmark = pytest.mark.filterwarnings("ignore:use sign_hmac_sha1_with_client")

FLICKR_KEYS = ("653e7a6ecc1d528c516cc8f92cf98611", "a9567d986a7539fe")


def _oauth(header: str) -> dict[str, str]:
    return {k: utils.unescape(v) for k, v in utils.parse_authorization_header(header)}


@pytest.mark.parametrize("url, expected", [
    ("https://www.flickr.com/services/oauth/request_token", "2zL7aYEzEEY0IvEgQjT7IqB518U="),
    ("http://www.flickr.com/services/oauth/request_token", "7w18YS2bONDPL/zgyzP5XTr5af4="),
])
def test_flickr_request_token_signature(url, expected):
    _, header = sign("GET", url, {}, FLICKR_KEYS, None,
                           {"oauth_callback": "http://www.example.com"},
                           nonce="95613465", timestamp="1305586162")
    oauth = _oauth(header)
    assert oauth["oauth_signature"] == expected
    assert oauth["oauth_callback"] == "http://www.example.com"


def test_flickr_access_token_signature():
    _, header = sign("GET",
        "http://www.flickr.com/services/oauth/access_token", {}, FLICKR_KEYS,
        ("72157626737672178-022bbd2f4c2f3432", "fccb68c4e6103197"),
        {"oauth_verifier": "5d1b96a26b494074"}, nonce="37026218", timestamp="1305586309")
    assert _oauth(header)["oauth_signature"] == "UD9TGXzrvLIb0Ar5ynqvzatM58U="


LOGIN = {"nojsoncallback": "1", "format": "json", "method": "flickr.test.login"}
LOGIN_TOKEN = ("72157626318069415-087bfc7b5816092c", "a202d1f853ec69de")


@pytest.mark.parametrize("url, expected", [
    ("http://www.flickr.com/services/rest", "dh3pEH0Xk1qILr82HyhOsxRv1XA="),
    ("http://api.flickr.com/services/rest", "GxxloJaiXUv6U5u0psFJXG0vxOI="),
    ("https://api.flickr.com/services/rest", "aLU8FYW0Vr2zVxe3g9nmV19beQc="),
])
def test_flickr_test_login_signature(url, expected):
    signed_url, header = sign("GET", url, LOGIN, FLICKR_KEYS, LOGIN_TOKEN,
                                    nonce="84354935", timestamp="1305583871")
    assert _oauth(header)["oauth_signature"] == expected
    assert dict(parse_qsl(urlsplit(signed_url).query)) == LOGIN


def test_a_form_or_multipart_post_signs_its_fields():
    """The same parameters signed as a POST form give the POST base string's signature."""
    _, header = sign("POST", "https://up.flickr.com/services/upload/",
                     {"title": "Crème brûlée"}, FLICKR_KEYS, LOGIN_TOKEN, nonce="1", timestamp="2")
    oauth = _oauth(header)
    params = [("title", "Crème brûlée"), *((k, v) for k, v in oauth.items()
                                           if k != "oauth_signature")]
    base = signature.signature_base_string(
        "POST", signature.base_string_uri("https://up.flickr.com/services/upload/"),
        signature.normalize_parameters(params))
    assert oauth["oauth_signature"] == signature.sign_hmac_sha1(base, FLICKR_KEYS[1],
                                                                LOGIN_TOKEN[1])


def test_rfc5849_vectors():
    """RFC 5849's examples carry no oauth_version, so oauthlib's primitives sign them."""
    secret = "kd94hf93k423kf44"

    def sign(method, url, params, token_secret):
        query = parse_qsl(urlsplit(url).query)
        base = signature.signature_base_string(
            method, signature.base_string_uri(url),
            signature.normalize_parameters([*query, *params]))
        return base, signature.sign_hmac_sha1(base, secret, token_secret)

    common = [("oauth_consumer_key", "dpf43f3p2l4k3l03"), ("oauth_signature_method", "HMAC-SHA1")]
    _, sig = sign("POST", "https://photos.example.net/initiate",
                  [*common, ("oauth_timestamp", "137131200"), ("oauth_nonce", "wIjqoS"),
                   ("oauth_callback", "http://printer.example.com/ready")], "")
    assert sig == "74KNZJeDHnMBp0EMJ9ZHt/XKycU="
    _, sig = sign("POST", "https://photos.example.net/token",
                  [*common, ("oauth_token", "hh5s93j4hdidpola"), ("oauth_timestamp", "137131201"),
                   ("oauth_nonce", "walatlh"), ("oauth_verifier", "hfdp7dh39dks9884")],
                  "hdhd0244k9j7ao03")
    assert sig == "gKgrFCywp7rO0OXSjdot/IHF7IU="
    base, sig = sign("GET", "http://photos.example.net/photos?file=vacation.jpg&size=original",
                     [*common, ("oauth_token", "nnch734d00sl2jdk"),
                      ("oauth_timestamp", "137131202"), ("oauth_nonce", "chapoH")],
                     "pfkkdhi9sl3r4s00")
    assert base == (
        "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3D"
        "dpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26"
        "oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"
    )
    assert sig == "MdpQcU8iPSUjWoN/UDMsK2sui9I="


def test_values_are_sent_and_signed_in_rfc3986_encoding():
    url, header = sign("GET", "https://x/", {"text": "a b~é+&"}, ("k", "s"))
    assert url == "https://x/?text=a%20b~%C3%A9%2B%26"
    assert _oauth(header)["oauth_signature"]


def test_fresh_nonce_and_timestamp_each_time():
    a = _oauth(sign("GET", "https://x/", {}, ("k", "s"))[1])
    b = _oauth(sign("GET", "https://x/", {}, ("k", "s"))[1])
    assert a["oauth_nonce"] != b["oauth_nonce"]
    assert a["oauth_timestamp"].isdigit()
