"""Backup and sync, built on the public API: a mirror of an account that can be run again and
again, its verification, folder uploads that skip what Flickr has, and restores.

::

    from flickr_api.backup import backup, restore, sync_up, verify

    print(backup("~/flickr-backup", layout="by-album"))   # full, then incremental runs
    print(verify("~/flickr-backup"))                       # every file against the manifest
    print(sync_up("~/Pictures/2024", album="2024"))       # only what Flickr does not have
    print(restore("~/flickr-backup", client=other_account))

See ``docs/backup.md`` for the layout on disk, the manifest and what a restore brings back.
"""

from flickr_api.backup.layouts import LAYOUTS, build_layout
from flickr_api.backup.mirror import BackupInterrupted, BackupSummary, backup
from flickr_api.backup.restore import RestoreSummary, restore
from flickr_api.backup.sync import SyncSummary, sync_up
from flickr_api.backup.verify import VerifyReport, verify
from flickr_api.errors import BackupError

__all__ = [
    "LAYOUTS",
    "BackupError",
    "BackupInterrupted",
    "BackupSummary",
    "RestoreSummary",
    "SyncSummary",
    "VerifyReport",
    "backup",
    "build_layout",
    "restore",
    "sync_up",
    "verify",
]
