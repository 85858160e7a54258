"""Catch Flickr's authorization redirect on a loopback port (``flickr-api auth --local-server``).

Flickr sends the browser to ``http://127.0.0.1:PORT/flickr-api/callback?oauth_token=...&
oauth_verifier=...``. Anything else that reaches the port (a favicon fetch, a stray tab) gets a
404 and is otherwise ignored.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional
from urllib.parse import parse_qs, urlsplit

from flickr_api.errors import AuthHandlerError

__all__ = ["CallbackServer"]

CALLBACK_PATH = "/flickr-api/callback"

_DONE_PAGE = b"""<!doctype html><html><head><meta charset="utf-8"><title>flickr-api</title></head>
<body style="font-family: sans-serif; margin: 3em"><h1>Authorized</h1>
<p>You can close this window and go back to the terminal.</p></body></html>"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    origin = ""  # http://127.0.0.1:PORT
    expected_token: Optional[str] = None
    landed: Optional[str] = None
    arrived: threading.Event


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # an idle browser connection must not hold a thread forever

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        token = query.get("oauth_token", [""])[0]
        expected = self.server.expected_token
        if (parts.path != CALLBACK_PATH or "oauth_verifier" not in query
                or (expected is not None and token != expected)):
            self._reply(404, b"Not the Flickr callback.\n", "text/plain")
            return
        self.server.landed = f"{self.server.origin}{self.path}"
        self._reply(200, _DONE_PAGE, "text/html; charset=utf-8")
        self.server.arrived.set()

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the terminal clean: the query holds the verifier."""


class CallbackServer:
    """A tiny HTTP server on 127.0.0.1 that waits for one authorization redirect.

    >>> with CallbackServer() as server:
    ...     handler = AuthHandler(callback=server.url)
    ...     url = handler.get_authorization_url("write")
    ...     server.expect(handler.request_token.key)
    ...     handler.set_verifier(server.wait(timeout=300))
    """

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        self._server = _Server((host, port), _Handler)
        self._server.arrived = threading.Event()
        self._server.origin = f"http://{host}:{self._server.server_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name="flickr-api-callback", daemon=True,
        )

    @property
    def url(self) -> str:
        """The callback URL to give Flickr."""
        return f"{self._server.origin}{CALLBACK_PATH}"

    def expect(self, request_token: str) -> None:
        """Accept only the redirect of this authorization."""
        self._server.expected_token = request_token

    def wait(self, timeout: float) -> str:
        """The whole URL the browser landed on; AuthHandlerError after ``timeout`` seconds."""
        if not self._server.arrived.wait(timeout):
            raise AuthHandlerError(
                f"No authorization reached {self.url} within {timeout:g} s: approve the "
                "request in the browser, or run `flickr-api auth` without --local-server and "
                "paste the code"
            )
        assert self._server.landed is not None
        return self._server.landed

    def __enter__(self) -> CallbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
