"""``flickr-api auth``: authorize this machine once, and keep the token for later commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from flickr_api.auth import PERMS, AuthHandler
from flickr_api.cli._context import Commands, Context
from flickr_api.cli._exit import CommandError, ExitCode
from flickr_api.errors import AuthHandlerError, FlickrAuthError

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["add_parsers", "run"]

ATTEMPTS = 3
#: OAuth problems a person fixes by typing the code again (a typo; not approved yet).
_TRY_AGAIN = frozenset({"verifier_invalid", "token_rejected"})


def add_parsers(commands: Commands) -> None:
    parser = commands.add(
        "auth", run, "authorize this machine and save the token",
        "Authorize flickr-api to use your Flickr account, then save the token (readable only "
        "by you) where later commands find it.",
    )
    parser.add_argument("--perms", choices=PERMS, default="write",
                        help="the access to ask for (default: write)")
    parser.add_argument("--save", metavar="FILE",
                        help="where to save the token (default: --token, or the user config "
                             "dir's flickr_api/auth.txt)")
    parser.add_argument("--no-browser", action="store_true",
                        help="only print the URL; do not open a browser")
    parser.add_argument("--local-server", action="store_true",
                        help="catch Flickr's redirect on a loopback port instead of asking for "
                             "the code")
    parser.add_argument("--port", type=int, default=0,
                        help="loopback port for --local-server (default: any free port)")
    parser.add_argument("--wait", type=float, default=300, metavar="SECONDS",
                        help="how long --local-server waits for the browser (default: 300)")
    parser.add_argument("--import-flickrapi", nargs="?", metavar="PATH", default=None,
                        const="~/.flickr/oauth-tokens.sqlite",
                        help="take the token the flickrapi package cached (default PATH: "
                             "~/.flickr/oauth-tokens.sqlite) instead of authorizing again")
    parser.add_argument("--user", metavar="NAME",
                        help="with --import-flickrapi: whose token, when it has several")


def run(ctx: Context) -> int:
    args = ctx.args
    if args.import_flickrapi:
        return _import_flickrapi(ctx, Path(args.import_flickrapi))
    client = ctx.bare_client()
    if args.local_server:
        handler = _authorize_with_callback(ctx, client)
    else:
        handler = _authorize_with_code(ctx, client)
    return _finish(ctx, handler, args.perms)


def _save_path(ctx: Context) -> Path:
    return Path(ctx.args.save).expanduser() if ctx.args.save else ctx.token_path(saving=True)


def _show(ctx: Context, url: str, then: str, opened: bool) -> None:
    where = "Your browser shows" if opened else "Open this page in a browser: it shows"
    print(f"{where} Flickr's authorization page:\n\n    {url}\n\n{then}",
          file=ctx.stderr, flush=True)


def _open_browser(url: str) -> bool:
    """Open ``url`` in a graphical browser, when this machine has a display."""
    import webbrowser  # (here, not at the top: `--help` stays quick)

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return False  # a text browser would take over the terminal we prompt in
    try:
        return webbrowser.open(url, new=2)
    except webbrowser.Error:
        return False


def _authorize_with_code(ctx: Context, client: Client) -> AuthHandler:
    """Out of band: Flickr shows a code (123-456-789) that the person pastes here."""
    handler = AuthHandler(*client.keys(), client=client)
    url = handler.get_authorization_url(ctx.args.perms)
    opened = not ctx.args.no_browser and _open_browser(url)
    _show(ctx, url, "After you click \"OK, I'll authorize it\", Flickr shows a code like "
                    "123-456-789. Paste it here (or the whole address of the page you landed "
                    "on).", opened)
    for attempt in range(1, ATTEMPTS + 1):
        print("Code: ", end="", file=ctx.stderr, flush=True)
        line = ctx.stdin.readline()
        if not line:
            raise CommandError("No code entered: run `flickr-api auth` again", ExitCode.AUTH)
        try:
            handler.set_verifier(line)
            return handler
        except (AuthHandlerError, FlickrAuthError) as error:
            if attempt == ATTEMPTS or (
                isinstance(error, FlickrAuthError) and error.problem not in _TRY_AGAIN
            ):
                raise
            print(f"That was not accepted ({error}). Try again.", file=ctx.stderr, flush=True)
    raise AssertionError("unreachable")


def _authorize_with_callback(ctx: Context, client: Client) -> AuthHandler:
    """Flickr redirects the browser to a loopback server of ours, carrying the verifier."""
    from flickr_api.cli._loopback import CallbackServer

    try:
        server = CallbackServer(ctx.args.port)
    except OSError as exc:
        raise CommandError(f"Cannot listen on 127.0.0.1:{ctx.args.port} ({exc.strerror}): "
                           "pick another --port") from None
    with server:
        handler = AuthHandler(*client.keys(), callback=server.url, client=client)
        url = handler.get_authorization_url(ctx.args.perms)
        assert handler.request_token is not None
        server.expect(handler.request_token.key)
        opened = not ctx.args.no_browser and _open_browser(url)
        if not opened and not ctx.args.no_browser:  # (with --no-browser, the person opens it)
            print("No browser opens on this machine to catch Flickr's redirect: paste the "
                  "code instead.", file=ctx.stderr, flush=True)
            return _authorize_with_code(ctx, client)
        _show(ctx, url, f"Waiting up to {ctx.args.wait:g} s for Flickr to send your browser "
                        f"back to {server.url} ...", opened)
        handler.set_verifier(server.wait(ctx.args.wait))
    return handler


def _finish(ctx: Context, handler: AuthHandler, perms: str) -> int:
    path = _save_path(ctx)
    handler.save(path, include_api_keys=bool(handler.key and handler.secret))
    user = {"username": handler.username, "user_nsid": handler.user_nsid,
            "fullname": handler.fullname, "perms": perms, "token_file": str(path)}
    ctx.emit(user, [
        f"Authorized as {handler.username} ({handler.user_nsid}) with {perms} permission.",
        f"Token saved to {path} (readable only by you).",
    ])
    ctx.say("Next: flickr-api whoami")
    return ExitCode.OK


def _import_flickrapi(ctx: Context, cache: Path) -> int:
    from flickr_api.cli._flickrapi_tokens import find_token, read_tokens
    from flickr_api.keys import find_keys

    key, secret = find_keys(ctx.args.api_key, ctx.args.api_secret, required=False)
    token = find_token(read_tokens(cache), key or None, ctx.args.user)
    handler = AuthHandler(token.api_key if secret else None, secret or None,
                          access_token_key=token.token, access_token_secret=token.token_secret)
    handler.user_nsid, handler.username = token.user_nsid, token.username
    handler.fullname = token.fullname
    if secret:
        client = ctx.bare_client()
        ctx.use_handler(client, handler)
        handler.check()  # proves the token works before saving it
    else:
        ctx.say(f"Note: this token works only with API key {token.api_key}; set "
                "FLICKR_API_KEY and FLICKR_API_SECRET (or flickr_keys.py) to that key.")
    return _finish(ctx, handler, token.access_level)
