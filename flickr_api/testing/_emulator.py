"""The public face of the emulator: :class:`FlickrEmulator`."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import threading
from typing import TYPE_CHECKING, Any, Iterable, List, Mapping, Optional, Tuple, Union

from flickr_api._catalog import PERM_LEVELS
from flickr_api.testing._authflow import AUTH_ROUTES
from flickr_api.testing._faults import Fault, FaultPlan
from flickr_api.testing._images import IMAGE_ROUTE, VIDEO_ROUTE
from flickr_api.testing._log import LogRecord, RequestLog
from flickr_api.testing._oauth import OAuthProvider, new_api_key, new_api_secret
from flickr_api.testing._rest import REST_ROUTE
from flickr_api.testing._server import Aborted, Server
from flickr_api.testing._upload import UPLOAD_ROUTES, Uploads

if TYPE_CHECKING:
    from flickr_api.testing._protocol import Handler
    from flickr_api.testing._store import Store
from flickr_api.testing._records import User

__all__ = ["FlickrEmulator"]

MB = 1024 * 1024
_ROUTES = [REST_ROUTE, *UPLOAD_ROUTES, *AUTH_ROUTES, IMAGE_ROUTE, VIDEO_ROUTE]


class FlickrEmulator:
    """A Flickr look-alike HTTP server on loopback, for tests, demos and offline work.

    ::

        with FlickrEmulator() as emu:
            key, secret = emu.token("write")
            ...  # point a client at emu.base_url with emu.api_key / emu.api_secret

    ``faults`` are :class:`Fault` to inject, ``latency`` seconds are added to every request.
    Uploads larger than ``max_photo_size`` / ``max_video_size`` bytes fail with code 8; a user
    may upload ``upload_limit`` files (None: no limit) before code 6; async upload tickets
    complete ``ticket_delay`` seconds after the upload. With ``authorize_page`` the authorize URL
    shows a page where a person picks who is signed in and clicks Approve or Deny; without it
    (the default, for scripts and tests) opening the URL approves at once as the user set by
    :meth:`authorize_as`, or refuses after :meth:`refuse_authorization`.

    Attributes: ``base_url``, ``api_key``, ``api_secret``, ``store`` (the emulated data),
    ``log`` (a :class:`RequestLog` of every request), ``uploads`` (every upload carried out),
    ``tickets`` (async upload tickets), ``faults`` (the pending faults), ``latency``.
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        api_secret: Optional[str] = None,
        *,
        photos: int = 3000,
        seed: int = 0,
        faults: Optional[Iterable[Fault]] = None,
        latency: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
        ticket_delay: float = 0.0,
        max_photo_size: int = 200 * MB,
        max_video_size: int = 1024 * MB,
        upload_limit: Optional[int] = None,
        authorize_page: bool = False,
    ) -> None:
        from flickr_api.testing._dataset import seeded_store
        from flickr_api.testing._handlers import HANDLERS

        self.api_key = api_key or new_api_key()
        self.api_secret = api_secret or new_api_secret()
        self.latency = latency
        self.ticket_delay = ticket_delay
        self.max_photo_size = max_photo_size
        self.max_video_size = max_video_size
        self.upload_limit = upload_limit
        self.store: Store = seeded_store(seed=seed, photos=photos)
        self.handlers: Mapping[str, Handler] = HANDLERS
        self.faults = FaultPlan(faults or ())
        self.log = RequestLog()
        self.uploads = Uploads()
        self.oauth = OAuthProvider(self.api_key, self.api_secret, self._describe_user)
        self.authorize_page = authorize_page
        self.refusing = False
        self._approver: Optional[str] = None
        self._address = (host, port)
        self._server: Optional[Server] = None
        self._thread: Optional[threading.Thread] = None
        self._stopping = threading.Event()
        self._tmpdir: Optional[str] = None
        self._upload_numbers = itertools.count(1)

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` once started."""
        if self._server is None:
            raise RuntimeError("the emulator is not running; call start() or use 'with'")
        return f"http://{self._server.server_name}:{self._server.server_port}"

    def start(self) -> FlickrEmulator:
        """Bind the port and serve in a background thread."""
        if self._server is not None:
            return self
        self._stopping.clear()
        self._tmpdir = tempfile.mkdtemp(prefix="flickr-emulator-")
        self._server = Server(self._address, self, _ROUTES)
        self.store.base_url = self.base_url
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.01},  # how soon stop() is noticed
            name=f"flickr-emulator-{self._server.server_port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and remove uploaded files."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.close_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join()
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def __enter__(self) -> FlickrEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def pause(self, seconds: float) -> None:
        """Sleep, unless the emulator stops meanwhile (then the request is dropped)."""
        if seconds > 0 and self._stopping.wait(seconds):
            raise Aborted()

    def add_account(self, username: str, photos: int, albums: int = 0) -> str:
        """Add an account of ``photos`` plain photos in ``albums`` albums (100,000 photos take
        a few seconds); returns its NSID. ``token(user=username)`` signs in as it."""
        from flickr_api.testing._dataset import add_account

        return add_account(self.store, username, photos, albums).nsid

    # ------------------------------------------------------------------ OAuth

    def token(self, perms: str = "write", user: Optional[str] = None) -> Tuple[str, str]:
        """An access token ``(oauth_token, oauth_token_secret)`` for ``user`` (NSID or username;
        default: the store's default user), granted at once without the OAuth dance."""
        if perms not in ("read", "write", "delete"):
            raise ValueError("perms must be 'read', 'write' or 'delete'")
        nsid = self._user(user).nsid if user else self.store.default_user_nsid
        issued = self.oauth.issue(nsid, PERM_LEVELS[perms])
        return issued.key, issued.secret

    def authorize_as(self, user: str) -> None:
        """Approve as this user (NSID or username); on the page, the user signed in at first."""
        self._approver = self._user(user).nsid

    def refuse_authorization(self, refuse: bool = True) -> None:
        """Make opening the authorize URL refuse, as "No thanks" does: the request token is
        spent and the browser is sent to the home page, never to the app's callback."""
        self.refusing = refuse

    def approving_user(self) -> User:
        return self.store.users[self._approver or self.store.default_user_nsid]

    def _user(self, name_or_nsid: str) -> User:
        found = self.store.find_user(name_or_nsid)
        if found is None:
            raise ValueError(f"no user {name_or_nsid!r} in the emulator")
        return found

    def _describe_user(self, nsid: str) -> Tuple[str, str]:
        user = self.store.users[nsid]
        return user.username, user.realname or ""

    # ------------------------------------------------------------------ faults

    def add_fault(self, fault: Union[Fault, str], **options: Any) -> Fault:
        """Inject a fault: a :class:`Fault`, or its kind and options (``add_fault("http_503")``)."""
        if isinstance(fault, str):
            fault = Fault(fault, **options)
        self.faults.add(fault)
        return fault

    def clear_faults(self) -> None:
        self.faults.clear()

    # ------------------------------------------------------------------ log and uploads

    def calls(self, flickr_method: Optional[str] = None) -> List[LogRecord]:
        return self.log.calls(flickr_method)

    def count(self, flickr_method: Optional[str] = None, path: Optional[str] = None) -> int:
        return self.log.count(flickr_method, path)

    def duplicates(self) -> List[List[LogRecord]]:
        return self.log.duplicates()

    def reset_log(self) -> None:
        self.log.clear()

    @property
    def tickets(self) -> Mapping[str, Mapping[str, object]]:
        """Async upload tickets by id (kept in the store, read by ``checkTickets``)."""
        return self.store.tickets

    def new_upload_path(self) -> str:
        """A fresh file name in the emulator's temporary folder."""
        assert self._tmpdir is not None
        return os.path.join(self._tmpdir, f"upload-{next(self._upload_numbers)}")
