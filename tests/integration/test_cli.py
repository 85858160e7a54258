"""The `flickr-api` command through the emulator: whoami, call, emulator, demo, options and
exit codes."""

from __future__ import annotations

import json
import re
import signal

import pytest
from cli_support import running_cli

from flickr_api.cli import main


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):
    yield from running_cli(monkeypatch, capsys, tmp_path, photos=50)


def test_whoami(cli):
    cli.save_token("delete")
    result = cli("whoami")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:2] == [
        "alice (10000001@N01), Alice Example", "permission: delete"]
    as_json = json.loads(cli("whoami", "--json").out)
    assert as_json["username"] == "alice" and as_json["perms"] == "delete"
    assert json.loads(cli("--json", "whoami").out) == as_json


def test_whoami_before_auth_exits_3(cli):
    result = cli("whoami")
    assert result.code == 3
    assert result.err == (
        "flickr-api: error: Not authorized yet: run `flickr-api auth` first (or pass --token "
        "FILE)\n")


def test_a_revoked_token_exits_3(cli):
    cli.token_file.parent.mkdir(parents=True)
    cli.token_file.write_text("72157000000000000-0000000000000000\n0123456789abcdef\n")
    result = cli("whoami")
    assert result.code == 3
    assert result.err.rstrip().endswith("Authorize with: flickr-api auth")
    assert "token_rejected" in result.err and "0123456789abcdef" not in result.err


def test_token_option_names_the_file(cli, tmp_path):
    path = cli.save_token("read", tmp_path / "bob.txt")
    assert cli("--token", str(path), "whoami").code == 0
    missing = cli("whoami", "--token", str(tmp_path / "nope.txt"))
    assert missing.code == 3 and "No token file at" in missing.err


def test_call_prints_the_reply_as_json(cli):
    result = cli("call", "flickr.photos.search", "user_id=10000001@N01", "per_page=5")
    assert result.code == 0, result.err
    reply = json.loads(result.out)
    assert reply["stat"] == "ok" and len(reply["photos"]["photo"]) == 5
    assert cli.emu.count("flickr.photos.search") == 1


def test_call_rest_format_prints_the_xml(cli):
    result = cli("call", "flickr.people.findByUsername", "username=alice", "format=rest")
    assert result.code == 0
    assert '<rsp stat="ok">' in result.out and 'nsid="10000001@N01"' in result.out


def test_call_is_checked_against_the_catalog(cli):
    unknown = cli("call", "flickr.photos.serch", "tags=cat")
    assert unknown.code == 2
    assert "did you mean flickr.photos.search" in unknown.err
    bad_pair = cli("call", "flickr.photos.search", "tags")
    assert bad_pair.code == 2 and "Expected NAME=VALUE" in bad_pair.err
    assert cli("call", "photos.search").code == 2
    assert cli.emu.count() == 0


#: What a shell user cannot act on: Python calls and names.
PYTHON_HINTS = ("dir(", "call_api", "flickr_api.")


def test_call_errors_give_shell_advice_not_python(cli):
    method = cli("call", "flickr.photos.nosuchmethod")
    argument = cli("call", "flickr.photos.search", "nosucharg=1")
    for result in (method, argument):
        assert result.code == 2
        assert not any(hint in result.err for hint in PYTHON_HINTS), result.err
        assert "flickr-api call --unchecked" in result.err
    unchecked = cli("call", "--unchecked", "flickr.test.echo", "nosucharg=1")
    assert unchecked.code == 0, unchecked.err
    assert json.loads(unchecked.out)["nosucharg"] == "1"


def test_call_that_needs_a_login_without_a_token_exits_3(cli):
    result = cli("call", "flickr.photos.delete", "photo_id=1")
    assert result.code == 3
    assert "run `flickr-api auth`" in result.err


def test_flickr_errors_are_one_line_with_exit_1(cli):
    result = cli("call", "flickr.photos.getInfo", "photo_id=1")
    assert result.code == 1
    assert result.err == (
        'flickr-api: error: Flickr error 1 (flickr.photos.getInfo): Photo "1" not found '
        "(invalid ID)\n")


def test_missing_permission_says_how_to_authorize(cli):
    cli.save_token("read")
    photo = json.loads(cli("call", "flickr.photos.search", "user_id=me", "per_page=1").out)
    photo_id = photo["photos"]["photo"][0]["id"]
    result = cli("call", "flickr.photos.delete", f"photo_id={photo_id}")
    assert result.code == 3
    assert result.err.rstrip().endswith("Authorize with: flickr-api auth --perms delete")


def test_debug_shows_the_traceback(cli):
    result = cli("--debug", "call", "flickr.photos.getInfo", "photo_id=1")
    assert result.code == 1
    assert "Traceback (most recent call last)" in result.err


def test_network_error_exits_4(cli):
    result = cli("--base-url", "http://127.0.0.1:9", "--retries", "0", "call", "flickr.test.echo")
    assert result.code == 4
    assert len(result.err.splitlines()) == 1


def test_keys_and_base_url_as_options(cli, monkeypatch):
    for name in ("FLICKR_API_BASE_URL", "FLICKR_API_KEY", "FLICKR_API_SECRET"):
        monkeypatch.delenv(name)
    assert cli("call", "flickr.test.echo").code == 3  # no keys
    emu = cli.emu
    result = cli("call", "flickr.test.echo", "hello=world", "--base-url", emu.base_url,
                 "--api-key", emu.api_key, "--api-secret", emu.api_secret)
    assert result.code == 0, result.err
    assert json.loads(result.out)["hello"] == "world"


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    assert main(["whoami", "--no-such-option"]) == 2
    assert main(["--version"]) == 0
    assert re.match(r"flickr-api \d+\.\d+", capsys.readouterr().out)


def test_emulator_command(cli):
    process = cli.spawn("emulator", "--photos", "20", "--port", "0")
    lines = [process.stdout.readline() for _ in range(4)]
    base_url = lines[0].split()[-1]
    key, secret = lines[1].split()[-1], lines[2].split()[-1]
    try:
        result = cli("--base-url", base_url, "--api-key", key, "--api-secret", secret,
                     "call", "flickr.people.findByUsername", "username=alice")
        assert json.loads(result.out)["user"]["nsid"] == "10000001@N01"
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
    assert process.returncode == 0


def _options(parser) -> set[str]:
    return {o for action in parser._actions for o in action.option_strings}


def test_emulator_and_demo_take_only_options_that_mean_something_there():
    from flickr_api.cli import build_parser
    from flickr_api.testing.__main__ import build_parser as emulator_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    assert _options(commands["emulator"]) == _options(emulator_parser())
    assert not {"--token", "--base-url", "--json", "--retries"} & _options(commands["emulator"])
    assert _options(commands["demo"]) == {"-h", "--help"}
    assert "--token" in _options(commands["whoami"])


def test_demo(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Authorized as alice" in out and "requests reached the emulator" in out
