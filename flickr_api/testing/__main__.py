"""``python -m flickr_api.testing``: run the Flickr emulator until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flickr_api.testing",
        description="Serve an offline Flickr (REST, OAuth, uploads, images) on 127.0.0.1.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument("--api-key", help="the app's API key (default: generated)")
    parser.add_argument("--api-secret", help="the app's API secret (default: generated)")
    parser.add_argument("--photos", type=int, default=3000, help="photos in the dataset")
    parser.add_argument("--seed", type=int, default=0, help="dataset seed")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    parser.add_argument("--auto-approve", action="store_true",
                        help="approve authorizations at once as the default user, without the "
                             "page a person clicks (for scripts)")
    args = parser.parse_args(argv)

    from flickr_api.testing import FlickrEmulator

    emulator = FlickrEmulator(
        args.api_key,
        args.api_secret,
        photos=args.photos,
        seed=args.seed,
        latency=args.latency,
        host=args.host,
        port=args.port,
        authorize_page=not args.auto_approve,
    )
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with emulator:
        user = emulator.approving_user()
        print(f"Flickr emulator at {emulator.base_url}")
        print(f"API key:    {emulator.api_key}")
        print(f"API secret: {emulator.api_secret}")
        print(f"User:       {user.username} ({user.nsid})")
        for perms in ("read", "write", "delete"):
            token, secret = emulator.token(perms)
            print(f"{perms + ' token:':<14}{token} {secret}")
        print("Press Ctrl-C to stop.", flush=True)
        try:
            while not done.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    print("Stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
