"""``python -m flickr_api.testing``: run the Flickr emulator until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from flickr_api.testing._command import add_options, run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m flickr_api.testing",
        description="Serve an offline Flickr (REST, OAuth, uploads, images) on 127.0.0.1.",
    )
    add_options(parser)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
