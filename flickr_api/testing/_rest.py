"""``/services/rest``: the checks Flickr makes before a method runs, then the method's handler."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Dict, Optional, Tuple

from flickr_api import _catalog
from flickr_api._catalog import MethodSpec
from flickr_api.testing._oauth import Grant
from flickr_api.testing._protocol import ApiFail, Ctx, Handler
from flickr_api.testing._render import XML, Reply, parse_format, render_fail, render_ok
from flickr_api.testing._server import Exchange, Route

if TYPE_CHECKING:
    from flickr_api.testing._emulator import FlickrEmulator

__all__ = ["REST_ROUTE"]

_PERM_NAMES = {0: "none", 1: "read", 2: "write", 3: "delete"}
_KEY_FORMAT = re.compile(r"^[0-9a-f]{32}$")

#: Arguments the catalog marks required that Flickr answers without (captures of calls that
#: leave them out, answered with the set).
_NOT_ENFORCED = {
    "flickr.photosets.getInfo": frozenset({"user_id"}),
    "flickr.photosets.getPhotos": frozenset({"user_id"}),
}


def _identify(emu: FlickrEmulator, ex: Exchange) -> Optional[str]:
    ex.form = ex.form_body()
    params = ex.params(ex.form)
    ex.fmt = parse_format(params) or XML
    return params.get("method")


def _run(emu: FlickrEmulator, ex: Exchange) -> Reply:
    params = ex.params(ex.form)
    fmt = parse_format(params)
    if fmt is None:
        return render_fail(111, f'Format "{params["format"]}" not found', XML)
    spec = _catalog.get(params.get("method", ""))
    named = spec.argument_names if spec is not None else frozenset()
    # OAuth protocol parameters are not arguments, unless the method names one as its own
    # (checkToken's oauth_token): then Flickr reads the query or form value, never the header.
    args = {k: v for k, v in params.items() if not k.startswith("oauth_") or k in named}
    record = ex.record
    record.params = dict(args)
    grant = emu.oauth.verify(ex.oauth_request(ex.form))
    if grant is not None:
        record.user_nsid, record.oauth_token = grant.user_nsid, grant.token
    try:
        spec, handler = _method(emu, args.get("method", ""))
        record.is_write = spec.is_write
        _check_caller(emu, spec, args, grant)
        if spec.is_write and ex.http_method != "POST":
            raise ApiFail(116, "The POST method is now required for all setters")
        _check_arguments(spec, args)
        ctx = Ctx(
            store=emu.store,
            method=spec.name,
            user_nsid=grant.user_nsid if grant else None,
            perms=grant.perms if grant else 0,
            base_url=emu.base_url,
            api_key=grant.client_key if grant else args.get("api_key", ""),
            token=grant.token if grant else None,
        )
        with emu.store.lock:
            payload = handler(ctx, args)
    except ApiFail as fail:
        return render_fail(fail.code, fail.message, fmt)
    record.executed = True
    return render_ok(payload, fmt)


def _method(emu: FlickrEmulator, name: str) -> Tuple[MethodSpec, Handler]:
    spec = _catalog.get(name)
    handler = emu.handlers.get(name)
    if spec is None or handler is None:
        raise ApiFail(112, f'Method "{name}" not found')
    return spec, handler


def _check_caller(
    emu: FlickrEmulator, spec: MethodSpec, args: Dict[str, str], grant: Optional[Grant]
) -> None:
    """The API key, signature and access level, in the order Flickr reports them."""
    key = args.get("api_key")
    if grant is None:
        if not key or not _KEY_FORMAT.match(key):
            raise ApiFail(100, "Invalid API Key (Key has invalid format)")
        if key != emu.api_key:
            raise ApiFail(100, "Invalid API Key (Key not found)")
    elif key is not None and key != grant.client_key:
        raise ApiFail(100, "Invalid API Key (Key not found)")
    if "api_sig" in args and args["api_sig"] != _legacy_signature(emu.api_secret, args):
        raise ApiFail(96, "Invalid signature")
    perms = grant.perms if grant else 0
    needed = max(spec.perms_level, 1 if spec.needslogin else 0)
    if needed > perms:
        raise ApiFail(
            99,
            f"Insufficient permissions. Method requires {_PERM_NAMES[needed]} privileges; "
            f"{_PERM_NAMES[perms]} granted.",
        )
    if spec.needssigning and grant is None:
        raise ApiFail(97, "Missing signature")


def _legacy_signature(secret: str, args: Dict[str, str]) -> str:
    """The old ``api_sig``: MD5 of the secret then every other argument's name and value,
    sorted by name. Flickr checks it whenever it is sent."""
    text = secret + "".join(f"{k}{v}" for k, v in sorted(args.items()) if k != "api_sig")
    return hashlib.md5(text.encode("utf-8")).hexdigest()


#: Error messages that say "an argument is missing" without naming it.
_MISSING = re.compile(r"^(required (arguments?|parameters?) missing|missing required arguments"
                      r"|invalid or missing arguments)\.?$", re.IGNORECASE)


def _check_arguments(spec: MethodSpec, args: Dict[str, str]) -> None:
    """Missing required arguments: the error the method documents for a missing argument
    (e.g. setPerms 2 "Required arguments missing", editMeta 2 "No title specified"), else its
    code 1 (how Flickr answers the others is not documented)."""
    optional = _NOT_ENFORCED.get(spec.name, frozenset())
    missing = [name for name in spec.required_arguments
               if name not in optional and not args.get(name)]
    if not missing:
        return
    for error in spec.errors:
        if _MISSING.match(error.message) or error.message.lower() in (
                f"no {name} specified" for name in missing):
            raise ApiFail(error.code, error.message)
    message = next((e.message for e in spec.errors if e.code == 1), "Required parameter missing")
    raise ApiFail(1, message)


REST_ROUTE = Route(re.compile(r"^/services/rest/?$"), _identify, _run)
