"""Raw requests to one Flickr (the real one or the emulator), signed by requests-oauthlib, each
reply kept for the captures with its secrets redacted."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import urlencode

import oauthlib.oauth1
import requests
from requests_oauthlib import OAuth1

from flickr_api import _parsing
from flickr_api._endpoints import Endpoints

__all__ = ["Probe", "Redactor", "Reply", "Seen", "Target"]

#: Where OAuth parameters travel: requests-oauthlib's names for the three places.
PLACEMENTS = {"header": "AUTH_HEADER", "query": "QUERY", "body": "BODY"}
_TOKEN_SECRET = re.compile(rb"(oauth_token_secret=)[^&\s]+")


@dataclass(frozen=True)
class Target:
    """One Flickr and the credentials to use there (a token with read access at least)."""

    name: str  # "emulator" or "flickr"
    endpoints: Endpoints
    api_key: str
    api_secret: str
    token: str
    token_secret: str

    def redactor(self) -> Redactor:
        return Redactor({self.api_secret: "API_SECRET", self.token_secret: "TOKEN_SECRET",
                         self.api_key: "API_KEY", self.token: "ACCESS_TOKEN"})


class Redactor:
    """Replaces every known secret (and any ``oauth_token_secret`` value) by a placeholder."""

    def __init__(self, secrets: Mapping[str, str]) -> None:
        self._pairs = sorted(((k, v) for k, v in secrets.items() if k), key=lambda p: -len(p[0]))

    def text(self, text: str) -> str:
        for secret, placeholder in self._pairs:
            text = text.replace(secret, placeholder)
        return text

    def body(self, data: bytes) -> bytes:
        for secret, placeholder in self._pairs:
            data = data.replace(secret.encode(), placeholder.encode())
        return _TOKEN_SECRET.sub(rb"\g<1>0000000000000000", data)


@dataclass
class Reply:
    """What came back, unredacted (the checks read it; only :class:`Seen` leaves the process)."""

    status: int
    content_type: str
    body: bytes

    def json(self, method: Optional[str] = None) -> Any:
        """The library's reading of a JSON reply (``{"_content": x}`` collapsed)."""
        _parsing.check_http_status(self.status, {}, self.body)
        return _parsing.parse_json_reply(self.body, method, self.status)

    def xml(self, method: Optional[str] = None) -> Any:
        _parsing.check_http_status(self.status, {}, self.body)
        return _parsing.parse_rest_reply(self.body, method, self.status)

    def form(self) -> Dict[str, str]:
        _parsing.check_http_status(self.status, {}, self.body)
        return _parsing.parse_form_reply(self.body)


@dataclass(frozen=True)
class Seen:
    """A reply as a capture: file name, request (redacted), status, type, date, body."""

    name: str
    request: str
    status: int
    content_type: str
    recorded: str
    body: bytes


@dataclass
class Probe:
    """Sends the checks' requests to ``target``; ``facts`` carries what one check learnt (the
    user, a photo) to the next."""

    target: Target
    seen: List[Seen] = field(default_factory=list)
    facts: Dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.session = requests.Session()
        # Proxies from the environment may serve real Flickr, never a loopback emulator.
        self.session.trust_env = self.target.endpoints.base is None
        self.redact = self.target.redactor()

    def close(self) -> None:
        self.session.close()

    def oauth(self, placement: str = "header", *, token: bool = True,
              api_secret: Optional[str] = None) -> OAuth1:
        t = self.target
        return OAuth1(t.api_key, api_secret or t.api_secret,
                      t.token if token else None, t.token_secret if token else None,
                      signature_type=PLACEMENTS[placement])

    def signed_url(self, url: str, timestamp: Optional[str] = None) -> str:
        """``url`` signed in its query string (a new nonce, unless it is sent twice)."""
        t = self.target
        client = oauthlib.oauth1.Client(t.api_key, t.api_secret, t.token, t.token_secret,
                                        signature_type=oauthlib.oauth1.SIGNATURE_TYPE_QUERY,
                                        timestamp=timestamp)
        signed: str = client.sign(url)[0]
        return signed

    def rest(self, method: str, *, fmt: str = "json", signed: bool = True,
             placement: str = "header", auth: Optional[OAuth1] = None,
             capture: Optional[str] = None, **args: str) -> Reply:
        """Call a REST method: GET, or POST when signed in the body or when ``http_post``."""
        params = {"method": method, **args}
        if fmt == "json":
            params.update(format="json", nojsoncallback="1")
        if not signed:
            params.setdefault("api_key", self.target.api_key)
        post = placement == "body" or params.pop("http_post", "") == "1"
        signer = (auth or self.oauth(placement)) if signed else None
        url = self.target.endpoints.rest
        if post:
            response = self.session.post(url, data=params, auth=signer, timeout=60)
        else:
            response = self.session.get(url, params=params, auth=signer, timeout=60)
        return self._keep(response, capture, "POST" if post else "GET", url, params)

    def request_token(self, capture: Optional[str] = None) -> Reply:
        """A request token as flickrapi asks: ``oauth_callback`` in the form body, the other
        parameters in the Authorization header."""
        url = self.target.endpoints.request_token
        form = {"oauth_callback": "oob"}
        response = self.session.post(url, data=form, auth=self.oauth(token=False), timeout=60)
        return self._keep(response, capture, "POST", url, form)

    def upload(self, fields: Mapping[str, str], content: bytes, filename: str, *,
               signed: bool = True, capture: Optional[str] = None) -> Reply:
        """A multipart upload signed over the text fields only, as Flickr wants."""
        url = self.target.endpoints.upload
        headers = {}
        if signed:
            dummy = requests.Request("POST", url, data=dict(fields), auth=self.oauth())
            value = dummy.prepare().headers["Authorization"]
            headers["Authorization"] = value.decode() if isinstance(value, bytes) else value
        response = self.session.post(url, data=dict(fields), headers=headers, timeout=300,
                                     files={"photo": (filename, content, "image/jpeg")})
        return self._keep(response, capture, "POST", url, dict(fields))

    def get(self, url: str) -> Reply:
        response = self.session.get(self.target.endpoints.rewrite(url), timeout=60)
        return Reply(response.status_code, response.headers.get("Content-Type", ""),
                     response.content)

    def _keep(self, response: requests.Response, capture: Optional[str], http: str, url: str,
              params: Mapping[str, str]) -> Reply:
        reply = Reply(response.status_code, response.headers.get("Content-Type", ""),
                      response.content)
        if capture:
            shown = {k: v for k, v in sorted(params.items()) if not k.startswith("oauth_")}
            recorded = response.headers.get("Date") or email.utils.formatdate(usegmt=True)
            self.seen.append(Seen(
                capture, self.redact.text(f"{http} {url}?{urlencode(shown)}".rstrip("?")),
                reply.status, reply.content_type, recorded, self.redact.body(reply.body)))
        return reply
