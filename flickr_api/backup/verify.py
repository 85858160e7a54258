"""Check a backup against its manifest, and repair what is off.

::

    report = flickr_api.backup.verify("~/flickr-backup")
    print(report)                       # 1200 checked: 0 missing, 0 damaged
    flickr_api.backup.verify("~/flickr-backup", repair=True)   # fetch them again

Every file is read whole and its size and SHA-1 compared with the manifest, as is every
metadata file. Repair moves damaged files to ``attic/damaged/`` and runs a full backup, which
fetches exactly the items that are missing or were moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from flickr_api.backup._files import inside, json_path, move_aside, sha1_of
from flickr_api.backup._manifest import MANIFEST_NAME, opened
from flickr_api.backup.mirror import BackupProgress, BackupSummary, backup
from flickr_api.errors import BackupError

if TYPE_CHECKING:
    import os

    from flickr_api.client import Client

__all__ = ["VerifyReport", "verify"]


@dataclass
class VerifyReport:
    """What :func:`verify` found: items checked, and the paths missing or not matching the
    manifest (``repaired`` holds the summary of the repairing backup run, if any)."""

    checked: int = 0
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    repaired: Optional[BackupSummary] = None

    @property
    def ok(self) -> bool:
        """True when every file was as recorded (or has been repaired)."""
        if self.repaired is not None:
            return self.repaired.ok
        return not self.missing and not self.damaged

    def __str__(self) -> str:
        text = (f"{self.checked} checked: {len(self.missing)} missing, "
                f"{len(self.damaged)} damaged")
        return text if self.repaired is None else f"{text}; repaired by a {self.repaired}"


def verify(
    destination: Union[str, os.PathLike[str]],
    *,
    repair: bool = False,
    client: Optional[Client] = None,
    progress: BackupProgress = None,
    **backup_options: Any,
) -> VerifyReport:
    """Check every file of the backup in ``destination`` against the manifest; with
    ``repair``, fetch again what is missing or damaged (``backup_options`` go to
    :func:`~flickr_api.backup.backup`)."""
    root = Path(destination).expanduser()
    if not (root / MANIFEST_NAME).is_file():
        raise BackupError(f"{root} holds no backup (no {MANIFEST_NAME})")
    report = VerifyReport()
    with opened(root) as manifest:
        total = manifest.photo_count()
        bad: list[str] = []
        for row in manifest.photos():
            report.checked += 1
            for relative, size, sha1 in ((row.file, row.size, row.sha1),
                                         (json_path(row.id), None, row.meta_sha1)):
                path = inside(root, relative)
                if not path.is_file():
                    report.missing.append(relative)
                elif (size is not None and path.stat().st_size != size) or sha1_of(path) != sha1:
                    report.damaged.append(relative)
                else:
                    continue
                bad.append(row.id)
            if progress is not None:
                progress(report.checked, total)
        if repair:
            for relative in report.damaged:
                move_aside(root, relative, "damaged")
            with manifest.transaction():
                for photo_id in bad:
                    manifest.forget_version(photo_id)
    if repair and bad:
        report.repaired = backup(root, client=client, full=True, **backup_options)
    return report
