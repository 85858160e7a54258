"""What every command shares: the common options, the client they build, and the output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, TextIO

from flickr_api.cli._exit import CommandError, ExitCode

if TYPE_CHECKING:
    from flickr_api.auth import AuthHandler
    from flickr_api.client import Client

__all__ = ["Commands", "Context", "LazyChoices", "common_options"]


class LazyChoices:
    """An option's choices, loaded when first needed (checking a value, that command's
    ``--help``), so that building the parser imports nothing heavy. Give the option a
    ``metavar``: argparse would otherwise list the choices as the parser is built."""

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load = load
        self._names: Optional[list[str]] = None

    def _loaded(self) -> list[str]:
        if self._names is None:
            self._names = sorted(self._load())
        return self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __contains__(self, name: object) -> bool:
        return name in self._loaded()


def common_options(*, inherited: bool) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name.

    ``inherited`` parsers (one per command) leave unset options alone, so ``flickr-api --json
    whoami`` and ``flickr-api whoami --json`` mean the same.
    """

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if inherited else value

    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("common options")
    group.add_argument("--api-key", metavar="KEY", default=default(None),
                       help="API key (default: FLICKR_API_KEY, then flickr_keys.py)")
    group.add_argument("--api-secret", metavar="SECRET", default=default(None),
                       help="API secret (default: FLICKR_API_SECRET, then flickr_keys.py)")
    group.add_argument("--base-url", metavar="URL", default=default(None),
                       help="talk to another Flickr, e.g. an emulator at http://127.0.0.1:8000 "
                            "(default: FLICKR_API_BASE_URL)")
    group.add_argument("--token", metavar="FILE", default=default(None),
                       help="token file (default: the one `flickr-api auth` saved)")
    group.add_argument("--retries", type=int, metavar="N", default=default(None),
                       help="retry failed requests up to N times (default: 3)")
    group.add_argument("-q", "--quiet", action="store_true", default=default(False),
                       help="no progress bars or messages; only data and errors")
    group.add_argument("--json", action="store_true", default=default(False),
                       help="print data as JSON")
    group.add_argument("--debug", action="store_true", default=default(False),
                       help="log HTTP requests and show tracebacks")
    return parser


class Commands:
    """The commands being declared; each takes the common options and names its run function."""

    def __init__(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
        self._subparsers = subparsers
        self._common = common

    def add(self, name: str, run: Callable[[Context], int], summary: str,
            description: str, *, common: bool = True) -> argparse.ArgumentParser:
        """A command; ``common=False`` for one the common options mean nothing to."""
        parser: argparse.ArgumentParser = self._subparsers.add_parser(
            name, parents=[self._common] if common else [], help=summary,
            description=description)
        parser.set_defaults(run=run)
        return parser


class Context:
    """One run of a command: its parsed options and where its output goes."""

    def __init__(self, args: argparse.Namespace, stdin: Optional[TextIO] = None,
                 stdout: Optional[TextIO] = None, stderr: Optional[TextIO] = None) -> None:
        self.args = args
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    # -- output ----------------------------------------------------------------------------
    def say(self, message: str) -> None:
        """A message for the person at the terminal (stderr; silenced by --quiet)."""
        if not self.args.quiet:
            print(message, file=self.stderr, flush=True)

    def emit(self, data: Any, lines: Iterable[str] = ()) -> None:
        """Command output: ``data`` as JSON with --json, otherwise ``lines`` of text."""
        if self.args.json:
            json.dump(data, self.stdout, indent=2, ensure_ascii=False)
            self.stdout.write("\n")
        else:
            for line in lines:
                print(line, file=self.stdout)
        self.stdout.flush()

    def progress(self, total: Optional[float], unit: str, description: str) -> Any:
        """A tqdm bar on stderr, or a silent stand-in (--quiet, not a terminal, no tqdm)."""
        from flickr_api.cli._progress import progress_bar

        show = not self.args.quiet and self.stderr.isatty()
        return progress_bar(total, unit, description, self.stderr if show else None)

    # -- the client ------------------------------------------------------------------------
    def token_path(self, *, saving: bool = False) -> Path:
        """``--token``, else the default token file (to read: also where 1.0.x saved it)."""
        from flickr_api.auth import default_token_path, saved_token_path

        if self.args.token:
            return Path(self.args.token).expanduser()
        return default_token_path() if saving else saved_token_path()

    def client(self, *, authorized: bool = True) -> Client:
        """A client from the options, with the saved token when there is one.

        ``authorized`` commands fail with exit code 3 when there is no token to use.
        """
        client = self.bare_client()
        path = self.token_path()
        if self.args.token or path.exists():
            self.use_handler(client, self.load_handler(path))
        elif authorized:
            raise CommandError(
                "Not authorized yet: run `flickr-api auth` first (or pass --token FILE)",
                ExitCode.AUTH,
            )
        return client

    def bare_client(self) -> Client:
        """A client from the keys and base URL options, without a token."""
        from flickr_api.client import Client

        args = self.args
        client = Client(api_key=args.api_key, api_secret=args.api_secret,
                        base_url=args.base_url)
        if args.retries is not None:
            client.set_retry_config(max_retries=args.retries)
        return client

    @staticmethod
    def load_handler(path: Path) -> AuthHandler:
        from flickr_api.auth import AuthHandler

        return AuthHandler.load(path)

    def use_handler(self, client: Client, handler: AuthHandler) -> None:
        """Sign with ``handler``; keys saved beside the token serve when none is configured."""
        from flickr_api.keys import find_keys

        client.set_auth_handler(handler)
        configured, _ = find_keys(self.args.api_key, self.args.api_secret, required=False)
        if not configured and handler.key and handler.secret:
            client.set_keys(handler.key, handler.secret)
