"""Download many photos into a directory at once: an album, a photostream, any photo list.

::

    summary = flickr_api.download_photos(photoset.getPhotos(), "album/", workers=8, progress=True)
    print(summary)            # 1200 downloaded, 0 skipped, 0 failed

Files are named ``{title}_{id}.{ext}`` from safe characters only (letters, digits, spaces and
``-_.,()[]+&'!#``), always inside the directory; files already there are skipped, so running it
again finishes an interrupted job. A photo that fails (a bad reply, a refused URL, a full disk)
is listed in the summary's ``failed`` with the reason, and the others go on. Image hosts are
not the API: the downloads do not count against the API rate limit, and photos from listings
that carry ``url_*`` extras cost no API call at all.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, NamedTuple, Optional, Union

from flickr_api.transfer._partfile import disk_error
from flickr_api.transfer._progress import Progress, ProgressCallback, reporter
from flickr_api.transfer.download import Size, client_of, pick_size, save_size

if TYPE_CHECKING:
    import os

    from flickr_api.client import Client
    from flickr_api.objects.base import FlickrObject

__all__ = ["Batch", "DownloadSummary", "Job", "download_photos", "file_of", "safe_name"]

NameRule = Union[str, Callable[[Any], str]]

_UNSAFE = re.compile(r"[^\w\-_ .,()\[\]+&'!#]+")
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                       *(f"LPT{i}" for i in range(1, 10))})
_TITLE_BYTES = 100
_NAME_BYTES = 200


@dataclass
class DownloadSummary:
    """What :func:`download_photos` did: files written, files already there, and the photos
    that failed as ``(photo_id, reason)``."""

    downloaded: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def __str__(self) -> str:
        return (f"{len(self.downloaded)} downloaded, {len(self.skipped)} skipped, "
                f"{len(self.failed)} failed")


def safe_name(text: str, max_bytes: int = _NAME_BYTES) -> str:
    """``text`` as a file name valid on Linux, macOS and Windows, from safe characters only
    (no path separator, no leading dot), at most ``max_bytes`` long in UTF-8 (may be empty)."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", text))
    text = _SPACES.sub(" ", text).strip(" ._")
    text = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore").rstrip(" ._")
    if text.split(".", 1)[0].upper() in _RESERVED:
        text = f"_{text}"
    return text


def download_photos(
    photos: Iterable[FlickrObject],
    directory: Union[str, os.PathLike[str]],
    size_label: Optional[str] = None,
    workers: int = 8,
    client: Optional[Client] = None,
    progress: Progress = None,
    name: NameRule = "{title}_{id}",
    max_bytes: Optional[int] = None,
) -> DownloadSummary:
    """Download every photo of ``photos`` (a list, a Walker, an album's photos...) into
    ``directory`` with ``workers`` parallel downloads; return a :class:`DownloadSummary`.

    ``name`` is a format string with ``{title}`` and ``{id}``, or a callable(photo) -> str;
    the result is made safe and the extension added. A photo that fails does not stop the
    others: it is listed in ``failed`` with the reason (so is a listing that fails part way,
    as ``"(listing)"``). ``progress`` is a callable ``(photos_done, photos_total or None)`` or
    True for a progress bar. ``max_bytes`` bounds each file (see :func:`download_photo`).
    With an AsyncClient, use :func:`flickr_api.aio.download_photos`.
    """
    batch = Batch(photos, directory, workers, client, name)
    pending: dict[Future[tuple[bool, Path]], str] = {}
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="flickr-download")

    def settle(futures: Iterable[Future[tuple[bool, Path]]]) -> None:
        for future in futures:
            batch.settle(pending.pop(future), future.result)

    with reporter(progress, "photos", unit="photo") as batch.report:
        try:
            listing = iter(photos)
            while True:
                try:
                    photo = next(listing)
                except StopIteration:
                    break
                except Exception as exc:  # keep what was downloaded
                    batch.listing_failed(exc)
                    break
                job = batch.admit(photo)
                if job is None:
                    continue
                if len(pending) >= 2 * workers:
                    settle(wait(pending, return_when=FIRST_COMPLETED).done)
                future = pool.submit(_download_one, photo, job.stem, size_label, job.client,
                                     max_bytes)
                pending[future] = job.photo_id
            settle(wait(pending).done)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return batch.summary


class Job(NamedTuple):
    """One photo of a batch to download: its id, its file name without extension, and the
    client to download it with."""

    photo_id: str
    stem: Path
    client: Client


class Batch:
    """The bookkeeping of :func:`download_photos`, without I/O of the network: checking the
    arguments, naming each photo's file, counting, and the summary; the thread pool (or
    :func:`flickr_api.aio.download_photos`'s tasks) only runs the downloads."""

    def __init__(self, photos: Any, directory: Union[str, os.PathLike[str]], workers: int,
                 client: Optional[Client], name: NameRule, awaited: bool = False) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if isinstance(name, str):
            try:
                name.format(title="", id="")
            except (KeyError, IndexError, ValueError) as exc:
                raise ValueError(f"name {name!r} may use only {{title}} and {{id}} ({exc!r})") \
                    from None
        self.folder = Path(directory)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise disk_error(self.folder / "-", exc) from None
        self.client, self.name, self.awaited = client, name, awaited
        self.total = len(photos) if isinstance(photos, (list, tuple)) else None
        self.summary = DownloadSummary()
        self.report: Optional[ProgressCallback] = None
        self._done = 0
        self._stems: set[str] = set()
        self._seen: set[str] = set()

    def admit(self, photo: Any) -> Optional[Job]:
        """The job of a photo of the listing; None for a photo listed twice (Flickr's paging
        can) or one that failed already (its file name or client)."""
        photo_id = _photo_id(photo)
        if photo_id in self._seen:
            return None
        self._seen.add(photo_id)
        try:
            stem = self.folder / _unique(_stem(photo, photo_id, self.name), photo_id,
                                         self._stems)
            return Job(photo_id, stem, client_of(photo, self.client, self.awaited))
        except Exception as exc:
            self.fail(photo_id, exc)
            return None

    def settle(self, photo_id: str, outcome: Callable[[], tuple[bool, Path]]) -> None:
        """Count a photo done: ``outcome()`` is (True, path) once downloaded, (False, path)
        when the file was there already, or raises why the photo failed."""
        try:
            written, path = outcome()
        except Exception as exc:  # one photo never stops the batch
            self.fail(photo_id, exc)
        else:
            (self.summary.downloaded if written else self.summary.skipped).append(path)
            self._count()

    def fail(self, photo_id: str, exc: Exception) -> None:
        self.summary.failed.append((photo_id, _reason(exc)))
        self._count()

    def _count(self) -> None:
        self._done += 1
        if self.report is not None:
            self.report(self._done, self.total)

    def listing_failed(self, exc: Exception) -> None:
        """The listing broke off: what was downloaded stays, the failure is listed."""
        self.summary.failed.append(("(listing)", _reason(exc)))


def file_of(stem: Path, size: Size) -> Path:
    """The file of a job, for the chosen size."""
    return stem.with_name(stem.name + size.extension)


def _photo_id(photo: Any) -> str:
    try:
        ident = photo.id
    except Exception:  # not a photo: reported as failed under this name
        return repr(photo)[:60]
    return str(ident)


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _download_one(photo: FlickrObject, stem: Path, size_label: Optional[str], client: Client,
                  max_bytes: Optional[int]) -> tuple[bool, Path]:
    """(True, path) once downloaded, (False, path) when the file was already there."""
    size = pick_size(photo, size_label)
    target = file_of(stem, size)
    if target.exists():
        return False, target
    return True, save_size(client, photo, size, target, max_bytes)


def _stem(photo: FlickrObject, photo_id: str, name: NameRule) -> str:
    """A file name (without extension) of safe characters, never empty, never a path."""
    if callable(name):
        text = str(name(photo))
    else:
        # Only a title the photo already has: reading a missing one would cost a request.
        title = safe_name(str(photo.title or "") if "title" in photo else "", _TITLE_BYTES)
        text = name.format(title=title, id=photo_id)
    stem = safe_name(text) or safe_name(photo_id)
    if not stem:
        stem = "photo_" + hashlib.sha256(photo_id.encode("utf-8", "replace")).hexdigest()[:12]
    return stem


def _unique(stem: str, photo_id: str, used: set[str]) -> str:
    """``stem``, or ``stem_{id}`` when another photo of this job has it (any letter case)."""
    if stem.casefold() in used:
        stem = safe_name(f"{stem}_{photo_id}")
    used.add(stem.casefold())
    return stem
