"""The emulator as a command: its options and its run, shared by ``python -m
flickr_api.testing`` and ``flickr-api emulator`` so that both take the same options."""

from __future__ import annotations

import argparse

__all__ = ["add_options", "run"]


def add_options(parser: argparse.ArgumentParser) -> None:
    """Declare the emulator's options on ``parser``."""
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


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl-C or SIGTERM, after printing the address, keys and tokens."""
    import signal
    import threading

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
