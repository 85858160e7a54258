"""Token files: the 2- and 4-line formats, tolerant reading, atomic 0600 writes."""

import os
import stat

import pytest

import flickr_api
from flickr_api import AuthHandler, AuthHandlerError


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_save_and_load_two_lines(tmp_path):
    path = tmp_path / "auth.txt"
    AuthHandler.create("tok", "tok-secret").save(path)
    assert path.read_text() == "tok\ntok-secret\n"
    loaded = AuthHandler.load(path)
    assert loaded.access_token.key == "tok" and loaded.access_token.secret == "tok-secret"


def test_four_lines_with_api_keys(tmp_path):
    path = tmp_path / "auth.txt"
    AuthHandler("k", "s", access_token_key="tok", access_token_secret="ts").write(
        path, include_api_keys=True
    )
    assert path.read_text().splitlines() == ["k", "s", "tok", "ts"]
    flickr_api.set_auth_handler(str(path), set_api_keys=True)
    assert flickr_api.default_client().keys() == ("k", "s")
    assert flickr_api.default_client().token() == ("tok", "ts")


@pytest.mark.parametrize("text", ["tok\r\nts\r\n", "  tok  \n ts\n\n", "tok\nts"])
def test_tolerant_reading(tmp_path, text):
    path = tmp_path / "auth.txt"
    path.write_bytes(text.encode())
    handler = AuthHandler.fromfile(path)
    assert tuple(handler.access_token) == ("tok", "ts")


def test_file_is_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        path = tmp_path / "sub" / "auth.txt"
        AuthHandler.create("tok", "ts").tofile(path)
    finally:
        os.umask(old)
    assert _mode(path) == 0o600
    assert _mode(tmp_path / "sub") == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_new_token_folders_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0o222)  # (would leave a folder its owner cannot write to)
    try:
        AuthHandler.create("tok", "ts").save(tmp_path / "a" / "b" / "auth.txt")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a") == _mode(tmp_path / "a" / "b") == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("mode", [0o644, 0o604, 0o666, 0o620])
def test_a_token_file_others_can_reach_loads_with_a_warning(tmp_path, mode):
    path = tmp_path / "auth.txt"
    path.write_text("tok\nts\n")
    path.chmod(mode)
    with pytest.warns(flickr_api.errors.InsecureTokenFileWarning, match="chmod 600"):
        handler = AuthHandler.load(path)
    assert tuple(handler.access_token) == ("tok", "ts")


def test_a_private_token_file_loads_silently(tmp_path, recwarn):
    path = tmp_path / "auth.txt"
    AuthHandler.create("tok", "ts").save(path)
    AuthHandler.load(path)
    assert not recwarn.list


def test_overwrite_is_atomic_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "auth.txt"
    AuthHandler.create("a", "b").save(path)
    AuthHandler.create("c", "d").save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["auth.txt"]
    assert AuthHandler.load(path).access_token.key == "c"


@pytest.mark.parametrize("text", ["", "one line\n", "a\nb\nc\n"])
def test_bad_files_are_clear_errors(tmp_path, text):
    path = tmp_path / "auth.txt"
    path.write_text(text)
    with pytest.raises(AuthHandlerError, match="expected 2"):
        AuthHandler.load(path)


def test_missing_file_says_how_to_get_one(tmp_path):
    with pytest.raises(AuthHandlerError, match="flickr-api auth"):
        AuthHandler.load(tmp_path / "none.txt")


def test_set_auth_handler_without_argument_reads_the_default_file():
    from flickr_api.auth import default_token_path

    AuthHandler.create("tok", "ts").save(default_token_path())
    flickr_api.set_auth_handler()
    assert flickr_api.default_client().token() == ("tok", "ts")


def test_save_without_token_is_an_error(tmp_path):
    with pytest.raises(AuthHandlerError, match="authorize first"):
        AuthHandler().save(tmp_path / "x")


def test_dict_round_trip_for_web_apps():
    handler = AuthHandler(callback="https://app.example/cb", request_token_key="rk",
                          request_token_secret="rs")
    restored = AuthHandler.fromdict(handler.todict())
    assert restored.callback == "https://app.example/cb"
    assert tuple(restored.request_token) == ("rk", "rs")


def test_secrets_stay_out_of_reprs():
    handler = AuthHandler("key", "app-secret", access_token_key="tok",
                          access_token_secret="token-secret")
    text = repr(handler) + repr(handler.access_token) + str(handler)
    assert "app-secret" not in text and "token-secret" not in text


def test_bad_perms_are_refused_before_any_request():
    with pytest.raises(AuthHandlerError, match="'read', 'write' or 'delete'"):
        AuthHandler(request_token_key="rk", request_token_secret="rs").get_authorization_url(
            "admin")


def test_verifier_without_request_token():
    with pytest.raises(AuthHandlerError, match="get_authorization_url"):
        AuthHandler().set_verifier("123-456-789")
