"""The signer reproduces Flickr's documented example and RFC 5849's vectors exactly."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from flickr_api._signing import base_string, normalize_url, oauth_parameters, percent_encode, sign

FLICKR_KEY = "653e7a6ecc1d528c516cc8f92cf98611"
FLICKR_SECRET = "a9567d986a7539fe"


def _flickr_base(url, **params):
    params.update(
        oauth_consumer_key=FLICKR_KEY, oauth_signature_method="HMAC-SHA1", oauth_version="1.0"
    )
    return base_string("GET", url, params.items())


def test_flickr_request_token_base_string_and_signature():
    params = dict(
        oauth_nonce="95613465", oauth_timestamp="1305586162", oauth_callback="http://www.example.com"
    )
    https_base = _flickr_base("https://www.flickr.com/services/oauth/request_token", **params)
    assert https_base == (
        "GET&https%3A%2F%2Fwww.flickr.com%2Fservices%2Foauth%2Frequest_token&oauth_callback%3D"
        "http%253A%252F%252Fwww.example.com%26oauth_consumer_key%3D653e7a6ecc1d528c516cc8f92cf98611"
        "%26oauth_nonce%3D95613465%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D"
        "1305586162%26oauth_version%3D1.0"
    )
    assert sign(FLICKR_SECRET, "", https_base) == "2zL7aYEzEEY0IvEgQjT7IqB518U="
    http_base = _flickr_base("http://www.flickr.com/services/oauth/request_token", **params)
    assert sign(FLICKR_SECRET, "", http_base) == "7w18YS2bONDPL/zgyzP5XTr5af4="


def test_flickr_access_token_signature():
    base = _flickr_base(
        "http://www.flickr.com/services/oauth/access_token",
        oauth_nonce="37026218",
        oauth_timestamp="1305586309",
        oauth_verifier="5d1b96a26b494074",
        oauth_token="72157626737672178-022bbd2f4c2f3432",
    )
    assert sign(FLICKR_SECRET, "fccb68c4e6103197", base) == "UD9TGXzrvLIb0Ar5ynqvzatM58U="


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://www.flickr.com/services/rest", "dh3pEH0Xk1qILr82HyhOsxRv1XA="),
        ("http://api.flickr.com/services/rest", "GxxloJaiXUv6U5u0psFJXG0vxOI="),
        ("https://api.flickr.com/services/rest", "aLU8FYW0Vr2zVxe3g9nmV19beQc="),
    ],
)
def test_flickr_test_login_signature(url, expected):
    oauth = oauth_parameters(
        "GET",
        url,
        {"nojsoncallback": "1", "format": "json", "method": "flickr.test.login"},
        FLICKR_KEY,
        FLICKR_SECRET,
        token="72157626318069415-087bfc7b5816092c",
        token_secret="a202d1f853ec69de",
        nonce="84354935",
        timestamp="1305583871",
    )
    assert oauth["oauth_signature"] == expected


def test_rfc5849_vectors():
    key, secret = "dpf43f3p2l4k3l03", "kd94hf93k423kf44"
    # RFC 5849 examples carry no oauth_version, so the base strings are built by hand.
    base = base_string(
        "POST", "https://photos.example.net/initiate",
        [("oauth_consumer_key", key), ("oauth_signature_method", "HMAC-SHA1"),
         ("oauth_timestamp", "137131200"), ("oauth_nonce", "wIjqoS"),
         ("oauth_callback", "http://printer.example.com/ready")],
    )
    assert sign(secret, "", base) == "74KNZJeDHnMBp0EMJ9ZHt/XKycU="
    base = base_string(
        "POST", "https://photos.example.net/token",
        [("oauth_consumer_key", key), ("oauth_token", "hh5s93j4hdidpola"),
         ("oauth_signature_method", "HMAC-SHA1"), ("oauth_timestamp", "137131201"),
         ("oauth_nonce", "walatlh"), ("oauth_verifier", "hfdp7dh39dks9884")],
    )
    assert sign(secret, "hdhd0244k9j7ao03", base) == "gKgrFCywp7rO0OXSjdot/IHF7IU="
    url = "http://photos.example.net/photos?file=vacation.jpg&size=original"
    params = [
        *parse_qsl(urlsplit(url).query),
        ("oauth_consumer_key", key),
        ("oauth_token", "nnch734d00sl2jdk"),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", "137131202"),
        ("oauth_nonce", "chapoH"),
    ]
    base = base_string("GET", url, params)
    assert base == (
        "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3D"
        "dpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26"
        "oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"
    )
    assert sign(secret, "pfkkdhi9sl3r4s00", base) == "MdpQcU8iPSUjWoN/UDMsK2sui9I="


@pytest.mark.parametrize(
    "raw, encoded",
    [("a b", "a%20b"), ("~-._", "~-._"), ("é", "%C3%A9"), ("a+b/c=d&e", "a%2Bb%2Fc%3Dd%26e")],
)
def test_percent_encoding_is_rfc3986(raw, encoded):
    assert percent_encode(raw) == encoded


def test_url_normalization_drops_default_port_and_query():
    assert normalize_url("HTTPS://API.Flickr.com:443/services/rest/?x=1") == (
        "https://api.flickr.com/services/rest/"
    )
    assert normalize_url("http://127.0.0.1:8080/services/rest") == "http://127.0.0.1:8080/services/rest"


def test_fresh_nonce_and_timestamp_each_time():
    a = oauth_parameters("GET", "https://x/", {}, "k", "s")
    b = oauth_parameters("GET", "https://x/", {}, "k", "s")
    assert a["oauth_nonce"] != b["oauth_nonce"]
    assert a["oauth_timestamp"].isdigit()
