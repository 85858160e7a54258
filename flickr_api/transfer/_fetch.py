"""Stream one image or video to a file: resumable, bounded, and never a truncated file under
the final name.

- only https URLs on Flickr's media hosts (or the configured base URL) are fetched, and
  redirects are followed one hop at a time under the same rule (never from https to http);
  the user's OAuth signature goes only to Flickr's API hosts;
- media is asked for and accepted only without content encoding (no gzip bomb), and refused
  past a size bound, announced or not;
- the body goes to a ``.part`` file (see :mod:`flickr_api.transfer._partfile`), resumed with
  ``Range`` and ``If-Range`` only when its record says it is the same photo, size and version,
  and renamed into place once complete and of the announced length. A part that cannot be
  resumed is deleted when the download fails.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Optional, Union
from urllib.parse import urljoin

from flickr_api._endpoints import Endpoints
from flickr_api._parsing import check_http_status
from flickr_api._requestor import NONE, USER_IF_ANY, Request, send
from flickr_api.errors import (
    FlickrConnectionError,
    FlickrError,
    FlickrServerError,
    FlickrTransferError,
    _ReplyTooLargeError,
)
from flickr_api.transfer._partfile import PartFile, PartOwner, disk_error
from flickr_api.transfer._progress import ProgressCallback

if TYPE_CHECKING:
    from flickr_api._transport import StreamedReply
    from flickr_api.client import Client

__all__ = ["PartOwner", "fetch", "part_path"]

_CONTENT_RANGE = re.compile(r"bytes\s+(?:(\d+)-\d+|\*)/(\d+|\*)")
_ERROR_BODY_LIMIT = 4096
_MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def part_path(target: Path) -> Path:
    """Where the download of ``target`` is written until it is complete."""
    return target.with_name(f".{target.name}.part")


def fetch(client: Client, url: str, target: Path, owner: PartOwner, limit: int, *,
          signed: bool = False, progress: Optional[ProgressCallback] = None) -> Path:
    """Download ``url`` to ``target`` (OAuth-signed with the client's token when ``signed``
    and the host is Flickr's), at most ``limit`` bytes, resuming a previous attempt's
    ``.part`` of the same ``owner``, retrying transient failures."""
    url = _https(client.endpoints.rewrite(url))
    _check_url(client, url, url)
    part = PartFile(target, owner)
    try:
        # A part that turns out not to be the start of this file is dropped and the download
        # starts over, once.
        if not _follow(client, url, part, signed, limit, progress):
            _follow(client, url, part, signed, limit, progress)
    except (FlickrTransferError, _ReplyTooLargeError):
        part.discard()  # a local problem or a refused file: nothing worth resuming
        raise
    except FlickrError:
        if not part.resumable:
            part.discard()
        raise
    except OSError as exc:
        part.discard()
        raise disk_error(target, exc) from None
    return part.finish()


def _https(url: str) -> str:
    """An http URL of Flickr's media hosts (older replies have them) as https."""
    if url.startswith("http://"):
        candidate = "https://" + url[len("http://"):]
        if Endpoints().is_media_url(candidate):
            return candidate
    return url


def _check_url(client: Client, url: str, first: str) -> None:
    downgrade = first.lower().startswith("https://") and not url.lower().startswith("https://")
    if downgrade or not client.endpoints.is_media_url(url):
        shown = url.split("?", 1)[0][:120]
        raise FlickrTransferError(
            f"Refusing to download {shown!r}: media is fetched only over https from Flickr's "
            "hosts (or the configured base URL).")


def _follow(client: Client, url: str, part: PartFile, signed: bool, limit: int,
            progress: Optional[ProgressCallback]) -> bool:
    """GET ``url`` into the part, following redirects one hop at a time, each hop checked;
    False if the part had to be deleted to start over."""
    first = url
    for _ in range(_MAX_REDIRECTS + 1):
        outcome = _get(client, url, part, signed, limit, progress)
        if not isinstance(outcome, str):
            return outcome
        url = urljoin(url, outcome)
        _check_url(client, url, first)
    raise FlickrServerError(310, f"more than {_MAX_REDIRECTS} redirects")


def _get(client: Client, url: str, part: PartFile, signed: bool, limit: int,
         progress: Optional[ProgressCallback]) -> Union[bool, str]:
    """One hop: the part brought up to the whole file (see :func:`_save`), or where the
    server redirects to."""
    # The user's signature only for Flickr's API hosts, never for a host a reply names.
    auth = USER_IF_ANY if signed and client.endpoints.is_api_url(url) else NONE

    def request() -> Request:
        offset, validator = part.resume_point()
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers.update({"Range": f"bytes={offset}-", "If-Range": validator})
        return Request("GET", url, what=f"download of {part.target.name}", auth=auth,
                       stream=True, api=False, headers=headers)

    def save(reply: StreamedReply) -> Union[bool, str]:
        location = reply.headers.get("Location")
        if reply.status in _REDIRECTS and location:
            return location
        return _save(reply, part, limit, progress)

    return send(client, request, save)


def _save(reply: StreamedReply, part: PartFile, limit: int,
          progress: Optional[ProgressCallback]) -> bool:
    """Bring the part up to the whole file; False if it had to be deleted to start over."""
    start, total = _resume_point(reply, part.offset)
    if start is None:
        part.discard()
        return False
    if total is not None and total > limit:
        raise _ReplyTooLargeError(reply.status, f"a file of {total} bytes (over the "
                                                f"{limit} bytes allowed); refused")
    if start and start == total:
        return True  # the part already was the whole file
    done = start
    try:
        with part.begin(start, reply.headers, total) as out:
            if progress is not None:
                progress(done, total)
            for chunk in reply.iter_chunks():  # network errors come as FlickrErrors
                done += len(chunk)
                if done > limit:
                    raise _ReplyTooLargeError(reply.status, f"over the {limit} bytes allowed;"
                                                            " refused")
                out.write(chunk)
                if progress is not None:
                    progress(done, total)
    except OSError as exc:  # the disk's: writing, flushing, closing
        raise disk_error(part.target, exc) from None
    if total is not None and done < total:
        raise FlickrConnectionError(
            f"The download stopped at {done} of {total} bytes: retry to resume it.")
    if done == 0:
        raise FlickrServerError(reply.status, "an empty file instead of the image")
    return True


def _resume_point(reply: StreamedReply, offset: int) -> tuple[Optional[int], Optional[int]]:
    """(where the reply's body starts in the file, the file's size if known) for a reply to a
    request from ``offset``; (None, None) when the part file must be dropped."""
    status, headers = reply.status, reply.headers
    if status in (200, 206) and _is_a_page(headers):
        # A web page or an API error where the file should be (an outage page, a "service
        # unavailable" reply): not the file, and worth another try.
        raise FlickrServerError(status, reply.read_all(_ERROR_BODY_LIMIT))
    if status in (200, 206):
        encoding = headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("identity", ""):
            raise FlickrServerError(status, f"media sent with Content-Encoding {encoding[:40]!r}"
                                            " although identity was asked for; refused")
    if status == 200:
        length = headers.get("Content-Length", "").strip()
        return 0, int(length) if length.isdigit() else None
    match = _CONTENT_RANGE.match(headers.get("Content-Range", ""))
    total = int(match.group(2)) if match and match.group(2) != "*" else None
    if status == 206 and offset and match and match.group(1) is not None:
        return (offset, total) if int(match.group(1)) == offset else (None, None)
    if status == 416 and offset:
        return (offset, offset) if total == offset else (None, None)
    body = reply.read_all(_ERROR_BODY_LIMIT)
    if status not in (206, 416):
        check_http_status(status, headers, body)  # 401, 404, 429, 5xx: the typed error
    raise FlickrServerError(status, body)  # a range reply to a question we did not ask


def _is_a_page(headers: Mapping[str, str]) -> bool:
    kind = headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return kind.startswith("text/") or kind in ("application/json", "application/xml")
