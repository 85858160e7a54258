"""OAuth 1.0a as Flickr runs it, verified by oauthlib's server endpoints.

Every signed request goes through one of oauthlib's endpoints with :class:`FlickrValidator`; the
validator raises :class:`OAuthProblem` at the first failed check so the reply can name the problem
the way Flickr does (HTTP 401, ``oauth_problem=...``).

Flickr reads the ``oauth_*`` parameters from the Authorization header, the query and the form
body, also split across them: flickrapi 2.4.0 sends ``oauth_callback`` in the form body and the
rest in the header, flickr_api 0.8.1 sends checkToken's ``oauth_token`` argument in the body as
well as in the header. oauthlib's endpoints insist on one place, so :class:`_AnyPlacement` widens
them; a parameter given twice with two different values is refused.
"""

from __future__ import annotations

import secrets
import string
import threading
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from oauthlib.common import Request
from oauthlib.oauth1 import (
    SIGNATURE_TYPE_AUTH_HEADER,
    AccessTokenEndpoint,
    AuthorizationEndpoint,
    RequestTokenEndpoint,
    RequestValidator,
    ResourceEndpoint,
    SignatureOnlyEndpoint,
)
from oauthlib.oauth1.rfc5849 import errors, signature
from oauthlib.oauth1.rfc5849.errors import OAuth1Error

from flickr_api._catalog import PERM_LEVELS
from flickr_api.testing._render import Reply, plain

__all__ = [
    "AccessToken",
    "Grant",
    "OAuthProblem",
    "OAuthProvider",
    "OAuthRequest",
    "new_api_key",
    "new_api_secret",
]

TIMESTAMP_LIFETIME = 600
_MANDATORY = (
    "oauth_consumer_key",
    "oauth_signature",
    "oauth_signature_method",
    "oauth_nonce",
    "oauth_timestamp",
)
_SAFE = frozenset(string.ascii_letters + string.digits + string.punctuation)


def new_api_key() -> str:
    return secrets.token_hex(16)


def new_api_secret() -> str:
    return secrets.token_hex(8)


def _new_token() -> str:
    """A Flickr-shaped token: ``72157`` and twelve digits, a dash, sixteen hex digits."""
    return f"72157{secrets.randbelow(10**12):012d}-{secrets.token_hex(8)}"


def _new_verifier(oob: bool) -> str:
    """``123-456-789`` for out-of-band callbacks (typed by a person), hex otherwise."""
    if oob:
        digits = f"{secrets.randbelow(10**9):09d}"
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return secrets.token_hex(8)


class OAuthProblem(Exception):
    """A rejected OAuth request; ``reply()`` is Flickr's 401 ``oauth_problem`` answer."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.detail = detail  # already encoded ``&name=value`` pairs

    def reply(self) -> Reply:
        return plain(401, f"oauth_problem={self.problem}{self.detail}")


@dataclass
class OAuthRequest:
    """A request as OAuth sees it: the URL the client used, its verb, form body and headers."""

    uri: str
    http_method: str
    body: str
    headers: Dict[str, str]

    def all_params(self, with_signature: bool = True) -> List[Tuple[str, str]]:
        """Query, Authorization-header and form parameters, as in RFC 5849 section 3.4.1.3."""
        try:
            params: List[Tuple[str, str]] = signature.collect_parameters(
                uri_query=urlsplit(self.uri).query,
                body=self.body,
                headers=self.headers,
                exclude_oauth_signature=not with_signature,
            )
            return params
        except ValueError:
            raise OAuthProblem("parameter_rejected") from None

    def is_signed(self) -> bool:
        """Whether the request carries OAuth parameters anywhere (parsed leniently)."""
        authorization = {k.lower(): v for k, v in self.headers.items()}.get("authorization", "")
        if authorization[:6].lower() == "oauth ":
            return True
        pairs = parse_qsl(urlsplit(self.uri).query) + parse_qsl(self.body)
        return any(name.startswith("oauth_") for name, _ in pairs)

    def oauth_params(self) -> Dict[str, str]:
        return protocol_params(self.all_params())

    def base_string(self) -> str:
        """The signature base string of this request, as a server computes it."""
        base: str = signature.signature_base_string(
            self.http_method.upper(),
            signature.base_string_uri(self.uri),
            signature.normalize_parameters(self.all_params(with_signature=False)),
        )
        return base


def protocol_params(pairs: Sequence[Tuple[str, str]]) -> Dict[str, str]:
    """The ``oauth_*`` parameters of ``pairs``; one given twice must have the same value.

    Evidence is missing for the answer Flickr gives to a parameter with two different values;
    RFC 5849 section 3.2 says to refuse the request, and OAuth's problem reporting names it.
    """
    found: Dict[str, str] = {}
    for name, value in pairs:
        if name.startswith("oauth_") and found.setdefault(name, value) != value:
            raise OAuthProblem("parameter_rejected", "&oauth_parameters_rejected=" + name)
    return found


class _AnyPlacement:
    """Endpoint mixin: protocol parameters from the header, the query and the form body at once
    (oauthlib wants them in one place and each once). All of them are signed, duplicates too."""

    def _get_signature_type_and_params(
        self, request: Request
    ) -> Tuple[str, List[Tuple[str, str]], List[Tuple[str, str]]]:
        params = [
            *signature.collect_parameters(
                headers=request.headers, exclude_oauth_signature=False, with_realm=True
            ),
            *signature.collect_parameters(body=request.body, exclude_oauth_signature=False),
            *signature.collect_parameters(
                uri_query=request.uri_query, exclude_oauth_signature=False
            ),
        ]
        oauth = protocol_params(params)
        if not oauth:
            raise errors.InvalidRequestError(description="Missing mandatory OAuth parameters.")
        return SIGNATURE_TYPE_AUTH_HEADER, params, list(oauth.items())


@dataclass
class _RequestToken:
    secret: str
    client_key: str
    callback: str
    verifier: Optional[str] = None
    user_nsid: Optional[str] = None
    perms: int = 0


@dataclass(frozen=True)
class AccessToken:
    key: str
    secret: str
    client_key: str
    user_nsid: str
    perms: int  # 1 read, 2 write, 3 delete


@dataclass(frozen=True)
class Grant:
    """Who signed a request: the app, and the user and access level if a token was used."""

    client_key: str
    token: Optional[str]
    user_nsid: Optional[str]
    perms: int


class _Tables:
    """The emulator's OAuth state; guarded by the provider's lock."""

    def __init__(self) -> None:
        self.consumers: Dict[str, str] = {}
        self.request_tokens: Dict[str, _RequestToken] = {}
        self.spent_request_tokens: Set[str] = set()
        self.access_tokens: Dict[str, AccessToken] = {}
        self.nonces: Dict[Tuple[str, str, str, str], int] = {}
        self.nonces_pruned = 0
        self.describe_user: Callable[[str], Tuple[str, str]] = lambda nsid: (nsid, "")


class FlickrValidator(RequestValidator):
    """oauthlib's validator contract over the emulator's tables, with Flickr's rules."""

    def __init__(self, tables: _Tables) -> None:
        super().__init__()
        self.t = tables

    # Flickr's keys, tokens and verifiers do not fit oauthlib's default charset and lengths.
    allowed_signature_methods = ("HMAC-SHA1",)
    safe_characters = _SAFE
    client_key_length = request_token_length = access_token_length = (1, 128)
    nonce_length = verifier_length = (1, 128)
    timestamp_lifetime = TIMESTAMP_LIFETIME
    enforce_ssl = False
    dummy_client = dummy_request_token = dummy_access_token = "dummy"

    def check_realms(self, realms: Sequence[str]) -> bool:
        return True  # Flickr ignores realm

    def get_default_realms(self, client_key: str, request: Request) -> List[str]:
        return []

    def get_client_secret(self, client_key: str, request: Request) -> str:
        return self.t.consumers.get(client_key, "dummy")

    def get_request_token_secret(self, client_key: str, token: str, request: Request) -> str:
        entry = self.t.request_tokens.get(token)
        return entry.secret if entry else "dummy"

    def get_access_token_secret(self, client_key: str, token: str, request: Request) -> str:
        entry = self.t.access_tokens.get(token)
        return entry.secret if entry else "dummy"

    def get_redirect_uri(self, token: str, request: Request) -> str:
        return self.t.request_tokens[token].callback

    def validate_client_key(self, client_key: str, request: Request) -> bool:
        if client_key not in self.t.consumers:
            raise OAuthProblem("consumer_key_unknown")
        return True

    def validate_timestamp_and_nonce(
        self,
        client_key: str,
        timestamp: str,
        nonce: str,
        request: Request,
        request_token: Optional[str] = None,
        access_token: Optional[str] = None,
    ) -> bool:
        key = (client_key, timestamp, nonce, request_token or access_token or "")
        if key in self.t.nonces:
            raise OAuthProblem("nonce_used")
        now = int(time.time())
        if now - self.t.nonces_pruned > TIMESTAMP_LIFETIME:
            # Forget nonces whose timestamps would be refused anyway.
            horizon = now - 2 * TIMESTAMP_LIFETIME
            self.t.nonces = {k: ts for k, ts in self.t.nonces.items() if ts >= horizon}
            self.t.nonces_pruned = now
        self.t.nonces[key] = int(timestamp)
        return True

    def validate_redirect_uri(self, client_key: str, redirect_uri: str, request: Request) -> bool:
        if redirect_uri == "oob" or urlsplit(redirect_uri).scheme in ("http", "https"):
            return True
        raise OAuthProblem("parameter_rejected", "&oauth_parameters_rejected=oauth_callback")

    def validate_requested_realms(
        self, client_key: str, realms: Sequence[str], request: Request
    ) -> bool:
        return True

    def validate_realms(
        self,
        client_key: str,
        token: str,
        request: Request,
        uri: Optional[str] = None,
        realms: Optional[Sequence[str]] = None,
    ) -> bool:
        return True  # access levels are checked per method by the server

    def verify_request_token(self, token: str, request: Request) -> bool:
        if token not in self.t.request_tokens:
            raise OAuthProblem("token_rejected")
        return True

    def verify_realms(self, token: str, realms: Sequence[str], request: Request) -> bool:
        return len(realms) == 1 and realms[0] in ("read", "write", "delete")

    def validate_request_token(self, client_key: str, token: str, request: Request) -> bool:
        entry = self.t.request_tokens.get(token)
        if entry is None or entry.client_key != client_key:
            raise OAuthProblem("token_rejected")
        if entry.verifier is None:  # not approved (yet): Flickr rejects the token
            raise OAuthProblem("token_rejected")
        return True

    def validate_verifier(
        self, client_key: str, token: str, verifier: str, request: Request
    ) -> bool:
        entry = self.t.request_tokens[token]
        if not secrets.compare_digest(verifier, entry.verifier or ""):
            raise OAuthProblem("verifier_invalid")
        return True

    def validate_access_token(self, client_key: str, token: str, request: Request) -> bool:
        entry = self.t.access_tokens.get(token)
        if entry is None or entry.client_key != client_key:
            raise OAuthProblem("token_rejected")
        return True

    def invalidate_request_token(self, client_key: str, token: str, request: Request) -> None:
        self.t.request_tokens.pop(token, None)
        self.t.spent_request_tokens.add(token)

    def save_request_token(self, token: Dict[str, str], request: Request) -> None:
        self.t.request_tokens[token["oauth_token"]] = _RequestToken(
            token["oauth_token_secret"], request.client_key, request.redirect_uri
        )

    def save_verifier(self, token: str, verifier: Dict[str, str], request: Request) -> None:
        entry = self.t.request_tokens[token]
        entry.verifier = verifier["oauth_verifier"]
        entry.user_nsid = verifier["user_nsid"]
        entry.perms = PERM_LEVELS[request.realms[0]]

    def save_access_token(self, token: Dict[str, str], request: Request) -> None:
        entry = self.t.request_tokens[request.resource_owner_key]
        assert entry.user_nsid is not None
        self.t.access_tokens[token["oauth_token"]] = AccessToken(
            token["oauth_token"], token["oauth_token_secret"], request.client_key,
            entry.user_nsid, entry.perms,
        )


class _RequestTokenEndpoint(_AnyPlacement, RequestTokenEndpoint):
    def create_request_token(self, request: Request, credentials: Dict[str, str]) -> str:
        token = {
            "oauth_callback_confirmed": "true",
            "oauth_token": _new_token(),
            "oauth_token_secret": secrets.token_hex(8),
        }
        self.request_validator.save_request_token(token, request)
        return urlencode(list(token.items()))


class _AuthorizationEndpoint(_AnyPlacement, AuthorizationEndpoint):
    def create_verifier(self, request: Request, credentials: Dict[str, str]) -> Dict[str, str]:
        token = request.resource_owner_key
        oob = self.request_validator.get_redirect_uri(token, request) == "oob"
        verifier = {"oauth_token": token, "oauth_verifier": _new_verifier(oob)}
        self.request_validator.save_verifier(token, {**verifier, **credentials}, request)
        return verifier


class _AccessTokenEndpoint(_AnyPlacement, AccessTokenEndpoint):
    def create_access_token(self, request: Request, credentials: Dict[str, str]) -> str:
        """Flickr's answer: the token plus who approved it, keys in alphabetical order."""
        token = {"oauth_token": _new_token(), "oauth_token_secret": secrets.token_hex(8)}
        self.request_validator.save_access_token(token, request)
        validator: FlickrValidator = self.request_validator
        nsid = validator.t.access_tokens[token["oauth_token"]].user_nsid
        username, fullname = validator.t.describe_user(nsid)
        fields = {**token, "fullname": fullname, "user_nsid": nsid, "username": username}
        return urlencode(sorted(fields.items()), quote_via=quote)


class _ResourceEndpoint(_AnyPlacement, ResourceEndpoint):
    pass


class _SignatureOnlyEndpoint(_AnyPlacement, SignatureOnlyEndpoint):
    pass


@dataclass(frozen=True)
class Authorization:
    """An approved request token: the verifier, and where to send the user (None for oob)."""

    verifier: str
    location: Optional[str]


class OAuthProvider:
    """Flickr's OAuth service for one app (consumer key and secret)."""

    def __init__(
        self, api_key: str, api_secret: str, describe_user: Callable[[str], Tuple[str, str]]
    ) -> None:
        self.api_key = api_key
        self._lock = threading.RLock()
        self._t = _Tables()
        self._t.consumers[api_key] = api_secret
        self._t.describe_user = describe_user
        validator = FlickrValidator(self._t)
        self._request_tokens = _RequestTokenEndpoint(validator)
        self._authorization = _AuthorizationEndpoint(validator)
        self._access_tokens = _AccessTokenEndpoint(validator)
        self._resource = _ResourceEndpoint(validator)
        self._signature_only = _SignatureOnlyEndpoint(validator)

    def issue(self, user_nsid: str, perms: int) -> AccessToken:
        """An access token granted directly, without the three-legged dance."""
        token = AccessToken(_new_token(), secrets.token_hex(8), self.api_key, user_nsid, perms)
        with self._lock:
            self._t.access_tokens[token.key] = token
        return token

    def access_token_of(self, key: str) -> Optional[AccessToken]:
        with self._lock:
            return self._t.access_tokens.get(key)

    def request_token(self, req: OAuthRequest) -> Reply:
        """``/services/oauth/request_token``: a new, unauthorized request token."""
        with self._lock:
            _precheck(req.oauth_params(), ("oauth_callback",))
            _, body, status = self._request_tokens.create_request_token_response(
                req.uri, req.http_method, req.body, req.headers
            )
        return _token_reply(req, body, status)

    def authorize(self, uri: str, perms: str, user_nsid: str) -> Authorization:
        """Approve the request token named in ``uri`` for ``user_nsid`` at level ``perms``."""
        token = dict(parse_qsl(urlsplit(uri).query)).get("oauth_token", "")
        if not token:
            raise OAuthProblem("parameter_absent", "&oauth_parameters_absent=oauth_token")
        with self._lock:
            try:
                headers, _, _ = self._authorization.create_authorization_response(
                    uri, realms=[perms], credentials={"user_nsid": user_nsid}
                )
            except OAuth1Error:
                raise OAuthProblem("parameter_rejected") from None
            verifier = self._t.request_tokens[token].verifier
        assert verifier is not None
        return Authorization(verifier, headers.get("Location"))

    def pending(self, token: str) -> Optional[Tuple[str, str]]:
        """``(consumer key, callback)`` of a request token awaiting the user's decision."""
        with self._lock:
            entry = self._t.request_tokens.get(token)
            if entry is None or entry.verifier is not None:
                return None
            return entry.client_key, entry.callback

    def deny(self, token: str) -> str:
        """Refuse a request token (it cannot be used again); returns its callback."""
        with self._lock:
            entry = self._t.request_tokens.pop(token, None)
            if entry is None:
                raise OAuthProblem("token_rejected")
            self._t.spent_request_tokens.add(token)
            return entry.callback

    def access_token(self, req: OAuthRequest) -> Reply:
        """``/services/oauth/access_token``: trade an authorized request token and verifier."""
        with self._lock:
            params = req.oauth_params()
            _precheck(params, ("oauth_token", "oauth_verifier"))
            if params["oauth_token"] in self._t.spent_request_tokens:
                raise OAuthProblem("token_rejected")
            _, body, status = self._access_tokens.create_access_token_response(
                req.uri, req.http_method, req.body, req.headers
            )
        return _token_reply(req, body, status)

    def verify(self, req: OAuthRequest) -> Optional[Grant]:
        """Check a signed API request; None if it carries no OAuth parameters at all."""
        if not req.is_signed():
            return None
        params = req.oauth_params()
        with self._lock:
            _precheck(params, ())
            token = params.get("oauth_token")
            if token:
                valid, request = self._resource.validate_protected_resource_request(
                    req.uri, req.http_method, req.body, req.headers, realms=[]
                )
            else:
                valid, request = self._signature_only.validate_request(
                    req.uri, req.http_method, req.body, req.headers
                )
            if request is None:
                raise OAuthProblem("parameter_rejected")
            if not valid:
                raise _signature_invalid(req)
            if not token:
                return Grant(request.client_key, None, None, 0)
            entry = self._t.access_tokens[token]
            return Grant(entry.client_key, token, entry.user_nsid, entry.perms)


def _precheck(params: Dict[str, str], required: Sequence[str]) -> None:
    """The checks Flickr reports before looking at keys and signatures."""
    absent = [name for name in (*_MANDATORY, *required) if not params.get(name)]
    if absent:
        raise OAuthProblem(
            "parameter_absent", "&oauth_parameters_absent=" + quote("&".join(absent), safe="")
        )
    if params["oauth_signature_method"] != "HMAC-SHA1":
        raise OAuthProblem("signature_method_rejected")
    if params.get("oauth_version", "1.0") != "1.0":
        raise OAuthProblem("version_rejected", "&oauth_acceptable_versions=1.0-1.0")
    now = int(time.time())
    stamp = params["oauth_timestamp"]
    if not (stamp.isdigit() and len(stamp) == 10 and abs(now - int(stamp)) <= TIMESTAMP_LIFETIME):
        window = f"{now - TIMESTAMP_LIFETIME}-{now + TIMESTAMP_LIFETIME}"
        raise OAuthProblem("timestamp_refused", "&oauth_acceptable_timestamps=" + window)


def _signature_invalid(req: OAuthRequest) -> OAuthProblem:
    # Flickr appends the base string unencoded, so it must be read as "everything after debug_sbs=".
    return OAuthProblem("signature_invalid", "&debug_sbs=" + req.base_string())


def _token_reply(req: OAuthRequest, body: Optional[str], status: int) -> Reply:
    if status == 200 and body:
        return plain(200, body)
    if status == 401:
        raise _signature_invalid(req)
    raise OAuthProblem("parameter_rejected")
