"""List a Flickr user's albums.

    python examples/list_albums.py alice

The API key and secret come from FLICKR_API_KEY and FLICKR_API_SECRET (or flickr_keys.py);
FLICKR_API_BASE_URL points the script at another Flickr, such as the emulator
(`flickr-api emulator`). Private albums show too when `flickr-api auth` saved a token.
"""

from __future__ import annotations

import argparse
from typing import Optional, Sequence

import flickr_api
from flickr_api.auth import saved_token_path


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="List a Flickr user's albums.")
    parser.add_argument("username", help="the user's name on Flickr, e.g. alice")
    args = parser.parse_args(argv)

    if saved_token_path().exists():
        flickr_api.set_auth_handler()
    person = flickr_api.Person.findByUserName(args.username)
    for album in flickr_api.Walker(person.getPhotosets):
        print(f"{album.id}  {album.photos:>5} photos  {album.title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
