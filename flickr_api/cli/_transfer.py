"""``flickr-api upload`` and ``flickr-api download``."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from flickr_api.cli._context import Commands, Context
from flickr_api.cli._exit import CommandError, ExitCode

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["add_parsers", "media_files"]

DOWNLOAD_KINDS = ("album", "user", "photo")
_ALBUM_URL = re.compile(r"/photos/([^/?#]+)/(?:albums|sets)/(\d+)")


def add_parsers(commands: Commands) -> None:
    upload = commands.add(
        "upload", run_upload, "upload photos and videos",
        "Upload files (and the photos and videos of folders) to your account, optionally into "
        "an album. Prints the new photo ids.",
    )
    upload.add_argument("files", nargs="+", metavar="FILE", type=Path,
                        help="files or folders to upload")
    upload.add_argument("--title", help="title of every photo (default: its file name)")
    upload.add_argument("--description", help="description of every photo")
    upload.add_argument("--tags", help='space-separated tags, e.g. "sea sun \\"old town\\""')
    visibility = upload.add_mutually_exclusive_group()
    visibility.add_argument("--public", dest="is_public", action="store_const", const=True,
                            help="visible to everyone")
    visibility.add_argument("--private", dest="is_public", action="store_const", const=False,
                            help="visible to you only (default: your account's setting)")
    upload.add_argument("--album", metavar="NAME",
                        help="add the photos to this album (created when you have none so "
                             "named)")

    download = commands.add(
        "download", run_download, "download an album, a user's photos, or a photo",
        "Download into DIR: `album ID` (yours, or --user's) or `album URL`, `user NAME` (the "
        "photos you may see), or `photo ID`. Files already there are skipped, so running it "
        "again completes an interrupted download.",
    )
    download.add_argument("kind", choices=DOWNLOAD_KINDS, help="what to download")
    download.add_argument("target", metavar="ID|NAME|URL",
                          help="album id or URL, user name, or photo id")
    download.add_argument("directory", metavar="DIR", type=Path, help="where to save")
    download.add_argument("--size", metavar="LABEL",
                          help="size label: Original, Large, Medium 800... (default: largest)")
    download.add_argument("--user", metavar="NAME",
                          help="the album's owner (default: you, or the one in its URL)")
    download.add_argument("--workers", type=int, default=8,
                          help="parallel downloads (default: 8)")


def media_files(paths: list[Path]) -> list[Path]:
    """The files to upload: files as given, folders as their media files (sorted, recursive)."""
    from flickr_api.transfer.upload import MEDIA_SUFFIXES

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in MEDIA_SUFFIXES)
        elif path.is_file():
            found.append(path)
        else:
            raise CommandError(f"No such file or folder: {path}")
    if not found:
        raise CommandError("Nothing to upload: the folders hold no photos or videos")
    return found


def _counter(bar: Any, share: Optional[int] = None) -> Callable[[int, Optional[int]], None]:
    """A transfer progress callback ``(done, total)`` moving ``bar`` by the difference; with a
    ``share``, the progress counts as that many units of the bar (an upload's body is a bit
    larger than its file)."""
    last = 0

    def report(done: int, total: Optional[int]) -> None:
        nonlocal last
        value = share * done // total if share is not None and total else done
        bar.update(value - last)
        last = value

    return report


def run_upload(ctx: Context) -> int:
    from flickr_api.transfer import upload

    args = ctx.args
    files = media_files(args.files)
    client = ctx.client()
    photos = []
    sizes = [path.stat().st_size for path in files]
    with ctx.progress(sum(sizes), "B", "upload") as bar:
        for path, size in zip(files, sizes):
            photo = upload(photo_file=path, title=args.title, description=args.description,
                           tags=args.tags, is_public=args.is_public, client=client,
                           progress=_counter(bar, size))
            photos.append({"file": str(path), "id": str(photo.id)})
            if not args.json:
                bar.write(str(photo.id), file=ctx.stdout)
    album = _into_album(client, args.album, [p["id"] for p in photos]) if args.album else None
    if args.json:
        ctx.emit({"photos": photos, "album": album})
    if album:
        ctx.say(f"{len(photos)} photos in album {album['title']!r} ({album['id']})")
    return ExitCode.OK


def _into_album(client: Client, title: str, photo_ids: list[str]) -> dict[str, str]:
    """Add the photos to the user's album called ``title``, made when there is none."""
    from flickr_api.backup._remote import album_ids_by_title, ensure_album

    me = str(client.api.test.login()["user"]["id"])
    album_id = ensure_album(client, me, title, photo_ids, album_ids_by_title(client, me).get(title))
    return {"id": album_id, "title": title}


def _nsid(client: Client, username: str) -> str:
    return str(client.api.people.findByUsername(username=username)["user"]["nsid"])


def _album_and_owner(client: Client, target: str, user: Optional[str]) -> tuple[str, str]:
    """Flickr finds an album through its owner: from the album's URL, --user, or the token."""
    match = _ALBUM_URL.search(target)
    if match:
        owner, album_id = match.groups()
        if "@" not in owner:  # a path alias, not an NSID
            owner = str(client.api.urls.lookupUser(url=target)["user"]["id"])
        return album_id, owner
    if user:
        return target, _nsid(client, user)
    if client.auth_handler is None:
        raise CommandError("Flickr finds an album through its owner: add --user NAME, give "
                           "the album's URL, or run `flickr-api auth` to download your own")
    return target, str(client.api.test.login()["user"]["id"])


def _photos_to_download(client: Client, args: argparse.Namespace) -> Any:
    objects = client.objects
    if args.kind == "photo":
        return [objects.Photo(id=args.target)]
    if args.kind == "album":
        album_id, owner = _album_and_owner(client, args.target, args.user)
        return objects.Walker(objects.Photoset(id=album_id, owner=owner).getPhotos)
    return objects.Walker(objects.Person(id=_nsid(client, args.target)).getPhotos)


def run_download(ctx: Context) -> int:
    from flickr_api.transfer import download_photos

    args = ctx.args
    if args.workers < 1:
        raise CommandError("--workers must be at least 1")
    client = ctx.client(authorized=False)
    photos = _photos_to_download(client, args)
    with ctx.progress(len(photos), "photo", "download") as bar:
        summary = download_photos(photos, args.directory, size_label=args.size,
                                  workers=args.workers, client=client, progress=_counter(bar))
    ctx.emit(
        {"downloaded": [str(p) for p in summary.downloaded],
         "skipped": [str(p) for p in summary.skipped],
         "failed": [{"id": i, "reason": r} for i, r in summary.failed]},
        [str(summary), *(f"failed: {i}: {r}" for i, r in summary.failed)],
    )
    return ExitCode.OK if summary.ok else ExitCode.FLICKR
