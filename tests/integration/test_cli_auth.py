"""`flickr-api auth` as a person runs it: the code pasted at the prompt, the loopback callback,
and a token taken over from flickrapi's cache."""

from __future__ import annotations

import json
import signal
import sqlite3
import stat
import threading
from urllib.parse import urljoin

import pytest
import requests
from cli_support import Cli, authorize_url_in, code_shown_at, running_cli


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):
    yield from running_cli(monkeypatch, capsys, tmp_path, photos=50)


def read_until_url(stream) -> str:
    """What the command wrote up to the authorization URL."""
    seen = ""
    while "/services/oauth/authorize?" not in seen:
        line = stream.readline()
        assert line, f"the command ended before showing the URL: {seen!r}"
        seen += line
    return seen


def test_code_pasted_at_the_prompt(cli):
    process = cli.spawn("auth")  # no display: prints the URL instead of opening a browser
    shown = read_until_url(process.stderr)
    assert "Open this page in a browser" in shown
    url = authorize_url_in(shown)
    assert "perms=write" in url
    out, err = process.communicate(code_shown_at(url) + "\n", timeout=30)
    assert process.returncode == 0, err
    assert "Authorized as alice (10000001@N01) with write permission." in out
    assert str(cli.token_file) in out
    assert stat.S_IMODE(cli.token_file.stat().st_mode) == 0o600
    lines = cli.token_file.read_text().split()
    assert lines[:2] == [cli.emu.api_key, cli.emu.api_secret] and len(lines) == 4
    assert cli.emu.api_secret not in out + err

    login = cli("call", "flickr.test.login")
    assert json.loads(login.out)["user"]["username"] == "alice"


class PersonAtTerminal:
    """Reads the URL the command printed, approves it, and types the answers given."""

    def __init__(self, cli: Cli, *answers) -> None:
        self.cli = cli
        self.answers = list(answers)
        self.seen = ""

    def readline(self) -> str:
        self.seen += self.cli.capsys.readouterr().err
        if not self.answers:
            return ""
        return self.answers.pop(0)(authorize_url_in(self.seen)) + "\n"


def test_a_wrong_code_can_be_typed_again(cli, tmp_path):
    person = PersonAtTerminal(
        cli,
        lambda url: "123-456-789",  # before approving on the page
        lambda url: code_shown_at(url)[::-1],  # a typo
        lambda url: code_shown_at(url).replace("-", ""),  # digits only work too
    )
    saved = tmp_path / "t.txt"
    result = cli("auth", "--perms", "read", "--json", "--save", str(saved), stdin=person)
    assert result.code == 0, person.seen + result.err
    assert "not accepted" in person.seen + result.err
    assert json.loads(result.out)["perms"] == "read"
    assert saved.exists()


def test_no_code_means_exit_3(cli):
    result = cli("auth", "--no-browser")
    assert result.code == 3
    assert "No code entered" in result.err
    assert not cli.token_file.exists()


def test_local_server_catches_the_redirect(cli, monkeypatch, tmp_path):
    visited = []

    def browser(url, new=0):
        def follow():
            redirect = requests.get(url, allow_redirects=False, timeout=5).headers["Location"]
            stray = requests.get(urljoin(redirect, "/favicon.ico"), timeout=5)
            other = requests.get(redirect.replace("oauth_token=", "oauth_token=x"), timeout=5)
            landed = requests.get(redirect, timeout=5)
            visited.extend([stray.status_code, other.status_code, landed.status_code])

        threading.Thread(target=follow, daemon=True).start()
        return True

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr("webbrowser.open", browser)
    saved = tmp_path / "elsewhere" / "token.txt"
    result = cli("auth", "--local-server", "--wait", "10", "--save", str(saved))
    assert result.code == 0, result.err
    assert "Your browser shows" in result.err
    assert visited == [404, 404, 200]
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert cli("--token", str(saved), "call", "flickr.test.login").code == 0


def test_local_server_without_a_browser_asks_for_the_code(cli, monkeypatch):
    """With no browser to catch the redirect here, it does not wait minutes for nothing."""
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr("webbrowser.open", lambda url, new=0: False)  # none installed
    person = PersonAtTerminal(cli, code_shown_at)
    result = cli("auth", "--local-server", "--perms", "read", "--json", stdin=person)
    seen = person.seen + result.err
    assert result.code == 0, seen
    assert "No browser opens on this machine" in seen and "Waiting up to" not in seen
    assert json.loads(result.out)["perms"] == "read"


def test_local_server_gives_up_after_the_wait(cli):
    result = cli("auth", "--local-server", "--no-browser", "--wait", "0.2")
    assert result.code == 3
    assert "No authorization reached" in result.err


def test_ctrl_c_while_waiting_exits_130(cli):
    process = cli.spawn("auth", "--local-server", "--wait", "30")
    read_until_url(process.stderr)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=10)
    assert process.returncode == 130
    assert "interrupted" in err


def test_auth_needs_keys(cli, monkeypatch):
    monkeypatch.delenv("FLICKR_API_KEY")
    result = cli("auth")
    assert result.code == 3
    assert "--api-key" in result.err and "FLICKR_API_KEY" in result.err


def flickrapi_cache(path, *rows):
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE oauth_tokens (api_key varchar(64) not null, lookup_key varchar(64) "
            "not null default '', oauth_token varchar(64) not null, oauth_token_secret "
            "varchar(64) not null, access_level varchar(6) not null, fullname varchar(255) not "
            "null, username varchar(255) not null, user_nsid varchar(64) not null, "
            "PRIMARY KEY(api_key, lookup_key))"
        )
        db.executemany("INSERT INTO oauth_tokens VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return path


def test_import_the_token_flickrapi_cached(cli, tmp_path):
    key, secret = cli.emu.token("delete")
    cache = flickrapi_cache(
        tmp_path / "oauth-tokens.sqlite",
        ("another-app", "", "1-a", "s", "read", "Bob", "bob", "10000002@N01"),
        (cli.emu.api_key, "", key, secret, "delete", "Alice Example", "alice", "10000001@N01"),
    )
    result = cli("auth", "--import-flickrapi", str(cache))
    assert result.code == 0, result.err
    assert "Authorized as alice (10000001@N01) with delete permission." in result.out
    assert cli.token_file.read_text().split()[2:] == [key, secret]
    assert cli("call", "flickr.test.login").code == 0


def test_import_asks_which_user_when_there_are_several(cli, tmp_path):
    alice, bob = cli.emu.token("read"), cli.emu.token("read", user="bob")
    cache = flickrapi_cache(
        tmp_path / "cache.sqlite",
        (cli.emu.api_key, "alice", *alice, "read", "Alice", "alice", "10000001@N01"),
        (cli.emu.api_key, "bob", *bob, "read", "Bob", "bob", "10000002@N01"),
    )
    result = cli("auth", "--import-flickrapi", str(cache))
    assert result.code == 3
    assert "several users (alice, bob): pick one with --user NAME" in result.err
    assert cli("auth", "--import-flickrapi", str(cache), "--user", "bob").code == 0
    login = json.loads(cli("call", "flickr.test.login").out)
    assert login["user"]["username"] == "bob"


def test_import_without_a_cache(cli, tmp_path):
    result = cli("auth", "--import-flickrapi", str(tmp_path / "missing.sqlite"))
    assert result.code == 3
    assert "No flickrapi token cache at" in result.err
