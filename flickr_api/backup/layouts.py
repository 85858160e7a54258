"""Browsable trees over a backup's one store: by album, by date taken, or flat.

A layout is rebuilt whole at the end of each run (in a new folder swapped into place), from
links to the stored files, so a photo in three albums takes the space of one:

- ``by-album/<album>/0001 <title>_<id>.jpg`` in the album's order (photos in no album under
  ``by-album/(no album)/``);
- ``by-date/<year>/<month>/<title>_<id>.jpg`` by date taken;
- ``flat/<title>_<id>.jpg``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Callable, Iterator

from flickr_api.backup._files import inside
from flickr_api.transfer.bulk import safe_name

if TYPE_CHECKING:
    from flickr_api.backup._manifest import Manifest, PhotoRow

__all__ = ["LAYOUTS", "LINKS", "build_layout"]

NO_ALBUM = "(no album)"
_TITLE_BYTES = 80


def _name(row: PhotoRow, prefix: str = "") -> str:
    title = safe_name(row.title, _TITLE_BYTES)
    stem = f"{prefix}{title}_{row.id}" if title else f"{prefix}{row.id}"
    return safe_name(stem) + PurePosixPath(row.file).suffix


def _by_album(manifest: Manifest) -> Iterator[tuple[str, PhotoRow]]:
    folders: set[str] = set()
    for album_id, title in manifest.albums():
        folder = safe_name(title, _TITLE_BYTES) or album_id
        if folder.casefold() in folders:
            folder = f"{folder} ({album_id})"
        folders.add(folder.casefold())
        for position, photo_id in enumerate(manifest.album_photos(album_id), 1):
            row = manifest.photo(photo_id)
            if row is not None:
                yield f"{folder}/{_name(row, f'{position:04d} ')}", row
    for row in manifest.photos_in_no_album():
        yield f"{NO_ALBUM}/{_name(row)}", row


def _by_date(manifest: Manifest) -> Iterator[tuple[str, PhotoRow]]:
    for row in manifest.photos():
        year, month = row.taken[:4], row.taken[5:7]
        folder = f"{year}/{month}" if year.isdigit() and month.isdigit() else "unknown"
        yield f"{folder}/{_name(row)}", row


def _flat(manifest: Manifest) -> Iterator[tuple[str, PhotoRow]]:
    for row in manifest.photos():
        yield _name(row), row


#: Layout name -> the (path in the layout, item) pairs it holds.
LAYOUTS: dict[str, Callable[[Manifest], Iterator[tuple[str, PhotoRow]]]] = {
    "by-album": _by_album,
    "by-date": _by_date,
    "flat": _flat,
}


def _hard(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed: a copy will do
        shutil.copy2(source, target)


def _symbolic(source: Path, target: Path) -> None:
    target.symlink_to(os.path.relpath(source, target.parent))


def _copy(source: Path, target: Path) -> None:
    shutil.copy2(source, target)


#: How layout entries point at the store.
LINKS: dict[str, Callable[[Path, Path], None]] = {
    "hard": _hard,
    "symbolic": _symbolic,
    "copy": _copy,
}


def build_layout(root: Path, manifest: Manifest, layout: str, links: str = "hard") -> Path:
    """(Re)build the ``layout`` tree of the backup in ``root``; returns its folder."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    link = LINKS[links]
    final, fresh, old = root / layout, root / f".{layout}.new", root / f".{layout}.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    fresh.mkdir()
    # Hold the manifest's rows in an iterator while adding files: nothing is kept in memory.
    for relative, row in LAYOUTS[layout](manifest):
        target = fresh / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            link(inside(root, row.file), target)
    if final.exists():
        os.replace(final, old)
    os.replace(fresh, final)
    shutil.rmtree(old, ignore_errors=True)
    return final
