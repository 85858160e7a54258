"""Our client's side of each workload, written the way the README teaches.

Run as ``python bench/sides/ours.py WORKLOAD '{json settings}'`` with this repository on
PYTHONPATH.
"""

from __future__ import annotations

from typing import Any, Dict

from measure import measure, run

import flickr_api
from flickr_api.auth import AuthHandler


def _connect(cfg: Dict[str, Any]) -> flickr_api.Client:
    """The classic set-up on the default client; the benchmark turns the rate limiter off."""
    flickr_api.set_keys(cfg["api_key"], cfg["api_secret"])
    flickr_api.set_auth_handler(AuthHandler.create(*cfg["token"]))
    flickr_api.set_base_url(cfg["base_url"])
    flickr_api.set_rate_limit(None)
    return flickr_api.default_client()


def login(cfg: Dict[str, Any]) -> Dict[str, Any]:
    client = _connect(cfg)

    def work() -> int:
        for _ in range(cfg["n"]):
            client.call("flickr.test.login")
        return cfg["n"]

    return measure(work, setup=lambda: client.call("flickr.test.login"))


if __name__ == "__main__":
    run({"login": login})
