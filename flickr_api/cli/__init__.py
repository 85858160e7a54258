"""The ``flickr-api`` command (also ``python -m flickr_api``).

Exit codes: 0 ok, 1 Flickr or transfer error, 2 usage error, 3 authorization needed or
refused, 4 network error, 130 interrupted. Errors are one line on stderr; ``--debug`` adds the
traceback and logs each HTTP request.
"""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from flickr_api._version import __version__
from flickr_api.cli._context import Commands, Context, common_options
from flickr_api.cli._exit import CommandError, ExitCode, exit_code_for, message_for
from flickr_api.errors import FlickrError

__all__ = ["ExitCode", "build_parser", "main", "run"]

_EPILOG = """\
exit codes: 0 ok, 1 Flickr error, 2 usage error, 3 authorization needed or refused,
4 network error, 130 interrupted.

Start with `flickr-api demo` (offline), then `flickr-api auth` with your own API keys."""


def build_parser() -> argparse.ArgumentParser:
    from flickr_api.cli import _auth, _backup, _basic, _transfer

    parser = argparse.ArgumentParser(
        prog="flickr-api", parents=[common_options(inherited=False)],
        description="Flickr from the shell: authorize, call any method, upload and download.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"flickr-api {__version__}")
    commands = Commands(
        parser.add_subparsers(dest="command", required=True, metavar="COMMAND"),
        common_options(inherited=True),
    )
    for module in (_auth, _basic, _transfer, _backup):
        module.add_parsers(commands)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return int(exc.code or 0)
    if args.debug:  # our own log only: urllib3's would show whole URLs
        import logging  # (here, not at the top: `--help` stays quick)

        logging.basicConfig(stream=sys.stderr, format="%(asctime)s %(name)s %(message)s")
        logging.getLogger("flickr_api").setLevel(logging.DEBUG)
    ctx = Context(args)
    try:
        return int(args.run(ctx))
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        import contextlib
        import os

        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return int(ExitCode.FLICKR)
    except (Exception, KeyboardInterrupt) as error:
        expected = isinstance(error, (FlickrError, CommandError, KeyboardInterrupt, OSError))
        if args.debug or not expected:  # an unexpected error is a bug: show where
            import traceback

            traceback.print_exc(file=sys.stderr)
        print(f"flickr-api: error: {message_for(error)}", file=sys.stderr)
        return int(exit_code_for(error))


def run() -> int:
    """The ``flickr-api`` program: :func:`main` in a process of its own, whose C allocator it
    may tune (see :mod:`flickr_api.cli._allocator`)."""
    from flickr_api.cli._allocator import pin_malloc_thresholds

    pin_malloc_thresholds()
    return main()
