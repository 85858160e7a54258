"""A loopback HTTP server that misbehaves on purpose: each test sets ``server.behaviour``, a
function answering one request (``Handler.head`` sends a status line and headers). The
``server`` fixture (in ``conftest.py``) starts one for a test."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # headers and body leave in one packet (no Nagle / delayed-ACK stall)

    def setup(self) -> None:
        super().setup()
        self.server.connections += 1  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers)))  # type: ignore[attr-defined]
        self.server.behaviour(self)  # type: ignore[attr-defined]

    do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass

    def head(self, status: int = 200, length: int | None = None, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", headers.pop("content_type", "application/json"))
        if length is not None:
            self.send_header("Content-Length", str(length))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()


class HostileServer(ThreadingHTTPServer):
    """Counts its connections; ``stopping`` is set when the test ends."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.connections = 0
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()
        self.behaviour: Callable[[Handler], None] = lambda h: h.head(204, 0)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"
