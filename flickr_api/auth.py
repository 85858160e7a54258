"""OAuth 1.0a for Flickr: the AuthHandler and its token files.

The classic recipe::

    a = flickr_api.auth.AuthHandler()              # or AuthHandler(callback="https://.../cb")
    url = a.get_authorization_url("read")           # the user opens it and approves
    a.set_verifier(code)                            # the code shown, or the redirect URL
    flickr_api.set_auth_handler(a)
    a.save("auth.txt")                              # later: flickr_api.set_auth_handler("auth.txt")
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Optional, Union
from urllib.parse import parse_qsl, urlencode, urlsplit

from flickr_api import _default, _parsing
from flickr_api.errors import AuthHandlerError, FlickrAuthError, InsecureTokenFileWarning

if TYPE_CHECKING:
    from flickr_api._requestor import Flow
    from flickr_api._transport import Reply
    from flickr_api.client import Client

__all__ = ["AuthHandler", "Token", "default_token_path", "saved_token_path", "set_auth_handler"]

PERMS = ("read", "write", "delete")
#: What a refused access-token exchange means for the person typing the code, and what to do.
_REFUSED_CODE = {
    "verifier_invalid": "Flickr did not accept the code: check it for typos and paste it exactly "
                        "as Flickr shows it (like 123-456-789), or the whole address of the page "
                        "you landed on",
    "token_rejected": "Flickr has not approved this authorization: open the URL from "
                      "get_authorization_url(), click \"OK, I'll authorize it\", then enter the "
                      "code it shows. If it was already used or refused, call "
                      "get_authorization_url() again for a new one",
    "permission_denied": "the user refused the authorization on Flickr's page: call "
                         "get_authorization_url() again to ask once more",
}
PathLike = Union[str, "os.PathLike[str]"]


class Token:
    """An OAuth token: ``.key`` and ``.secret`` (the secret never shows in its repr)."""

    __slots__ = ("key", "secret")

    def __init__(self, key: str, secret: str) -> None:
        self.key = key
        self.secret = secret

    def __iter__(self) -> Iterator[str]:
        return iter((self.key, self.secret))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.key, self.secret) == (other.key, other.secret)

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Token(key={self.key!r}, secret='***')"


#: Environment variable naming the folder that holds ``auth.txt`` (the pytest plugin sets it).
ENV_CONFIG_DIR = "FLICKR_API_CONFIG_DIR"


def default_token_path() -> Path:
    """Where ``flickr-api auth`` saves the token: ``$FLICKR_API_CONFIG_DIR/auth.txt``, else
    ``<user config dir>/flickr_api/auth.txt`` (platformdirs' folder for this system)."""
    folder = os.environ.get(ENV_CONFIG_DIR)
    if folder:
        return Path(folder) / "auth.txt"
    from platformdirs import user_config_dir

    return Path(user_config_dir("flickr_api", appauthor=False)) / "auth.txt"


def saved_token_path() -> Path:
    """The token file to read: :func:`default_token_path`, or when only that is missing, the
    file versions 1.0.x saved on systems without platformdirs
    (``$XDG_CONFIG_HOME`` or ``~/.config``, then ``flickr_api/auth.txt``)."""
    path = default_token_path()
    if path.exists() or os.environ.get(ENV_CONFIG_DIR):
        return path
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    legacy = Path(config) / "flickr_api" / "auth.txt"
    return legacy if legacy.exists() else path


class AuthHandler:
    """Runs Flickr's OAuth 1.0a flow and holds the resulting access token.

    No network I/O happens in the constructor. ``callback=None`` means out-of-band: Flickr
    shows the user a code (``123-456-789``) to paste into :meth:`set_verifier`.
    """

    def __init__(
        self,
        key: Optional[str] = None,
        secret: Optional[str] = None,
        callback: Optional[str] = None,
        access_token_key: Optional[str] = None,
        access_token_secret: Optional[str] = None,
        request_token_key: Optional[str] = None,
        request_token_secret: Optional[str] = None,
        *,
        client: Optional[Client] = None,
    ) -> None:
        self.key = key
        self.secret = secret
        self.callback = callback or "oob"
        self.access_token = (
            Token(access_token_key, access_token_secret or "") if access_token_key else None
        )
        self.request_token = (
            Token(request_token_key, request_token_secret or "") if request_token_key else None
        )
        self.perms: Optional[str] = None
        self.user_nsid: Optional[str] = None
        self.username: Optional[str] = None
        self.fullname: Optional[str] = None
        self._client = client

    # -- the flow ----------------------------------------------------------------------
    def _bind(self, client: Client) -> None:
        if self._client is None:
            self._client = client

    def _http_client(self) -> Client:
        """The client whose base URL, timeout and keys the OAuth exchanges use."""
        return _default.resolve(self._client)

    def _consumer(self) -> tuple[str, str]:
        if self.key and self.secret:
            return self.key, self.secret
        return self._http_client().keys()

    def _exchange(self, url: str, token: Optional[Token], extra: Mapping[str, str],
                  required: tuple[str, ...], what: str) -> Flow[dict[str, str]]:
        from flickr_api import _requestor

        request = _requestor.Request(
            "GET", url, what=what, auth=_requestor.OAUTH, write=True,
            token=(token.key, token.secret) if token else None, keys=self._consumer(),
            oauth_extra=extra,
        )

        def parse(reply: Reply) -> dict[str, str]:
            _parsing.check_http_status(reply.status, reply.headers, reply.content)
            return _parsing.parse_form_reply(reply.content, required)

        return _requestor.exchange(self._http_client(), request, parse)

    def get_request_token(self) -> Token:
        """Fetch a request token from Flickr (done by :meth:`get_authorization_url`)."""
        return self._http_client()._run(self._request_token())  # type: ignore[no-any-return]

    def _request_token(self) -> Flow[Token]:
        form = yield from self._exchange(
            self._http_client().endpoints.request_token,
            None,
            {"oauth_callback": self.callback},
            ("oauth_token", "oauth_token_secret"),
            "request token exchange",
        )
        self.request_token = Token(form["oauth_token"], form["oauth_token_secret"])
        return self.request_token

    def get_authorization_url(self, perms: str = "read") -> str:
        """The URL where the user grants ``perms`` (read, write or delete)."""
        if perms not in PERMS:
            raise AuthHandlerError(
                f"Invalid perms {perms!r}: use 'read', 'write' or 'delete'"
            )
        return self._http_client()._run(self._authorization_url(perms))  # type: ignore[no-any-return]

    def _authorization_url(self, perms: str) -> Flow[str]:
        if self.request_token is None:
            yield from self._request_token()
        assert self.request_token is not None
        self.perms = perms
        query = urlencode({"oauth_token": self.request_token.key, "perms": perms})
        return f"{self._http_client().endpoints.authorize}?{query}"

    def set_verifier(self, verifier: str) -> None:
        """Exchange the verifier for the access token.

        Takes the code Flickr showed (``123-456-789`` or ``123456789``) or the whole URL the
        browser was redirected to (``...?oauth_token=...&oauth_verifier=...``).
        """
        self._http_client()._run(self._access_token(self._code(verifier)))

    def _code(self, verifier: str) -> str:
        """The verifier to send, once this handler is known to wait for one."""
        if self.request_token is None:
            if self.access_token is not None:
                raise AuthHandlerError(
                    "This handler is already authorized: a code works only once. To authorize "
                    "again (another user or permission), call get_authorization_url() for a new "
                    "URL and code."
                )
            raise AuthHandlerError(
                "No request token: call get_authorization_url() first (or restore the handler "
                "with fromdict() in the callback of a web app)."
            )
        return _verifier_from(verifier, self.request_token.key)

    def _access_token(self, code: str) -> Flow[None]:
        assert self.request_token is not None
        try:
            form = yield from self._exchange(
                self._http_client().endpoints.access_token,
                self.request_token,
                {"oauth_verifier": code},
                ("oauth_token", "oauth_token_secret"),
                "access token exchange",
            )
        except FlickrAuthError as error:
            hint = _REFUSED_CODE.get(error.problem)
            if hint is None:
                raise
            raise FlickrAuthError(error.problem, error.debug_sbs, error.status_code,
                                  hint) from None
        self.access_token = Token(form["oauth_token"], form["oauth_token_secret"])
        self.request_token = None
        self.user_nsid = form.get("user_nsid")
        self.username = form.get("username")
        self.fullname = form.get("fullname")

    def check(self) -> dict[str, Any]:
        """Ask Flickr about the access token: ``{"perms", "nsid", "username", "fullname"}``."""
        if self.access_token is None:
            raise AuthHandlerError("No access token to check: authorize first")
        return self._http_client()._run(self._check())  # type: ignore[no-any-return]

    def _check(self) -> Flow[dict[str, Any]]:
        from flickr_api.method_call import call_flow

        assert self.access_token is not None
        token = (self.access_token.key, self.access_token.secret)
        reply = yield from call_flow(self._http_client(), "flickr.auth.oauth.checkToken",
                                     {"oauth_token": token[0]}, token=token,
                                     keys=self._consumer())
        user = reply["oauth"].get("user", {})
        self.user_nsid = user.get("nsid", self.user_nsid)
        self.username = user.get("username", self.username)
        self.fullname = user.get("fullname", self.fullname)
        return {"perms": reply["oauth"].get("perms"), "nsid": self.user_nsid,
                "username": self.username, "fullname": self.fullname}

    # -- persistence -------------------------------------------------------------------
    def save(self, filename: PathLike, include_api_keys: bool = False) -> None:
        """Write the access token (and the API keys, if asked) to ``filename``, atomically
        and readable by the owner only (0600)."""
        if self.access_token is None:
            raise AuthHandlerError("No access token to save: authorize first")
        lines = []
        if include_api_keys:
            lines += list(self._consumer())
        lines += [self.access_token.key, self.access_token.secret]
        write_private_file(Path(filename), "\n".join(lines) + "\n")

    write = save
    tofile = save

    @classmethod
    def load(cls, filename: PathLike, set_api_keys: bool = False) -> AuthHandler:
        """Read a token file: 2 lines (token key, secret) or 4 (api key, api secret, token
        key, token secret). ``set_api_keys`` also sets the default client's keys."""
        path = Path(filename)
        _warn_if_others_can_reach(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise AuthHandlerError(
                f"No token file at {path}: run `flickr-api auth` or save a handler there"
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise AuthHandlerError(f"Cannot read token file {path}: {exc}") from None
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) == 2:
            handler = cls(access_token_key=lines[0], access_token_secret=lines[1])
        elif len(lines) == 4:
            handler = cls(lines[0], lines[1], access_token_key=lines[2],
                          access_token_secret=lines[3])
            if set_api_keys:
                from flickr_api.keys import set_keys

                set_keys(lines[0], lines[1])
        else:
            raise AuthHandlerError(
                f"Token file {path} has {len(lines)} non-empty lines; expected 2 (token key, "
                "token secret) or 4 (api key, api secret, token key, token secret)"
            )
        return handler

    fromfile = load

    @classmethod
    def create(cls, access_key: str, access_secret: str) -> AuthHandler:
        """A handler for an access token obtained elsewhere."""
        return cls(access_token_key=access_key, access_token_secret=access_secret)

    def todict(self, include_api_keys: bool = False) -> dict[str, Optional[str]]:
        """The handler's state as a dict (for a web app's session between the two steps)."""
        data: dict[str, Optional[str]] = {"callback": self.callback, "perms": self.perms}
        if self.request_token:
            data["request_token_key"] = self.request_token.key
            data["request_token_secret"] = self.request_token.secret
        if self.access_token:
            data["access_token_key"] = self.access_token.key
            data["access_token_secret"] = self.access_token.secret
        for name in ("user_nsid", "username", "fullname"):
            data[name] = getattr(self, name)
        if include_api_keys:
            data["api_key"], data["api_secret"] = self.key, self.secret
        return data

    @classmethod
    def fromdict(cls, data: Mapping[str, Optional[str]], client: Optional[Client] = None
                 ) -> AuthHandler:
        handler = cls(
            data.get("api_key"), data.get("api_secret"), data.get("callback"),
            data.get("access_token_key"), data.get("access_token_secret"),
            data.get("request_token_key"), data.get("request_token_secret"), client=client,
        )
        handler.perms = data.get("perms")
        handler.user_nsid = data.get("user_nsid")
        handler.username = data.get("username")
        handler.fullname = data.get("fullname")
        return handler

    def __repr__(self) -> str:
        state = "authorized" if self.access_token else (
            "awaiting verifier" if self.request_token else "new")
        user = f", user={self.username or self.user_nsid!r}" if self.user_nsid else ""
        return f"<{type(self).__name__} {state}{user}>"


def _verifier_from(text: str, request_token: str) -> str:
    """The verifier in a pasted code or redirect URL (spaces a copy picked up are dropped)."""
    text = re.sub(r"\s+", "", text)
    if "oauth_verifier=" in text:
        query = dict(parse_qsl(urlsplit(text).query or text.split("?", 1)[-1]))
        token = query.get("oauth_token")
        if token and token != request_token:
            raise AuthHandlerError(
                "The redirect URL belongs to another authorization (its oauth_token differs "
                "from this handler's request token)"
            )
        text = query.get("oauth_verifier", "")
    if re.fullmatch(r"\d{9}", text):
        text = f"{text[:3]}-{text[3:6]}-{text[6:]}"
    if not text:
        raise AuthHandlerError("Empty verifier: paste the code Flickr showed, or the redirect URL")
    return text


def _warn_if_others_can_reach(path: Path) -> None:
    """Warn when a token file's mode lets other users read or change it (POSIX only)."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # (the read that follows says what is wrong)
    if mode & 0o077:
        import warnings

        warnings.warn(
            f"Token file {path} can be read or changed by other users (mode "
            f"{mode & 0o777:o}): anyone who reads it can act as you on Flickr. "
            f"Run `chmod 600 {path}`.",
            InsecureTokenFileWarning, stacklevel=3,
        )


def _private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parent with mode 0700, whatever the umask, as the
    XDG base directory rules ask for configuration folders; existing folders are left as they
    are."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):  # (another process made it meanwhile)
            os.mkdir(created, 0o700)
            os.chmod(created, 0o700)  # (the umask may have taken bits from mkdir's mode)


def write_private_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically with mode 0600, whatever the umask; a missing
    folder is created 0700."""
    import tempfile  # (here: importing the module stays cheap for the command line's --help)

    _private_folder(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def set_auth_handler(
    handler: Union[AuthHandler, PathLike, None] = None, set_api_keys: bool = False
) -> None:
    """Make the default client use ``handler`` (an AuthHandler or a token file name; None:
    the token file that ``flickr-api auth`` saved)."""
    _default.default_client().set_auth_handler(handler, set_api_keys)
