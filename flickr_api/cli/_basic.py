"""``flickr-api whoami``, ``call``, ``emulator`` and ``demo``."""

from __future__ import annotations

import functools
from typing import Any

from flickr_api.cli._context import Commands, Context
from flickr_api.cli._exit import CommandError, ExitCode
from flickr_api.testing._command import add_options as add_emulator_options

__all__ = ["add_parsers"]


def add_parsers(commands: Commands) -> None:
    commands.add("whoami", run_whoami, "who the saved token is for",
                 "Show the user and permission of the token.")

    call = commands.add(
        "call", run_call, "call any Flickr method and print the reply as JSON",
        "Call any Flickr method, checked against Flickr's method catalog, and print the reply "
        "as JSON. Example: flickr-api call flickr.photos.search tags=cat per_page=5",
    )
    call.add_argument("method", help="the method, e.g. flickr.photos.search")
    call.add_argument("arguments", nargs="*", metavar="NAME=VALUE", help="its arguments")
    call.add_argument("--unchecked", action="store_true",
                      help="send the method and arguments as given, without checking them "
                           "against the catalog (for what Flickr added after this release)")

    emulator = commands.add(
        "emulator", run_emulator, "run an offline Flickr on 127.0.0.1",
        "Serve the Flickr emulator (REST, OAuth, uploads, images) until Ctrl-C; point any "
        "command at it with --base-url and the keys it prints. The same as "
        "`python -m flickr_api.testing`.",
        common=False,
    )
    add_emulator_options(emulator)

    commands.add("demo", run_demo, "the whole flow against a built-in Flickr emulator",
                 "Start an emulator and walk through keys, authorization, calls, objects and a "
                 "download. Nothing leaves this machine.", common=False)


def run_whoami(ctx: Context) -> int:
    client = ctx.client()
    assert client.auth_handler is not None
    info = client.auth_handler.check()
    info["token_file"] = str(ctx.token_path())
    ctx.emit(info, [
        f"{info['username']} ({info['nsid']}), {info['fullname'] or 'no full name'}",
        f"permission: {info['perms']}",
        f"token file: {info['token_file']}",
    ])
    return ExitCode.OK


def parse_arguments(pairs: list[str]) -> dict[str, str]:
    """``["tags=cat", "per_page=5"]`` -> ``{"tags": "cat", "per_page": "5"}``."""
    arguments: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CommandError(f"Expected NAME=VALUE, got {pair!r} (e.g. tags=cat)")
        arguments[name] = value
    return arguments


def run_call(ctx: Context) -> int:
    from flickr_api import _catalog

    method: str = ctx.args.method
    if not method.startswith("flickr."):
        raise CommandError(f"Flickr methods start with 'flickr.': did you mean flickr.{method}?")
    arguments = parse_arguments(ctx.args.arguments)
    spec = _catalog.get(method)
    client = ctx.client(authorized=bool(spec and spec.needslogin))
    if ctx.args.unchecked:
        from flickr_api.method_call import call_api

        reply = call_api(method, client=client, **arguments)
    else:
        function: Any = functools.reduce(getattr, method.split(".")[1:], client.api)
        reply = function(**arguments)
    if isinstance(reply, bytes):  # format=rest: Flickr's XML, as it came
        ctx.stdout.write(reply.decode("utf-8"))
        ctx.stdout.flush()
        return ExitCode.OK
    ctx.args.json = True
    ctx.emit(reply)
    return ExitCode.OK


def run_emulator(ctx: Context) -> int:
    from flickr_api.testing._command import run

    return run(ctx.args)


def run_demo(ctx: Context) -> int:
    from flickr_api.demo import run_demo

    run_demo(say=lambda line: print(line, file=ctx.stdout, flush=True))
    return ExitCode.OK
