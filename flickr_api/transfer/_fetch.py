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
  resumed is deleted when the download fails or is interrupted (Ctrl-C, a cancelled task).

The download is a flow (:mod:`flickr_api._requestor`) carried out by the client's driver; the
checks of each reply are :class:`_Receiver`'s, and only the reading of the body has a blocking
(:func:`_drain`) and an asyncio (:func:`_adrain`) form.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator, Mapping, NoReturn, Optional, Union
from urllib.parse import urljoin

from flickr_api._endpoints import Endpoints
from flickr_api._parsing import check_http_status
from flickr_api._requestor import NONE, USER_IF_ANY, Flow, Request, exchange
from flickr_api.errors import (
    FlickrConnectionError,
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
          signed: bool = False, progress: Optional[ProgressCallback] = None) -> Any:
    """Download ``url`` to ``target`` (OAuth-signed with the client's token when ``signed``
    and the host is Flickr's), at most ``limit`` bytes, resuming a previous attempt's
    ``.part`` of the same ``owner``, retrying transient failures: the path, or with an
    :class:`~flickr_api.aio.AsyncClient` an awaitable of it (the same flow, awaited)."""
    return client._run(_fetch(client, url, target, owner, limit, signed, progress))


def _fetch(client: Client, url: str, target: Path, owner: PartOwner, limit: int, signed: bool,
           progress: Optional[ProgressCallback]) -> Flow[Path]:
    url = _https(client.endpoints.rewrite(url))
    _check_url(client, url, url)
    part = PartFile(target, owner)
    try:
        # A part that turns out not to be the start of this file is dropped and the download
        # starts over, once.
        if not (yield from _follow(client, url, part, signed, limit, progress)):
            yield from _follow(client, url, part, signed, limit, progress)
    except (FlickrTransferError, _ReplyTooLargeError):
        part.discard()  # a local problem or a refused file: nothing worth resuming
        raise
    except OSError as exc:
        part.discard()
        raise disk_error(target, exc) from None
    except BaseException:
        # A network error, or an interruption (Ctrl-C, a cancelled task): a part a later
        # attempt can resume stays, any other goes.
        if not part.resumable:
            part.discard()
        raise
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
            progress: Optional[ProgressCallback]) -> Flow[bool]:
    """GET ``url`` into the part, following redirects one hop at a time, each hop checked;
    False if the part had to be deleted to start over."""
    first = url
    for _ in range(_MAX_REDIRECTS + 1):
        outcome = yield from _get(client, url, part, signed, limit, progress)
        if not isinstance(outcome, str):
            return outcome
        url = urljoin(url, outcome)
        _check_url(client, url, first)
    raise FlickrServerError(310, f"more than {_MAX_REDIRECTS} redirects")


def _get(client: Client, url: str, part: PartFile, signed: bool, limit: int,
         progress: Optional[ProgressCallback]) -> Flow[Union[bool, str]]:
    """One hop: the part brought up to the whole file (see :class:`_Receiver`), or where the
    server redirects to."""
    # The user's signature only for Flickr's API hosts, never for a host a reply names.
    auth = USER_IF_ANY if signed and client.endpoints.is_api_url(url) else NONE
    drain = _adrain if client.is_async else _drain

    def request() -> Request:
        offset, validator = part.resume_point()
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers.update({"Range": f"bytes={offset}-", "If-Range": validator})
        return Request("GET", url, what=f"download of {part.target.name}", auth=auth,
                       stream=True, api=False, headers=headers)

    def save(reply: Any) -> Any:
        location = reply.headers.get("Location")
        if reply.status in _REDIRECTS and location:
            return location
        return drain(reply, _Receiver(reply.status, reply.headers, part, limit, progress))

    outcome: Union[bool, str] = yield from exchange(client, request, save)
    return outcome


def _drain(reply: StreamedReply, receiver: _Receiver) -> bool:
    """Read a reply into the part, blocking: :class:`_Receiver` decides, this moves bytes."""
    if receiver.refused:
        receiver.refuse(reply.read_all(_ERROR_BODY_LIMIT))
    if receiver.outcome is not None:
        return receiver.outcome
    with receiver.writing():
        for chunk in reply.iter_chunks():  # network errors come as FlickrErrors
            receiver.write(chunk)
    return receiver.finish()


async def _adrain(reply: Any, receiver: _Receiver) -> bool:
    """:func:`_drain` for the event loop (an ``AsyncStreamedReply``); a cancelled task stops
    between two chunks, its part closed."""
    if receiver.refused:
        receiver.refuse(await reply.read_all(_ERROR_BODY_LIMIT))
    if receiver.outcome is not None:
        return receiver.outcome
    with receiver.writing():
        async for chunk in reply.aiter_chunks():
            receiver.write(chunk)
    return receiver.finish()


class _Receiver:
    """What one reply's body does to the part, decided from its status and headers: the
    checks of a download, with no network I/O (the drivers :func:`_drain` and :func:`_adrain`
    read the reply).

    ``refused``: the reply is an error (or a page) whose body says why: read it and
    :meth:`refuse`. Else ``outcome`` is True when the part already is the whole file, False
    when it was deleted to start over, None when the body is to be written into the part.
    """

    def __init__(self, status: int, headers: Mapping[str, str], part: PartFile, limit: int,
                 progress: Optional[ProgressCallback]) -> None:
        self.status, self.headers, self.part, self.limit = status, headers, part, limit
        self.progress = progress
        self._out: Optional[IO[bytes]] = None
        place = _placement(status, headers, part.offset)
        self.refused = place is None
        self.outcome: Optional[bool] = None
        self.start, self.total = place if place is not None else (0, None)
        self.done = self.start or 0
        if place is None:
            return
        if self.start is None:
            part.discard()
            self.outcome = False
        elif self.total is not None and self.total > limit:
            raise _ReplyTooLargeError(status, f"a file of {self.total} bytes (over the "
                                              f"{limit} bytes allowed); refused")
        elif self.start and self.start == self.total:
            self.outcome = True  # the part already was the whole file

    def refuse(self, body: bytes) -> NoReturn:
        """Raise the error an error reply's ``body`` tells."""
        if self.status not in (200, 206, 416):
            check_http_status(self.status, self.headers, body)  # 401, 404, 429, 5xx: typed
        raise FlickrServerError(self.status, body)  # a page, or a range we did not ask

    @contextmanager
    def writing(self) -> Iterator[None]:
        """The part open for :meth:`write`; the disk's errors as a FlickrTransferError."""
        try:
            with self.part.begin(self.start or 0, self.headers, self.total) as out:
                self._out = out
                self._report()
                yield
        except OSError as exc:  # the disk's: writing, flushing, closing
            raise disk_error(self.part.target, exc) from None
        finally:
            self._out = None

    def write(self, chunk: bytes) -> None:
        self.done += len(chunk)
        if self.done > self.limit:
            raise _ReplyTooLargeError(self.status, f"over the {self.limit} bytes allowed; "
                                                   "refused")
        assert self._out is not None
        self._out.write(chunk)
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)

    def finish(self) -> bool:
        """Check that the whole file came."""
        if self.total is not None and self.done < self.total:
            raise FlickrConnectionError(
                f"The download stopped at {self.done} of {self.total} bytes: retry to resume"
                " it.")
        if self.done == 0:
            raise FlickrServerError(self.status, "an empty file instead of the image")
        return True


def _placement(status: int, headers: Mapping[str, str], offset: int
               ) -> Optional[tuple[Optional[int], Optional[int]]]:
    """(where the reply's body starts in the file, the file's size if known) for a reply to a
    request from ``offset``; (None, None) when the part file must be dropped; None for an
    error reply, whose body tells what went wrong."""
    if status in (200, 206) and _is_a_page(headers):
        # A web page or an API error where the file should be (an outage page, a "service
        # unavailable" reply): not the file, and worth another try.
        return None
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
    return None


def _is_a_page(headers: Mapping[str, str]) -> bool:
    kind = headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return kind.startswith("text/") or kind in ("application/json", "application/xml")
