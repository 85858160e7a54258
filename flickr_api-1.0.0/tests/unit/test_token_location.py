"""Where the token lives: one rule on every system, and the 1.0.x location still found."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib import metadata

import platformdirs
import pytest

import flickr_api
from flickr_api.auth import ENV_CONFIG_DIR, AuthHandler, default_token_path, saved_token_path


@pytest.fixture
def system(monkeypatch, tmp_path):
    """No folder override; platformdirs answers a folder unlike ``~/.config`` (as on macOS)."""
    monkeypatch.delenv(ENV_CONFIG_DIR)
    monkeypatch.setattr(platformdirs, "user_config_dir",
                        lambda name, appauthor=None: str(tmp_path / "Application Support" / name))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path


def test_platformdirs_is_a_dependency():
    requires = [r for r in metadata.requires("flickr_api") or [] if "extra ==" not in r]
    assert any(r.startswith("platformdirs") for r in requires)


def test_the_token_goes_to_the_platform_config_folder(system):
    assert default_token_path() == system / "Application Support" / "flickr_api" / "auth.txt"
    assert saved_token_path() == default_token_path()


def test_the_environment_variable_names_the_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "here"))
    assert default_token_path() == saved_token_path() == tmp_path / "here" / "auth.txt"


def test_a_token_saved_where_1_0_put_it_is_still_found(system):
    legacy = system / "xdg" / "flickr_api" / "auth.txt"
    AuthHandler.create("old", "os").save(legacy)
    assert saved_token_path() == legacy
    flickr_api.set_auth_handler()
    assert flickr_api.default_client().token() == ("old", "os")


def test_the_new_location_wins_over_the_old_one(system):
    AuthHandler.create("old", "os").save(system / "xdg" / "flickr_api" / "auth.txt")
    AuthHandler.create("new", "ns").save(default_token_path())
    flickr_api.set_auth_handler()
    assert flickr_api.default_client().token() == ("new", "ns")


INNER_TEST = '''
from flickr_api.auth import AuthHandler, default_token_path


def test_saves_a_token(tmp_path_factory):
    AuthHandler.create("emulator", "token").save(default_token_path())
    assert tmp_path_factory.getbasetemp() in default_token_path().parents
'''


def test_the_pytest_plugin_keeps_any_test_away_from_the_real_token(tmp_path):
    """A test with no conftest around it still saves its token in a temporary folder."""
    names = {ep.name for ep in metadata.entry_points(group="pytest11")}
    assert "flickr_api" in names, "the package's pytest plugin is not installed"
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    (project / "test_inner.py").write_text(textwrap.dedent(INNER_TEST))
    env = {k: v for k, v in os.environ.items()
           if k not in (ENV_CONFIG_DIR, "XDG_CONFIG_HOME", "PYTEST_ADDOPTS")}
    env.update(HOME=str(home), TMPDIR=str(tmp_path / "tmp"), PYTHONDONTWRITEBYTECODE="1")
    (tmp_path / "tmp").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_inner.py"],
        cwd=project, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert list(home.iterdir()) == []
