"""Where a backup keeps things, and the file operations that never leave half a file behind.

::

    DEST/manifest.sqlite            what is complete (see _manifest)
    DEST/store/37/53000000037_f549cf808d.jpg   the original, once, named by id and version
    DEST/store/37/53000000037.json  its metadata
    DEST/albums/index.json, DEST/albums/<id>.json, DEST/collections.json, DEST/galleries/
    DEST/attic/{deleted,replaced,damaged,albums,galleries}/   what left Flickr, moved aside
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Mapping, Optional

from flickr_api.errors import BackupError, FlickrReplyError

__all__ = ["ATTIC", "REFETCH_METADATA", "RELIST_ALBUM", "STORE", "adopt_file", "inside",
           "is_name_part", "json_path", "move_aside", "name_part", "read_json", "sha1_of",
           "store_stem", "write_json"]

STORE = "store"
ATTIC = "attic"
#: Bytes hashed at a time: one buffer of this size per file, read into again and again (a
#: read of a fixed size, shrunk to what was read, would leave allocator holes behind it).
_CHUNK = 1 << 16


#: What an id or secret from a reply may hold to be part of a file name: Flickr's are digits,
#: hex, and the ``-`` of gallery ids. Anything else (``/``, ``..``) names no file.
_NAME_PART = re.compile(r"[0-9A-Za-z_@-]{1,100}")


def is_name_part(value: str) -> bool:
    """Whether ``value`` is an id or secret of Flickr's form (see :func:`name_part`)."""
    return _NAME_PART.fullmatch(value) is not None


def name_part(value: str, what: str) -> str:
    """``value``, the ``what`` (an id or secret) of a reply, if it can be part of a file name;
    else a FlickrReplyError (a reply must never name a file outside the backup)."""
    if not is_name_part(value):
        raise FlickrReplyError(None, f"{what} {value[:100]!r} cannot name a file; refused")
    return value


def inside(root: Path, relative: str) -> Path:
    """``root/relative``, if ``relative`` (a path the manifest or a metadata file holds) stays
    inside ``root``; else a BackupError (a damaged or crafted backup names no other file)."""
    path = PurePosixPath(relative)
    if not relative or path.is_absolute() or ".." in path.parts or "\\" in relative \
            or ":" in relative:
        raise BackupError(f"the backup in {root} names the file {relative[:200]!r}, outside "
                          "it: refused (is its manifest damaged?)")
    return root / relative


def _shard(photo_id: str) -> str:
    return photo_id[-2:].rjust(2, "0")


def store_stem(photo_id: str, version: str) -> str:
    """The relative path of an item's file, without extension: one name per file version."""
    return f"{STORE}/{_shard(photo_id)}/{photo_id}_{version}"


def json_path(photo_id: str) -> str:
    """The relative path of an item's metadata file."""
    return f"{STORE}/{_shard(photo_id)}/{photo_id}.json"


def adopt_file(root: Path, stem: str, extensions: Iterable[str]) -> Optional[Path]:
    """The complete file of ``stem`` (with one of ``extensions``) already on disk, if any: a
    download appears under its final name only once complete, so it can be kept after a
    crash."""
    for extension in extensions:
        path = root / f"{stem}{extension}"
        if path.is_file():
            return path
    return None


def sha1_of(path: Path) -> str:
    digest = hashlib.sha1()
    buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as stream:
        while read := stream.readinto(buffer):
            digest.update(view[:read])
    return digest.hexdigest()


def dumps(data: Any) -> bytes:
    """The bytes of a metadata file: sorted keys, so the same data gives the same file."""
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


def write_json(path: Path, data: Any) -> str:
    """Write ``data`` to ``path`` atomically (a temporary file renamed into place: a killed
    process never leaves half a file); returns the SHA-1 of the bytes written. No fsync: after
    a power cut, ``verify`` finds a file the system lost."""
    body = dumps(data)
    # One temporary name per file: a run killed while writing leaves it, and the run that
    # writes the file again (the manifest says it must) writes over it.
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        try:
            temporary.write_bytes(body)
        except FileNotFoundError:  # the first file of its folder
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(body)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return hashlib.sha1(body).hexdigest()


#: How to mend a damaged file of a backup: a photo's metadata, an album's file.
REFETCH_METADATA = "`flickr-api backup --verify --repair` on the backup fetches it again"
RELIST_ALBUM = "delete it, and the next `flickr-api backup` lists the album again"


def read_json(path: Path, mend: str, fields: Optional[Mapping[str, type]] = None
              ) -> dict[str, Any]:
    """The JSON object in ``path``, which must have ``fields`` (name -> type); else a
    BackupError that says what is wrong and how to ``mend`` it."""
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except ValueError as exc:  # not UTF-8, or not JSON
        raise _damaged(path, str(exc), mend) from None
    if not isinstance(data, dict):
        raise _damaged(path, f"a JSON {type(data).__name__}, not an object", mend)
    for name, kind in (fields or {}).items():
        if not isinstance(data.get(name), kind):
            raise _damaged(path, f"its {name!r} is missing or not a {kind.__name__}", mend)
    return data


def _damaged(path: Path, why: str, mend: str) -> BackupError:
    return BackupError(f"{path} is damaged ({why}): {mend}")


def move_aside(root: Path, relative: str, why: str) -> Optional[str]:
    """Move ``root/relative`` to ``root/attic/why/relative`` (never over another file);
    returns the new relative path, or None when there was nothing to move."""
    source = inside(root, relative)
    if not source.exists():
        return None
    target = root / ATTIC / why / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    number = 1
    while target.exists():
        number += 1
        target = target.with_name(f"{source.stem}~{number}{source.suffix}")
    os.replace(source, target)
    return target.relative_to(root).as_posix()
