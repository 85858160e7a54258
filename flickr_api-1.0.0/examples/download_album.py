"""Download a Flickr album into a folder, several photos at a time.

    python examples/download_album.py alice Cats ./cats --size Large

Run it again after an interruption: the photos already there are skipped. Keys and base URL
come from the environment as in list_albums.py; a token saved by `flickr-api auth` lets it
download private photos.
"""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

import flickr_api
from flickr_api.auth import saved_token_path


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Download a Flickr album.")
    parser.add_argument("username", help="the album's owner, e.g. alice")
    parser.add_argument("album", help="the album's title or id")
    parser.add_argument("directory", help="where to save the photos")
    parser.add_argument("--size", help="size label, e.g. Original, Large, Medium (default: "
                                       "the largest)")
    parser.add_argument("--workers", type=int, default=8, help="parallel downloads")
    args = parser.parse_args(argv)

    if saved_token_path().exists():
        flickr_api.set_auth_handler()
    owner = flickr_api.Person.findByUserName(args.username)
    album = next((a for a in flickr_api.Walker(owner.getPhotosets)
                  if args.album in (a.title, a.id)), None)
    if album is None:
        print(f"{args.username} has no album {args.album!r}", file=sys.stderr)
        return 2
    summary = flickr_api.download_photos(
        flickr_api.Walker(album.getPhotos), args.directory, size_label=args.size,
        workers=args.workers, progress=sys.stderr.isatty(),
    )
    print(summary)
    for photo_id, reason in summary.failed:
        print(f"  {photo_id}: {reason}", file=sys.stderr)
    return 0 if summary.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
