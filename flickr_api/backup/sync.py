"""Upload what is new in a folder tree, skipping what the account already has.

::

    summary = flickr_api.backup.sync_up("~/Pictures/2024", album="2024", tags=["family"])
    print(summary)          # 12 uploaded, 340 already on Flickr, 0 failed

Each file's SHA-1 goes with its upload as the machine tag ``checksum:sha1=<hex>``, and a run
starts by listing the account's checksums (one request per 500 photos). So a second run, on
this machine or any other, uploads nothing twice, with no local database; and a run that
crashed, even in the middle of an upload whose reply was lost, resumes without duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Union

from flickr_api.backup._files import sha1_of
from flickr_api.backup._remote import (
    album_ids_by_title,
    checksum_tag,
    ensure_album,
    remote_index,
)
from flickr_api.errors import FlickrError
from flickr_api.transfer.upload import MEDIA_SUFFIXES, upload

if TYPE_CHECKING:
    import os

    from flickr_api.client import Client

__all__ = ["SyncSummary", "media_files", "sync_up"]


@dataclass
class SyncSummary:
    """What :func:`sync_up` did: files uploaded ``(path, photo id)``, files Flickr already
    had, files that failed ``(path, reason)``, and the albums filled ``{title: id}``."""

    uploaded: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    albums: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed

    def __str__(self) -> str:
        return (f"{len(self.uploaded)} uploaded, {self.skipped} already on Flickr, "
                f"{len(self.failed)} failed, {len(self.albums)} albums")


def media_files(folder: Path) -> Iterator[Path]:
    """The photos and videos under ``folder``, in a stable order (sorted paths)."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in MEDIA_SUFFIXES:
            yield path


def sync_up(
    folder: Union[str, os.PathLike[str]],
    *,
    client: Optional[Client] = None,
    album: Optional[str] = None,
    albums_from_folders: bool = False,
    title: Optional[str] = None,
    description: Optional[str] = None,
    tags: Iterable[str] = (),
    is_public: Optional[bool] = None,
    is_friend: Optional[bool] = None,
    is_family: Optional[bool] = None,
    progress: Optional[Callable[[int, Optional[int]], None]] = None,
) -> SyncSummary:
    """Upload the photos and videos under ``folder`` that the account does not have yet.

    ``album`` puts every file in the album of that title (made if missing);
    ``albums_from_folders`` puts each file in the album named after its folder (its path
    under ``folder``; files at the top go to ``album`` or an album named after ``folder``).
    Files Flickr already has are added to their album too. ``title`` (default: the file name
    without extension), ``description``, ``tags`` and the privacy flags apply to new uploads.
    ``progress`` is called with ``(files done, files in all)``.
    """
    if client is None:
        from flickr_api.client import default_client

        client = default_client()
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise FlickrError(f"{root} is not a folder: give the folder to upload")
    me = str(client.call("flickr.test.login")["user"]["id"])
    have = remote_index(client, me).by_sha1
    files = list(media_files(root))
    summary = SyncSummary()
    albums: dict[str, list[str]] = {}
    for number, path in enumerate(files, 1):
        relative = path.relative_to(root).as_posix()
        try:
            sha1 = sha1_of(path)
            photo_id = have.get(sha1)
            if photo_id is None:
                photo = upload(photo_file=path, title=title, description=description,
                               tags=[*tags, checksum_tag(sha1)], is_public=is_public,
                               is_friend=is_friend, is_family=is_family, client=client)
                photo_id = have[sha1] = str(photo.id)
                summary.uploaded.append((relative, photo_id))
            else:
                summary.skipped += 1
        except (FlickrError, OSError) as error:
            summary.failed.append((relative, str(error) or type(error).__name__))
        else:
            name = _album_name(root, path, album, albums_from_folders)
            if name is not None:
                albums.setdefault(name, []).append(photo_id)
        if progress is not None:
            progress(number, len(files))
    if albums:
        existing = album_ids_by_title(client, me)
        for name, photo_ids in albums.items():
            summary.albums[name] = ensure_album(client, me, name, photo_ids, existing.get(name))
    return summary


def _album_name(root: Path, path: Path, album: Optional[str],
                from_folders: bool) -> Optional[str]:
    if not from_folders:
        return album
    folder = path.parent.relative_to(root).as_posix()
    return (album or root.name) if folder == "." else folder
