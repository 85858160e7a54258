"""``flickr-api backup``, ``flickr-api sync-up`` and ``flickr-api restore``."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from flickr_api.cli._context import Commands, Context, LazyChoices
from flickr_api.cli._exit import CommandError, ExitCode

__all__ = ["add_parsers"]


def _layouts() -> Iterable[str]:
    from flickr_api.backup.layouts import LAYOUTS

    return LAYOUTS


def _links() -> Iterable[str]:
    from flickr_api.backup.layouts import LINKS

    return LINKS


def add_parsers(commands: Commands) -> None:
    backup = commands.add(
        "backup", run_backup, "back up your account (or a user's public photos) to a folder",
        "Mirror the account into DEST: originals, a JSON metadata file per photo, albums, "
        "collections and galleries. Run it again to pick up what changed; an interrupted run "
        "resumes where it stopped. --verify checks every file against the manifest instead.",
    )
    backup.add_argument("destination", metavar="DEST", type=Path, help="the backup folder")
    backup.add_argument("--layout", choices=LazyChoices(_layouts), metavar="LAYOUT",
                        help="also build a browsable tree of links to the stored files: "
                             "%(choices)s")
    backup.add_argument("--links", choices=LazyChoices(_links), default="hard", metavar="HOW",
                        help="how the layout points at the files: %(choices)s (default: hard "
                             "links)")
    backup.add_argument("--user", metavar="NAME",
                        help="back up this user's public photos instead of your account")
    backup.add_argument("--lean", action="store_true",
                        help="only what photo listings say: no per-photo requests for raw "
                             "tags, notes, people, groups, comments and EXIF")
    backup.add_argument("--full", action="store_true",
                        help="list every photo, even when an incremental run would do")
    backup.add_argument("--workers", type=int, default=4,
                        help="parallel downloads (default: 4)")
    backup.add_argument("--verify", action="store_true",
                        help="check every file against the manifest, without backing up")
    backup.add_argument("--repair", action="store_true",
                        help="with --verify: fetch again what is missing or damaged")

    sync = commands.add(
        "sync-up", run_sync_up, "upload what is new in a folder tree",
        "Upload the photos and videos under FOLDER that your account does not have yet. "
        "Each upload carries its file's SHA-1 as a machine tag (checksum:sha1=...), so a "
        "second run, from any machine, uploads nothing twice.",
    )
    sync.add_argument("folder", metavar="FOLDER", type=Path, help="the folder to upload")
    sync.add_argument("--album", metavar="NAME",
                      help="put the files in this album (made when you have none so named)")
    sync.add_argument("--albums-from-folders", action="store_true",
                      help="put each file in the album named after its folder")
    sync.add_argument("--title", help="title of new photos (default: the file name)")
    sync.add_argument("--description", help="description of new photos")
    sync.add_argument("--tags", default="",
                      help="tags of new photos, space-separated; quote a tag with spaces")
    visibility = sync.add_mutually_exclusive_group()
    visibility.add_argument("--public", dest="privacy", action="store_const", const="public",
                            help="visible to everyone")
    visibility.add_argument("--private", dest="privacy", action="store_const", const="private",
                            help="visible to you only")
    visibility.add_argument("--friends-family", dest="privacy", action="store_const",
                            const="friends-family", help="visible to your friends and family")

    restore = commands.add(
        "restore", run_restore, "upload a backup into your account",
        "Upload the backup in BACKUP (made by `flickr-api backup`) into the authorized "
        "account, the same or another: photos with their titles, descriptions, tags, dates "
        "taken, privacy, license and geo, then the albums in order. Run it again after an "
        "interruption: nothing is uploaded twice.",
    )
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="the backup folder")


def _counter(bar: Any) -> Callable[[int, Optional[int]], None]:
    """A ``(done, total)`` callback moving ``bar``; the total is set once known."""
    last = 0

    def report(done: int, total: Optional[int]) -> None:
        nonlocal last
        if total is not None and getattr(bar, "total", total) != total:
            bar.total = total
        bar.update(done - last)
        last = done

    return report


def run_backup(ctx: Context) -> int:
    from flickr_api.backup import backup, verify

    args = ctx.args
    if args.workers < 1:
        raise CommandError("--workers must be at least 1")
    if args.repair and not args.verify:
        raise CommandError("--repair goes with --verify")
    options = {"user": args.user, "layout": args.layout, "links": args.links,
               "details": not args.lean, "workers": args.workers}
    if args.verify:
        client = ctx.client(authorized=args.user is None) if args.repair else None
        with ctx.progress(None, "photo", "verify") as bar:
            report = verify(args.destination, repair=args.repair, client=client,
                            progress=_counter(bar), **(options if args.repair else {}))
        ctx.emit({"checked": report.checked, "missing": report.missing,
                  "damaged": report.damaged,
                  "repaired": str(report.repaired) if report.repaired else None},
                 [str(report), *(f"missing: {p}" for p in report.missing),
                  *(f"damaged: {p}" for p in report.damaged)])
        return ExitCode.OK if report.ok else ExitCode.FLICKR
    client = ctx.client(authorized=args.user is None)
    with ctx.progress(None, "photo", "backup") as bar:
        summary = backup(args.destination, client=client, full=args.full,
                         progress=_counter(bar), **options)
    ctx.emit({"incremental": summary.incremental, "downloaded": summary.downloaded,
              "metadata": summary.metadata, "unchanged": summary.unchanged,
              "replaced": summary.replaced, "deleted": summary.deleted,
              "albums_changed": summary.albums_changed,
              "albums_removed": summary.albums_removed,
              "failed": [{"id": i, "reason": r} for i, r in summary.failed]},
             [str(summary), *(f"failed: {i}: {r}" for i, r in summary.failed)])
    return ExitCode.OK if summary.ok else ExitCode.FLICKR


#: --public / --private / --friends-family -> (is_public, is_friend, is_family).
_PRIVACY = {"public": (True, False, False), "private": (False, False, False),
            "friends-family": (False, True, True), None: (None, None, None)}


def run_sync_up(ctx: Context) -> int:
    from flickr_api.backup import sync_up

    args = ctx.args
    client = ctx.client()
    is_public, is_friend, is_family = _PRIVACY[args.privacy]
    with ctx.progress(None, "file", "sync-up") as bar:
        summary = sync_up(args.folder, client=client, album=args.album,
                          albums_from_folders=args.albums_from_folders, title=args.title,
                          description=args.description, tags=_tags(args.tags),
                          is_public=is_public, is_friend=is_friend, is_family=is_family,
                          progress=_counter(bar))
    ctx.emit({"uploaded": [{"file": f, "id": i} for f, i in summary.uploaded],
              "skipped": summary.skipped, "albums": summary.albums,
              "failed": [{"file": f, "reason": r} for f, r in summary.failed]},
             [*(f"{i} {f}" for f, i in summary.uploaded), str(summary),
              *(f"failed: {f}: {r}" for f, r in summary.failed)])
    return ExitCode.OK if summary.ok else ExitCode.FLICKR


def _tags(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError as error:
        raise CommandError(f"--tags: {error}: close the quotes around a tag") from None


def run_restore(ctx: Context) -> int:
    from flickr_api.backup import restore

    client = ctx.client()
    with ctx.progress(None, "photo", "restore") as bar:
        summary = restore(ctx.args.backup, client=client, progress=_counter(bar))
    ctx.emit({"uploaded": summary.uploaded, "already_there": summary.already_there,
              "albums": summary.albums,
              "failed": [{"id": i, "reason": r} for i, r in summary.failed]},
             [str(summary), *(f"failed: {i}: {r}" for i, r in summary.failed)])
    return ExitCode.OK if summary.ok else ExitCode.FLICKR
