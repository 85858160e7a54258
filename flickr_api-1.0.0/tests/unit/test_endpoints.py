"""One setting points every Flickr host at another base URL."""

import pytest

import flickr_api
from flickr_api import Client, FlickrError


def test_flickr_hosts_by_default():
    e = Client().endpoints
    assert e.rest == "https://api.flickr.com/services/rest/"
    assert e.upload == "https://up.flickr.com/services/upload/"
    assert e.replace == "https://up.flickr.com/services/replace/"
    assert e.request_token == "https://www.flickr.com/services/oauth/request_token"
    assert e.static == "https://live.staticflickr.com"


def test_base_url_moves_every_host_and_keeps_paths():
    e = Client(base_url="http://127.0.0.1:8000/").endpoints
    assert e.rest == "http://127.0.0.1:8000/services/rest/"
    assert e.authorize == "http://127.0.0.1:8000/services/oauth/authorize"
    assert e.rewrite("https://live.staticflickr.com/65535/1_abc_o.jpg?x=1") == (
        "http://127.0.0.1:8000/65535/1_abc_o.jpg?x=1"
    )
    assert e.rewrite("https://example.com/a.jpg") == "https://example.com/a.jpg"


def test_environment_variable_and_module_setting(monkeypatch):
    monkeypatch.setenv("FLICKR_API_BASE_URL", "http://localhost:9000")
    assert Client().endpoints.rest == "http://localhost:9000/services/rest/"
    flickr_api.set_base_url("https://flickr.example.org")
    assert flickr_api.get_base_url() == "https://flickr.example.org"


@pytest.mark.parametrize("url", ["http://example.com", "ftp://127.0.0.1", "nonsense"])
def test_plain_http_only_on_loopback(url):
    with pytest.raises(FlickrError):
        Client(base_url=url)
