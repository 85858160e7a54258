"""Helpers for the emulator's own tests: a plain requests + requests-oauthlib client (never
flickr_api's), so the emulator is checked against an independent OAuth implementation."""

from __future__ import annotations

import uuid
from typing import Any, Dict, Iterable, Iterator, Optional, Tuple, Union
from urllib.parse import urlencode

import oauthlib.oauth1
import requests
from requests_oauthlib import OAuth1

from flickr_api.testing import FlickrEmulator

FORM = "application/x-www-form-urlencoded"


def session() -> requests.Session:
    s = requests.Session()
    s.trust_env = False  # never send loopback traffic through a proxy from the environment
    return s


def oauth(emu: FlickrEmulator, perms: str = "write", **options: Any) -> OAuth1:
    """requests-oauthlib signing with a fresh access token of the default user."""
    token, secret = emu.token(perms)
    return OAuth1(emu.api_key, emu.api_secret, token, secret, **options)


def rest(
    emu: FlickrEmulator,
    method: str,
    *,
    auth: Optional[OAuth1] = None,
    http: str = "GET",
    fmt: Optional[str] = "json",
    **args: str,
) -> requests.Response:
    """Call a REST method; unsigned calls carry the API key. ``fmt=None`` means XML."""
    params: Dict[str, str] = {"method": method, **args}
    if fmt == "json":
        params.update(format="json", nojsoncallback="1")
    if auth is None:
        params.setdefault("api_key", emu.api_key)
    url = emu.base_url + "/services/rest/"
    with session() as s:
        if http == "GET":
            return s.get(url, params=params, auth=auth, timeout=10)
        return s.post(url, data=params, auth=auth, timeout=10)


def multipart(
    fields: Dict[str, str], filename: str, content: Union[bytes, Iterable[bytes]]
) -> Tuple[str, Iterator[bytes]]:
    """A multipart/form-data body streamed from ``content``, and its content type."""
    boundary = uuid.uuid4().hex

    def parts() -> Iterator[bytes]:
        for name, value in fields.items():
            yield (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n"
            ).encode()
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode()
        if isinstance(content, bytes):
            yield content
        else:
            yield from content
        yield f"\r\n--{boundary}--\r\n".encode()

    return f"multipart/form-data; boundary={boundary}", parts()


def upload(
    emu: FlickrEmulator,
    content: Union[bytes, Iterable[bytes]],
    *,
    perms: str = "write",
    token: Optional[Tuple[str, str]] = None,
    **options: Any,
) -> requests.Response:
    """Upload to ``emu`` with a fresh token (see :func:`upload_to` for the options)."""
    keys = (emu.api_key, emu.api_secret)
    return upload_to(emu.base_url, keys, token or emu.token(perms), content, **options)


def upload_to(
    base_url: str,
    keys: Tuple[str, str],
    token: Tuple[str, str],
    content: Union[bytes, Iterable[bytes]],
    *,
    filename: str = "photo.jpg",
    path: str = "/services/upload/",
    signed_fields: Optional[Dict[str, str]] = None,
    stream: bool = True,
    **fields: str,
) -> requests.Response:
    """Upload as Flickr asks: sign the text fields only, then send them with the file.

    ``signed_fields`` (default: the fields sent) lets a test sign something else. A streamed
    body goes out chunked; ``stream=False`` sends it with a Content-Length.
    """
    url = base_url + path
    client = oauthlib.oauth1.Client(keys[0], keys[1], *token)
    to_sign = fields if signed_fields is None else signed_fields
    _, headers, _ = client.sign(url, "POST", urlencode(to_sign), {"Content-Type": FORM})
    content_type, parts = multipart(fields, filename, content)
    headers = {"Authorization": headers["Authorization"], "Content-Type": content_type}
    body = parts if stream else b"".join(parts)
    with session() as s:
        return s.post(url, data=body, headers=headers, timeout=300)


JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF\x00" + bytes(range(256)) * 8 + b"\xff\xd9"
