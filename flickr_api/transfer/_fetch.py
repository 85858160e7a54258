"""Stream one URL to a file: resumable, and never a truncated file under the final name.

The body goes to ``.NAME.part`` beside the target, chunk by chunk, and is renamed into place
only once complete and of the announced length. A ``.part`` file left by an interrupted
download is resumed with ``Range: bytes=N-`` (a 206 reply appends; a 200 reply starts over).
"""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from flickr_api._parsing import check_http_status
from flickr_api._requestor import NONE, USER_IF_ANY, Flow, Request, exchange
from flickr_api.errors import FlickrConnectionError, FlickrServerError
from flickr_api.transfer._progress import ProgressCallback

if TYPE_CHECKING:
    from flickr_api._transport import StreamedReply
    from flickr_api.client import Client

__all__ = ["fetch", "fetch_flow", "part_path"]

_CONTENT_RANGE = re.compile(r"bytes\s+(?:(\d+)-\d+|\*)/(\d+|\*)")
_ERROR_BODY_LIMIT = 4096


def part_path(target: Path) -> Path:
    """Where the download of ``target`` is written until it is complete."""
    return target.with_name(f".{target.name}.part")


def fetch(client: Client, url: str, target: Path, *, signed: bool = False,
          progress: Optional[ProgressCallback] = None) -> Path:
    """Download ``url`` to ``target`` (OAuth-signed with the client's token when ``signed``),
    resuming a previous attempt's ``.part`` file, retrying transient failures."""
    path: Path = client._run(fetch_flow(client, url, target, signed=signed, progress=progress))
    return path


def fetch_flow(client: Client, url: str, target: Path, *, signed: bool = False,
               progress: Optional[ProgressCallback] = None) -> Flow[Path]:
    """The flow of :func:`fetch`. Streamed replies of an event loop are read in the loop;
    cancelling that read deletes the ``.part`` file (a failure keeps it, to resume)."""
    url = client.endpoints.rewrite(url)
    part = part_path(target)

    def request() -> Request:
        offset = part.stat().st_size if part.exists() else 0
        return Request("GET", url, what=f"download of {target.name}",
                       auth=USER_IF_ANY if signed else NONE, stream=True, api=False,
                       headers={"Range": f"bytes={offset}-"} if offset else {})

    def save(reply: Any) -> Any:
        if hasattr(reply, "aiter_chunks"):
            return _save_async(reply, part, progress)
        return _save(reply, part, progress)

    # A part that turns out not to be the start of this file is dropped and the download
    # starts over, once.
    if not (yield from exchange(client, request, save)):
        yield from exchange(client, request, save)
    os.replace(part, target)
    return target


def _save(reply: StreamedReply, part: Path, progress: Optional[ProgressCallback]) -> bool:
    """Bring ``part`` up to the whole file; False if it had to be deleted to start over."""
    offset = part.stat().st_size if part.exists() else 0
    start, total = _resume_point(reply.status, reply.headers, offset,
                                 lambda: reply.read_all(_ERROR_BODY_LIMIT))
    if start is None:
        part.unlink()
        return False
    if start == total:
        return True  # the part already was the whole file
    done = start
    with open(part, "ab" if start else "wb") as out:
        if progress is not None:
            progress(done, total)
        for chunk in reply.iter_chunks():
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if total is not None and done < total:
        raise FlickrConnectionError(
            f"The download stopped at {done} of {total} bytes: retry to resume it.")
    return True


async def _save_async(reply: Any, part: Path, progress: Optional[ProgressCallback]) -> bool:
    """:func:`_save` reading an event loop's streamed reply."""
    offset = part.stat().st_size if part.exists() else 0
    status, headers = reply.status, reply.headers
    is_file = status in (200, 206) and not _is_a_page(headers)
    body = b"" if is_file or (status == 416 and offset) else await reply.read_all(
        _ERROR_BODY_LIMIT)
    start, total = _resume_point(status, headers, offset, lambda: body)
    if start is None:
        part.unlink()
        return False
    if start == total:
        return True
    done = start
    try:
        with open(part, "ab" if start else "wb") as out:
            if progress is not None:
                progress(done, total)
            async for chunk in reply.aiter_chunks():
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
    except asyncio.CancelledError:
        part.unlink(missing_ok=True)  # cancelled on purpose: leave nothing behind
        raise
    if total is not None and done < total:
        raise FlickrConnectionError(
            f"The download stopped at {done} of {total} bytes: retry to resume it.")
    return True


def _resume_point(status: int, headers: Mapping[str, str], offset: int,
                  error_body: Callable[[], bytes]) -> tuple[Optional[int], Optional[int]]:
    """(where the reply's body starts in the file, the file's size if known) for a reply to a
    request from ``offset``; (None, None) when the part file must be dropped. ``error_body``
    reads the reply's body when it is not the file."""
    if status in (200, 206) and _is_a_page(headers):
        # A web page or an API error where the file should be (an outage page, a "service
        # unavailable" reply): not the file, and worth another try.
        raise FlickrServerError(status, error_body())
    if status == 200:
        encoded = headers.get("Content-Encoding", "identity") != "identity"
        length = headers.get("Content-Length")
        return 0, int(length) if length and length.isdigit() and not encoded else None
    match = _CONTENT_RANGE.match(headers.get("Content-Range", ""))
    total = int(match.group(2)) if match and match.group(2) != "*" else None
    if status == 206 and offset and match and match.group(1) is not None:
        return (offset, total) if int(match.group(1)) == offset else (None, None)
    if status == 416 and offset:
        return (offset, offset) if total == offset else (None, None)
    body = error_body()
    if status not in (206, 416):
        check_http_status(status, headers, body)  # 401, 404, 429, 5xx: the typed error
    raise FlickrServerError(status, body)  # a range reply to a question we did not ask


def _is_a_page(headers: Mapping[str, str]) -> bool:
    kind = headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return kind.startswith("text/") or kind in ("application/json", "application/xml")
