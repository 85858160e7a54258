"""Upload every photo and video of a folder into a new album.

    flickr-api auth                     # once: uploads need write permission
    python examples/upload_folder.py ./holidays "Holidays 2025"

Keys and base URL come from the environment as in list_albums.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

import flickr_api

MEDIA = {".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".heic", ".webp",
         ".mp4", ".mov", ".avi", ".mpg", ".mpeg", ".m4v", ".3gp"}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Upload a folder into a new Flickr album.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("album", help="the new album's title")
    parser.add_argument("--public", action="store_true", help="visible to everyone")
    args = parser.parse_args(argv)

    files = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in MEDIA)
    if not files:
        print(f"No photos or videos in {args.folder}", file=sys.stderr)
        return 2
    flickr_api.set_auth_handler()  # the token `flickr-api auth` saved
    photos = []
    for path in files:
        photos.append(flickr_api.upload(photo_file=str(path), is_public=args.public,
                                        progress=sys.stderr.isatty()))
        print(f"uploaded {path.name} -> {photos[-1].id}")
    album = flickr_api.Photoset.create(title=args.album, primary_photo=photos[0])
    for photo in photos[1:]:
        album.addPhoto(photo=photo)
    print(f"album {album.id}: {len(photos)} photos")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
