"""A backup run in a process of its own, killed (SIGKILL) at its Nth HTTP request.

    python backup_child.py CONFIG.json

CONFIG holds the emulator's base URL and keys, a token, the destination, the backup's
options and ``kill_at`` (0: never). Exit code 0 when the run completed.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading

import requests

from flickr_api import Client
from flickr_api.auth import AuthHandler
from flickr_api.backup import backup


class KillingSession(requests.Session):
    """Sends requests, until the Nth: then the process dies on the spot."""

    def __init__(self, kill_at: int) -> None:
        super().__init__()
        self.kill_at = kill_at
        self.sent = 0
        self.lock = threading.Lock()

    def send(self, request, **kwargs):
        with self.lock:
            self.sent += 1
            if self.sent == self.kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return super().send(request, **kwargs)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as stream:
        config = json.load(stream)
    client = Client(api_key=config["api_key"], api_secret=config["api_secret"],
                    base_url=config["base_url"], rate_limit=None,
                    session=KillingSession(config["kill_at"]),
                    auth_handler=AuthHandler(access_token_key=config["token"],
                                             access_token_secret=config["token_secret"]))
    backup(config["destination"], client=client, **config["options"])


if __name__ == "__main__":
    main()
