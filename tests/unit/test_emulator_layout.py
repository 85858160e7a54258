"""Where the emulator's code lives: one handler module per Flickr namespace, the server-side
OAuth library used only inside ``flickr_api.testing``."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, Iterator, Mapping, Tuple

import flickr_api
from flickr_api import _catalog
from flickr_api.testing._handlers import HANDLERS, NAMESPACE_MODULES, namespace_of
from flickr_api.testing._protocol import Ctx, Handler, Payload

PACKAGE = Path(flickr_api.__file__).resolve().parent  # the source tree or an installed copy

#: Modules outside flickr_api.testing that start the emulator, and why.
EMULATOR_ENTRY_POINTS = {
    "flickr_api/demo.py": "the offline demo runs against an emulator",
    "flickr_api/cli/_basic.py": "the 'emulator' command starts one",
}


def _misplaced(handlers: Mapping[str, Handler]) -> Dict[str, str]:
    """Methods whose handler lives in a module named for another namespace."""
    return {name: handler.__module__ for name, handler in handlers.items()
            if namespace_of(handler.__module__) != name.rsplit(".", 1)[0]}


def test_every_method_is_served_by_the_module_named_for_its_namespace():
    assert _misplaced(HANDLERS) == {}


def test_a_handler_in_another_namespace_module_is_caught():
    def get_user_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
        return {}

    get_user_photos.__module__ = "flickr_api.testing._handlers.people"
    assert _misplaced({"flickr.urls.getUserPhotos": get_user_photos}) == {
        "flickr.urls.getUserPhotos": "flickr_api.testing._handlers.people"}


def test_every_namespace_module_serves_methods_of_a_real_namespace():
    namespaces = {name.rsplit(".", 1)[0] for name in _catalog.methods()}
    served = {handler.__module__.rsplit(".", 1)[1] for handler in HANDLERS.values()}
    assert served == set(NAMESPACE_MODULES)
    assert {namespace_of(module) for module in NAMESPACE_MODULES} <= namespaces


def _imports(path: Path) -> Iterator[Tuple[str, str]]:
    """(module, name) of every import in a file, function-level ones included."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ""
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                yield node.module, alias.name


def _is_oauth_server_side(module: str, name: str) -> bool:
    return ("endpoints" in module or "request_validator" in module
            or name.endswith("Endpoint") or name == "RequestValidator")


def test_oauth_server_code_and_the_emulator_stay_inside_flickr_api_testing():
    outside = [p for p in PACKAGE.rglob("*.py") if "testing" not in p.relative_to(PACKAGE).parts]
    assert outside
    server_side, emulator_users = [], set()
    for path in outside:
        where = path.relative_to(PACKAGE.parent).as_posix()
        for module, name in _imports(path):
            if module.startswith("oauthlib") and _is_oauth_server_side(module, name):
                server_side.append((where, module, name))
            if module.startswith("flickr_api.testing"):
                emulator_users.add(where)
    assert server_side == []
    assert emulator_users <= set(EMULATOR_ENTRY_POINTS)


def test_the_emulator_does_verify_with_oauthlib_server_endpoints():
    found = [(module, name) for module, name in _imports(PACKAGE / "testing" / "_oauth.py")
             if module.startswith("oauthlib") and _is_oauth_server_side(module, name)]
    assert found
