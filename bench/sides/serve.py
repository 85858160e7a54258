"""The emulator, served from its own process so its CPU never counts against a client.

``python bench/sides/serve.py '{"photos": 25000}'`` prints one JSON line (base URL, keys, an
access token, notable ids), then answers commands read from stdin, one JSON line each:

- ``latency SECONDS``: add this delay to every request from now on;
- ``log``: the requests seen since the last ``log`` as ``[flickr_method, path]`` pairs;
- ``uploads``: the sizes of the files uploaded so far.

End of input stops the server.
"""

from __future__ import annotations

import json
import sys

from flickr_api.testing import FlickrEmulator, _server

# Replies go out as two writes (headers, body); with Nagle's algorithm on, a keep-alive client
# waits ~40 ms for the second one (delayed ACK), which would swamp every wall-time figure.
_server._Handler.disable_nagle_algorithm = True


def _reply(value: object) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def main() -> None:
    settings = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    with FlickrEmulator(photos=settings.get("photos", 3000), max_photo_size=2 << 30,
                        max_video_size=2 << 30) as emu:
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
            elif command == "log":
                records = emu.log.snapshot()
                emu.reset_log()
                _reply([[r.flickr_method, r.path] for r in records])
            elif command == "uploads":
                _reply([u.size for u in emu.uploads])
            else:
                _reply({"error": f"unknown command {command!r}"})


if __name__ == "__main__":
    main()
