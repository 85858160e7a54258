"""A loopback HTTP server that misbehaves on purpose: each test sets ``server.behaviour``, a
function answering one request (``Handler.head`` sends a status line and headers). The
``server`` fixture (in ``conftest.py``) starts one for a test. The behaviours below serve the
sync tests and their asyncio twins alike."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

import pytest

import flickr_api
from flickr_api import AuthHandler, Client, RetryConfig
from flickr_api.errors import FlickrTimeoutError


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


# -- behaviours, shared by the sync tests and their asyncio twins ------------------------------
OK = b'{"stat":"ok","user":{"id":"1@N01"}}'
IMAGE = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 400  # about 100 kB
#: A status line and headers long enough to trickle for 25 s at a byte every 0.05 s.
SLOW_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Pad: a\r\n" * 500
NO_RETRY = RetryConfig(max_retries=0)
MARGIN = 1.0  # seconds past the limit a call may take to notice, on any machine


def ok(h: Handler) -> None:
    h.head(length=len(OK))
    h.wfile.write(OK)


def serve(body: bytes = IMAGE, status: int = 200, **headers: str) -> Callable[[Handler], None]:
    """A behaviour answering ``body`` (an image by default) at once."""
    headers.setdefault("content_type", "image/jpeg")

    def behaviour(h: Handler) -> None:
        h.head(status, length=len(body), **headers)
        h.wfile.write(body)

    return behaviour


def trickle(server: HostileServer, data: bytes, every: float = 0.05) -> Callable[[Handler], None]:
    """A behaviour sending ``data`` one byte every ``every`` seconds."""

    def behaviour(h: Handler) -> None:
        for byte in data:
            if server.stopping.wait(every):
                return
            try:
                h.wfile.write(bytes([byte]))
                h.wfile.flush()
            except OSError:
                return

    return behaviour


def endless(server: HostileServer, content_type: str = "image/jpeg",
            chunk: bytes = b"\0" * 65536) -> Callable[[Handler], None]:
    """A behaviour sending a chunked body until the test ends (or the client hangs up)."""

    def behaviour(h: Handler) -> None:
        h.head(content_type=content_type, Transfer_Encoding="chunked")
        try:
            while not server.stopping.is_set():
                h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            return

    return behaviour


def sizes_then(server: HostileServer, image: Callable[[Handler], None]
               ) -> Callable[[Handler], None]:
    """getSizes names one Original on this server; the image itself is served by ``image``."""

    def behaviour(h: Handler) -> None:
        if h.path.startswith("/services/rest/"):
            sizes = {"sizes": {"size": [{"label": "Original", "width": 10, "height": 10,
                                         "media": "photo",
                                         "source": f"{server.base_url}/1_abc_o.jpg"}]},
                     "stat": "ok"}
            body = json.dumps(sizes).encode()
            h.head(length=len(body))
            h.wfile.write(body)
        else:
            image(h)

    return behaviour


def trickled_body(server: HostileServer, length: int, every: float = 0.05,
                  content_type: str = "application/json") -> Callable[[Handler], None]:
    """A body of ``length`` bytes, announced at once and sent a byte every ``every`` s."""

    def behaviour(h: Handler) -> None:
        h.head(length=length, content_type=content_type)
        trickle(server, b"\xff" * length, every=every)(h)

    return behaviour


def trickled_image(server: HostileServer) -> Callable[[Handler], None]:
    """An image of 100,000 bytes sent a byte every 0.01 s (1,000 s in all)."""
    return trickled_body(server, 100_000, 0.01, "image/jpeg")


def paced_body(server: HostileServer, length: int, chunk: int = 64 * 1024,
               every: float = 0.01) -> Callable[[Handler], None]:
    """An image of ``length`` bytes, announced at once and sent ``chunk`` bytes every
    ``every`` seconds (6.5 MB/s by default)."""

    def behaviour(h: Handler) -> None:
        h.head(length=length, content_type="image/jpeg")
        block, left = bytes(chunk), length
        while left > 0 and not server.stopping.wait(every):
            try:
                h.wfile.write(block[:left])
                h.wfile.flush()
            except OSError:
                return
            left -= chunk

    return behaviour


def declared_huge(server: HostileServer, length: int) -> Callable[[Handler], None]:
    """Announces ``length`` bytes, sends a little, then holds the line until the test ends."""

    def behaviour(h: Handler) -> None:
        h.head(length=length)
        h.wfile.write(b"{" * 1024)
        h.wfile.flush()
        server.stopping.wait(5)

    return behaviour


def cut_short(body: bytes, announced: int, **headers: str) -> Callable[[Handler], None]:
    """Announces ``announced`` bytes, sends ``body`` and hangs up."""

    def behaviour(h: Handler) -> None:
        h.head(length=announced, **headers)
        h.wfile.write(body)
        h.close_connection = True

    return behaviour


def took(call: Callable[[], object], error: type[Exception] = FlickrTimeoutError) -> float:
    """The seconds ``call()`` took to raise ``error``."""
    began = time.monotonic()
    with pytest.raises(error):
        call()
    return time.monotonic() - began


def nothing_left(folder: Path) -> bool:
    return not any(folder.iterdir())


def photo_of(client: Any, server: HostileServer, path: str = "/65535/1_abc_o.jpg",
             photo_id: str = "1", **fields: Any) -> Any:
    """A Photo of ``client`` whose original is ``path`` on ``server``."""
    return flickr_api.Photo(id=photo_id, client=client, url_o=f"{server.base_url}{path}",
                            **fields)


class SyncKit:
    """How a test drives a client of a hostile server: blocking here. ``AsyncKit``
    (aio_support) does the same with an AsyncClient, so one test function serves both
    clients: the ``test_aio_*`` modules collect the sync tests again with an async ``kit``."""

    client_class: Any = Client

    def client(self, base_url: str, *, retry: RetryConfig = NO_RETRY, timeout: float = 5.0,
               key: str = "key", secret: str = "secret", **kw: Any) -> Any:
        return self.client_class(key, secret, base_url=base_url, rate_limit=None,
                                 retry=retry, timeout=timeout, **kw)

    def close(self, client: Any) -> None:
        client.close()

    def call(self, client: Any, method: str, **args: Any) -> Any:
        return client.call(method, **args)

    def call_many(self, client: Any, method: str, times: int) -> list[Any]:
        """``times`` calls one after the other (on one connection, if the client keeps it)."""
        return [client.call(method) for _ in range(times)]

    def request_token(self, client: Any) -> Any:
        return AuthHandler(client=client).get_request_token()

    def upload(self, client: Any, path: Any, **kw: Any) -> Any:
        return client.upload(path, **kw)

    def replace(self, client: Any, path: Any, **kw: Any) -> Any:
        return client.replace(path, **kw)

    def wait(self, client: Any, ticket: Any, **kw: Any) -> Any:
        return ticket.wait(**kw)

    def run(self, client: Any, make: Callable[[], Any]) -> Any:
        """``make()``: a step that returns an awaitable with an AsyncClient."""
        return make()

    def download_photo(self, photo: Any, target: Path, **kw: Any) -> Path:
        return flickr_api.download_photo(photo, target, **kw)

    def download_photos(self, photos: Any, folder: Path, **kw: Any) -> Any:
        return flickr_api.download_photos(photos, folder, **kw)
