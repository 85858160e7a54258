"""Where the API key and secret come from, and in which order."""

import sys

import pytest

import flickr_api
from flickr_api import Client, FlickrKeysError
from flickr_api.keys import find_keys


@pytest.fixture
def keys_module(tmp_path, monkeypatch):
    """A flickr_keys.py somewhere on the Python path (not inside the package)."""
    module = tmp_path / "flickr_keys.py"
    module.write_text('API_KEY = "module-key"\nAPI_SECRET = "module-secret"\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "flickr_keys", raising=False)
    yield
    sys.modules.pop("flickr_keys", None)


def test_no_keys_is_a_clear_error():
    with pytest.raises(FlickrKeysError) as info:
        Client().keys()
    message = str(info.value)
    assert "set_keys" in message and "FLICKR_API_KEY" in message and "flickr_keys.py" in message


def test_flickr_keys_module_anywhere_on_the_path(keys_module):
    assert Client().keys() == ("module-key", "module-secret")


def test_environment_beats_module(keys_module, monkeypatch):
    monkeypatch.setenv("FLICKR_API_KEY", "env-key")
    monkeypatch.setenv("FLICKR_API_SECRET", "env-secret")
    assert Client().keys() == ("env-key", "env-secret")


def test_set_keys_beats_environment(monkeypatch):
    monkeypatch.setenv("FLICKR_API_KEY", "env-key")
    monkeypatch.setenv("FLICKR_API_SECRET", "env-secret")
    flickr_api.set_keys(api_key="set-key", api_secret="set-secret")
    assert flickr_api.default_client().keys() == ("set-key", "set-secret")


def test_explicit_arguments_beat_everything(monkeypatch, keys_module):
    monkeypatch.setenv("FLICKR_API_KEY", "env-key")
    monkeypatch.setenv("FLICKR_API_SECRET", "env-secret")
    assert Client(api_key="k", api_secret="s").keys() == ("k", "s")


def test_optional_lookup_returns_empty_strings():
    assert find_keys(required=False) == ("", "")


def test_two_clients_keep_their_own_keys():
    a, b = Client("key-a", "secret-a"), Client("key-b", "secret-b")
    assert a.keys() != b.keys()
    assert flickr_api.default_client() is not a


def test_repr_shows_where_it_points_but_no_secret(monkeypatch):
    monkeypatch.setenv("FLICKR_API_KEY", "abcdef123456")
    monkeypatch.setenv("FLICKR_API_SECRET", "very-secret-value")
    monkeypatch.setenv("FLICKR_API_BASE_URL", "http://127.0.0.1:8000")
    text = repr(Client())
    assert text == "Client(api_key='abcd…', base_url='http://127.0.0.1:8000')"
    assert "very-secret" not in text
