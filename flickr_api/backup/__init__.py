"""Backup and sync, built on the public API: a mirror of an account that can be run again and
again, its verification, folder uploads that skip what Flickr has, and restores.

::

    from flickr_api.backup import backup, verify

    print(backup("~/flickr-backup", layout="by-album"))   # full, then incremental runs
    print(verify("~/flickr-backup"))                       # every file against the manifest

See ``docs/backup.md`` for the layout on disk, the manifest and what a restore brings back.
"""

from flickr_api.backup.layouts import LAYOUTS, build_layout
from flickr_api.backup.mirror import BackupInterrupted, BackupSummary, backup
from flickr_api.backup.verify import VerifyReport, verify

__all__ = [
    "LAYOUTS",
    "BackupInterrupted",
    "BackupSummary",
    "VerifyReport",
    "backup",
    "build_layout",
    "verify",
]
