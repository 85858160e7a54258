"""``python -m flickr_api.testing.conformance [--live] [--write]``: run the battery and report.

Without ``--live`` it runs against a fresh emulator. With ``--live`` it uses the API key
(FLICKR_API_KEY / FLICKR_API_SECRET or flickr_keys.py) and the token file ``flickr-api auth``
saved (or ``--token FILE``) against real Flickr, read-only unless ``--write``, and writes every
reply it saw, secrets redacted, as captures. Nothing secret is ever printed.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path
from typing import Iterator, List, Optional, Sequence

from flickr_api._endpoints import Endpoints
from flickr_api.testing.conformance._captures import write_captures
from flickr_api.testing.conformance._probe import Probe, Target
from flickr_api.testing.conformance._run import Outcome, run_checks

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m flickr_api.testing.conformance",
        description="Check what flickr_api assumes about Flickr: against the emulator, or "
                    "with --live against real Flickr (a maintainer's keys and token).")
    parser.add_argument("--live", action="store_true",
                        help="real Flickr: keys from FLICKR_API_KEY/FLICKR_API_SECRET or "
                             "flickr_keys.py, the token `flickr-api auth` saved")
    parser.add_argument("--write", action="store_true",
                        help="also upload a private throwaway photo, edit it and delete it "
                             "(needs a token with delete access)")
    parser.add_argument("--token", metavar="FILE",
                        help="with --live: the token file (default: where `flickr-api auth` "
                             "saves)")
    parser.add_argument("--captures", metavar="DIR",
                        help="write the replies seen here (default with --live: "
                             "./flickr-replies-DATE)")
    return parser


@contextlib.contextmanager
def _emulator() -> Iterator[Target]:
    from flickr_api.testing import FlickrEmulator

    with FlickrEmulator(photos=300) as emu:
        token, secret = emu.token("delete")
        yield Target("the emulator", Endpoints(emu.base_url), emu.api_key, emu.api_secret,
                     token, secret)


@contextlib.contextmanager
def _flickr(token_file: Optional[str]) -> Iterator[Target]:
    from flickr_api.auth import AuthHandler, default_token_path
    from flickr_api.keys import find_keys

    handler = AuthHandler.load(token_file or default_token_path())
    if handler.access_token is None:
        raise SystemExit("the token file holds no access token: run `flickr-api auth`")
    key, secret = (handler.key, handler.secret) if handler.key and handler.secret else (
        find_keys())
    token = handler.access_token
    yield Target("Flickr", Endpoints(), key, secret, token.key, token.secret)


def report(outcomes: Sequence[Outcome]) -> List[str]:
    """The report's lines: one per check, then the totals."""
    lines = [f"{o.result:4}  {o.check.area:8} {o.check.says}" + (f": {o.detail}" if o.detail
                                                                 else "") for o in outcomes]
    counts = {word: sum(o.result == word for o in outcomes) for word in ("pass", "FAIL", "skip")}
    lines.append(f"{counts['pass']} passed, {counts['FAIL']} failed, {counts['skip']} skipped")
    return lines


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    if args.token and not args.live:
        raise SystemExit("--token only makes sense with --live")
    captures = args.captures or (
        f"flickr-replies-{time.strftime('%Y%m%d-%H%M%S')}" if args.live else None)
    with _flickr(args.token) if args.live else _emulator() as target:
        probe = Probe(target)
        mode = "read-only" if not args.write else "with writes on a throwaway photo"
        print(f"Conformance checks against {target.name}, {mode}", file=sys.stderr)
        try:
            outcomes = run_checks(probe, write=args.write)
        finally:
            probe.close()
        for line in report(outcomes):
            print(line)
        if captures:
            files = write_captures(Path(captures), probe.seen, target.name)
            print(f"{len(files)} replies written to {captures}/ (secrets redacted)")
    return 1 if any(o.result == "FAIL" for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
