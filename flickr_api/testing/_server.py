"""The HTTP side of the emulator: a threaded loopback server that routes each request, applies
latency and faults, sends the reply and logs what happened."""

from __future__ import annotations

import contextlib
import gzip
import logging
import re
import socket
import socketserver
import struct
import sys
import threading
import traceback
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Set, Tuple
from urllib.parse import parse_qsl, urlsplit

from flickr_api.testing._faults import STAND_IN_BODY, Fault, fault_reply
from flickr_api.testing._log import LogRecord
from flickr_api.testing._multipart import BodyReader, MultipartError
from flickr_api.testing._oauth import OAuthProblem, OAuthRequest
from flickr_api.testing._render import XML, FileSlice, Format, Reply, plain

if TYPE_CHECKING:
    from flickr_api.testing._emulator import FlickrEmulator

__all__ = ["Exchange", "Route", "Server"]

log = logging.getLogger("flickr_api.testing")

MAX_FORM_BODY = 8 * 1024 * 1024
_FORM = "application/x-www-form-urlencoded"
_JSON = "application/json"


class Aborted(Exception):
    """The emulator is stopping; drop the request without a reply."""


class Exchange:
    """One HTTP request being served: what came in, and the log record being filled in."""

    def __init__(self, handler: _Handler) -> None:
        self.http_method = handler.command
        split = urlsplit(handler.path)
        self.path = split.path
        self.query = split.query
        self.headers = handler.headers
        server = handler.server
        host = self.headers.get("Host") or f"{server.server_name}:{server.server_port}"
        # The URL as the client sent it, which OAuth signatures cover.
        absolute = handler.path.startswith(("http://", "https://"))
        self.url = handler.path if absolute else f"http://{host}{handler.path}"
        length = self.headers.get("Content-Length", "")
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
        self.body = BodyReader(handler.rfile, int(length) if length.isdigit() else None, chunked)
        self.form = ""  # the form-encoded body, once read
        self.fmt: Format = XML  # the reply format, once known (for stat="fail" faults)
        self.record = LogRecord(path=self.path, http_method=self.http_method)

    def header_dict(self) -> Dict[str, str]:
        return {k: v for k, v in self.headers.items()}

    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    def form_body(self) -> str:
        """The form-encoded body (empty for other content types)."""
        if not self.content_type().lower().startswith(_FORM):
            return ""
        return self.body.read_all(MAX_FORM_BODY).decode("latin-1")

    def params(self, form: str) -> Dict[str, str]:
        """Query and form parameters (a later value wins over an earlier one)."""
        pairs = parse_qsl(self.query, keep_blank_values=True)
        pairs += parse_qsl(form, keep_blank_values=True, encoding="utf-8")
        return dict(pairs)

    def oauth_request(self, form: str, headers: Optional[Dict[str, str]] = None) -> OAuthRequest:
        return OAuthRequest(self.url, self.http_method, form, headers or self.header_dict())


@dataclass(frozen=True)
class Route:
    """A family of URLs: ``identify`` names the Flickr method (for fault matching, reading at
    most a small form body); ``run`` carries the request out. ``pure`` routes have no side
    effects, so a cut reply can still show real content."""

    pattern: re.Pattern[str]
    identify: Callable[[FlickrEmulator, Exchange], Optional[str]]
    run: Callable[[FlickrEmulator, Exchange], Reply]
    pure: bool = False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "flickr-emulator"
    sys_version = ""
    server: Server

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in separate writes: without TCP_NODELAY, Nagle's algorithm
        # and the client's delayed ACK would stall every reply by about 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def do_GET(self) -> None:
        self.server.serve(self)

    do_POST = do_HEAD = do_GET

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def send(self, reply: Reply, *, cut: bool = False) -> None:
        """Send ``reply``; with ``cut``, only half the body, then reset the connection."""
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        body = reply.body if not cut else reply.body[: len(reply.body) // 2]
        if isinstance(body, FileSlice):
            body.send(self.wfile.write)
        else:
            self.wfile.write(body)
        if not cut:
            return
        self.wfile.flush()
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class Server(ThreadingHTTPServer):
    """A loopback HTTP server routing to the emulator; one daemon thread per connection."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # A short listen queue drops a burst of connections beyond it, and those clients wait a
    # second for TCP to retry. No capture shows Flickr's queue; its front ends serve many
    # clients at once, so the emulator must not be the one to make a burst of 200 wait.
    request_queue_size = 1024

    def __init__(
        self, address: Tuple[str, int], emulator: FlickrEmulator, routes: List[Route]
    ) -> None:
        super().__init__(address, _Handler)
        self.emulator = emulator
        self.routes = routes
        self._connections: Set[socket.socket] = set()
        self._lock = threading.Lock()

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host name up in DNS, which can stall; skip that.
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])

    def handle_error(self, request: object, client_address: object) -> None:
        """A request that failed outside the routes: a dropped connection is routine (logged
        at debug level), anything else an emulator bug (logged as an error, not printed)."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            log.debug("%s: the client went away (%s)", client_address, error)
        else:
            log.error("emulator error serving %s", client_address, exc_info=True)

    def track(self, connection: socket.socket, alive: bool) -> None:
        with self._lock:
            if alive:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Wake the threads waiting on kept-alive connections so they end."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def serve(self, handler: _Handler) -> None:
        ex = Exchange(handler)
        emu = self.emulator
        try:
            reply, cut = self._dispatch(emu, ex)
        except (Aborted, ConnectionError) as dropped:
            if isinstance(dropped, ConnectionError):
                log.debug("%s %s: the client went away (%s)", ex.http_method, ex.path, dropped)
            emu.log.append(ex.record)
            handler.close_connection = True
            return
        try:
            ex.body.drain()
        except (MultipartError, OSError):
            handler.close_connection = True
        ex.record.status = reply.status
        emu.log.append(ex.record)
        reply = _compressed(reply, ex.headers.get("Accept-Encoding", ""))
        try:
            handler.send(reply, cut=cut)
        except OSError:  # the client went away (for example after its own timeout)
            handler.close_connection = True

    def _dispatch(self, emu: FlickrEmulator, ex: Exchange) -> Tuple[Reply, bool]:
        """The reply for one request, and whether to cut it short with a reset."""
        route = next((r for r in self.routes if r.pattern.match(ex.path)), None)
        if route is None:
            return _not_found(), False
        emu.pause(emu.latency)
        try:
            ex.record.flickr_method = route.identify(emu, ex)
            fault = emu.faults.strike(ex.record.flickr_method, ex.path, after=False)
            if fault is not None:
                ex.record.fault = fault.kind
                return _strike_before(emu, ex, route, fault)
            reply = route.run(emu, ex)
        except (Aborted, ConnectionError):
            raise
        except OAuthProblem as problem:
            return problem.reply(), False
        except MultipartError as error:
            return plain(400, f"Bad request: {error}"), False
        except Exception:  # a bug in the emulator: make it visible to the client and the log
            log.exception("emulator error on %s %s", ex.http_method, ex.path)
            return plain(500, traceback.format_exc()), False
        fault = emu.faults.strike(ex.record.flickr_method, ex.path, after=True)
        if fault is None:
            return reply, False
        ex.record.fault = fault.kind
        return _strike_after(emu, fault, reply, ex.fmt)

def _strike_before(
    emu: FlickrEmulator, ex: Exchange, route: Route, fault: Fault
) -> Tuple[Reply, bool]:
    if fault.kind == "slow":
        emu.pause(fault.delay)
        return route.run(emu, ex), False
    if fault.kind in ("reset", "truncated_json"):
        reply = route.run(emu, ex) if route.pure else Reply(200, _JSON, STAND_IN_BODY)
        return _cut(fault, reply)
    return fault_reply(fault, ex.fmt), False


def _strike_after(
    emu: FlickrEmulator, fault: Fault, reply: Reply, fmt: Format
) -> Tuple[Reply, bool]:
    if fault.kind == "slow":
        emu.pause(fault.delay)
        return reply, False
    if fault.kind in ("reset", "truncated_json"):
        return _cut(fault, reply)
    return fault_reply(fault, fmt), False


def _cut(fault: Fault, reply: Reply) -> Tuple[Reply, bool]:
    """``reset`` sends half the body then resets; ``truncated_json`` sends half as if whole."""
    if fault.kind == "reset":
        return reply, True
    body = reply.body[: len(reply.body) // 2]
    return Reply(reply.status, reply.content_type, body, reply.headers), False


#: Replies Flickr compresses when the client accepts gzip: the API's text, never image bytes.
_COMPRESSIBLE = ("text/xml", "application/json", "text/plain")


def _compressed(reply: Reply, accept_encoding: str) -> Reply:
    """The reply gzip-encoded if the client accepts it and it is API text."""
    accepted = {part.split(";")[0].strip().lower() for part in accept_encoding.split(",")}
    if ("gzip" not in accepted or not isinstance(reply.body, bytes)
            or not reply.content_type.startswith(_COMPRESSIBLE)):
        return reply
    headers = {**reply.headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
    return Reply(reply.status, reply.content_type, gzip.compress(reply.body, mtime=0), headers)


def _not_found() -> Reply:
    body = b"<html><body><h1>404 Not Found</h1>This page does not exist.</body></html>\n"
    return Reply(404, "text/html; charset=utf-8", body)
