"""The emulator, served from its own process so its CPU never counts against a client.

``python bench/sides/serve.py '{"photos": 25000}'`` prints one JSON line (base URL, keys, an
access token, notable ids), then answers commands read from stdin, one JSON line each:

- ``latency SECONDS``: add this delay to every request from now on;
- ``cache on`` / ``cache off``: serve repeated read calls from a reply cache (see ReplyCache);
- ``log``: the requests seen since the last ``log`` as ``[flickr_method, path]`` pairs;
- ``traffic``: ``[requests, bytes]`` of the REST replies since the last ``traffic``;
- ``uploads``: the sizes of the files uploaded so far.

End of input stops the server.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import threading
from typing import Any, Callable, Dict, Optional, Tuple

from flickr_api import _catalog
from flickr_api.testing import FlickrEmulator
from flickr_api.testing._rest import REST_ROUTE

_TOKEN = re.compile(r'oauth_token="([^"]*)"')
Run = Callable[[FlickrEmulator, Any], Any]


class ReplyCache:
    """Replies to read calls, rendered once per caller and arguments while enabled.

    The emulator renders a 500-photo page in Python, one request at a time (the GIL), in
    ~50 ms: left alone, that rendering would compete with the client for the CPU and set the
    pace of read-ahead instead of the latency being measured. Flickr renders in parallel on its
    own machines; a cache models that. It is on only for rows that read and never write.
    """

    def __init__(self, run: Run) -> None:
        self._run = run
        self._replies: Dict[Tuple[Any, ...], Any] = {}
        self._lock = threading.Lock()
        self.enabled = False

    def clear(self) -> None:
        with self._lock:
            self._replies.clear()

    def __call__(self, emu: FlickrEmulator, ex: Any) -> Any:
        key = self._key(ex) if self.enabled else None
        if key is None:
            return self._run(emu, ex)
        with self._lock:
            reply = self._replies.get(key)
        if reply is None:
            reply = self._run(emu, ex)
            if reply.status == 200:
                with self._lock:
                    self._replies[key] = reply
        return reply

    @staticmethod
    def _key(ex: Any) -> Optional[Tuple[Any, ...]]:
        params = ex.params(ex.form)
        spec = _catalog.get(params.get("method", ""))
        if spec is None or spec.is_write:
            return None
        found = _TOKEN.search(ex.headers.get("Authorization", ""))
        token = params.get("oauth_token") or (found.group(1) if found else None)
        args = tuple(sorted((k, v) for k, v in params.items() if not k.startswith("oauth_")))
        return ex.path, token, args


class Traffic:
    """Counts the REST replies and their bytes (as rendered, before any compression)."""

    def __init__(self, run: Run) -> None:
        self._run = run
        self._lock = threading.Lock()
        self.requests = self.bytes = 0

    def __call__(self, emu: FlickrEmulator, ex: Any) -> Any:
        reply = self._run(emu, ex)
        body = reply.body if isinstance(reply.body, bytes) else b""
        with self._lock:
            self.requests += 1
            self.bytes += len(body)
        return reply

    def take(self) -> Tuple[int, int]:
        with self._lock:
            counted = (self.requests, self.bytes)
            self.requests = self.bytes = 0
        return counted


def _reply(value: object) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def main() -> None:
    settings = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    with FlickrEmulator(photos=settings.get("photos", 3000), max_photo_size=2 << 30,
                        max_video_size=2 << 30) as emu:
        cache = ReplyCache(REST_ROUTE.run)
        traffic = Traffic(cache)
        server = emu._server
        assert server is not None
        server.routes = [dataclasses.replace(r, run=traffic) if r is REST_ROUTE else r
                         for r in server.routes]
        _reply({
            "base_url": emu.base_url,
            "api_key": emu.api_key,
            "api_secret": emu.api_secret,
            "token": list(emu.token("write")),
            "notable": dict(emu.store.notable),
        })
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "latency":
                emu.latency = float(argument)
                _reply(emu.latency)
            elif command == "cache":
                cache.enabled = argument == "on"
                cache.clear()
                _reply(cache.enabled)
            elif command == "log":
                records = emu.log.snapshot()
                emu.reset_log()
                _reply([[r.flickr_method, r.path] for r in records])
            elif command == "traffic":
                _reply(list(traffic.take()))
            elif command == "uploads":
                _reply([u.size for u in emu.uploads])
            else:
                _reply({"error": f"unknown command {command!r}"})


if __name__ == "__main__":
    main()
