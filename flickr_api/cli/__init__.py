"""The ``flickr-api`` command."""

from __future__ import annotations

import argparse
from typing import Optional, Sequence

__all__ = ["main"]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="flickr-api", description="Flickr from the shell.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("demo", help="the whole flow against a built-in Flickr emulator")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from flickr_api.demo import run_demo

        run_demo()
    return 0
