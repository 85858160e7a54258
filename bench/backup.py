"""Backups: requests against the minimum, and peak memory from 1,000 to 100,000 photos.

    python bench/backup.py                      # requests (N=2000, A=20) and memory at 1k, 10k
    python bench/backup.py --sizes 1000,10000,100000     # memory up to 100k (~15 minutes)

The emulator serves from a process of its own (an account seeded with ``add_account``); each
backup runs in a fresh process, whose peak resident memory (VmHWM) is its own: once as a
program calling ``backup()``, once set up as the ``flickr-api backup`` command is.

The minimum for a full backup of N photos in A albums (album k holding n_k photos):
``ceil(N/500)`` listing pages + ``ceil(A/500)`` album-list pages + ``sum ceil(n_k/500)``
album pages + N downloads + 3 (who am I, collections, galleries). With details, add what no
listing can replace, as the user pays it: ``getInfo``, ``getExif`` and ``getAllContexts`` per
photo, ``comments.getList`` per photo with comments and ``people.getList`` per photo with
people (the bench comments on one photo in 50 and tags a person on one in 100 first). For an
incremental run with
k changes: 1 page of changes + 1 photo count + the album list + the pages of the changed
albums + a download per new or replaced file + 3, plus ``ceil(N/500)`` to find deletions
when there were some.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Optional

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH / "sides"), str(BENCH)]

from emulator import repo_env  # noqa: E402

IMAGE_SCALE = 0.005  # files of about a kilobyte: the bench counts requests, not bandwidth
PAGE = 500
#: The per-photo calls of a backup with details that no listing can replace (raw tags, notes,
#: safety level and the people flag; EXIF; group pools), and the one-in-N photos given
#: comments and people, which cost a call each.
PER_PHOTO = ("flickr.photos.getInfo", "flickr.photos.getExif", "flickr.photos.getAllContexts")
COMMENT_EVERY, PEOPLE_EVERY = 50, 100
#: The processes a backup's memory is measured in: a program calling ``backup()`` as it is,
#: and the ``flickr-api backup`` command, which pins glibc's malloc thresholds first.
PROCESSES = ("library", "command")


# -- the two processes -----------------------------------------------------------------------
def serve(settings: Dict[str, Any]) -> None:
    """The emulator with the account, answering ``log`` (request counts since the last)."""
    from flickr_api.testing import FlickrEmulator

    with FlickrEmulator(photos=300) as emu:
        emu.store.image_scale = IMAGE_SCALE
        started = time.perf_counter()
        nsid = emu.add_account("archivist", settings["photos"], settings["albums"])
        token = emu.token("delete", user="archivist")
        print(json.dumps({"base_url": emu.base_url, "api_key": emu.api_key,
                          "api_secret": emu.api_secret, "token": list(token), "nsid": nsid,
                          "seed_seconds": time.perf_counter() - started}), flush=True)
        for line in sys.stdin:
            if line.strip() == "log":
                records = emu.log.snapshot()
                emu.reset_log()
                counts = Counter(r.flickr_method or ("image" if r.path.endswith(".jpg")
                                                     else r.path) for r in records)
                print(json.dumps(counts), flush=True)


def run(settings: Dict[str, Any]) -> None:
    """One backup; prints its summary, wall time and peak memory. In a ``command`` process
    the allocator is set up as the ``flickr-api`` program sets it up."""
    from measure import peak_rss

    from flickr_api import Client
    from flickr_api.auth import AuthHandler
    from flickr_api.backup import backup
    from flickr_api.cli._allocator import pin_malloc_thresholds

    if settings["process"] == "command":
        pin_malloc_thresholds()

    client = Client(api_key=settings["api_key"], api_secret=settings["api_secret"],
                    base_url=settings["base_url"], rate_limit=None,
                    auth_handler=AuthHandler(access_token_key=settings["token"][0],
                                             access_token_secret=settings["token"][1]))
    started = time.perf_counter()
    summary = backup(settings["destination"], client=client, details=settings["details"],
                     workers=4)
    print(json.dumps({"summary": str(summary), "wall": time.perf_counter() - started,
                      "peak_rss": peak_rss()}), flush=True)


# -- the orchestra ---------------------------------------------------------------------------
class Account:
    """``with Account(photos, albums) as account:`` an emulator process serving it."""

    def __init__(self, photos: int, albums: int) -> None:
        self.settings = {"photos": photos, "albums": albums}
        self.info: Dict[str, Any] = {}

    def __enter__(self) -> Account:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "_serve", json.dumps(self.settings)], text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=repo_env())
        assert self.process.stdout is not None
        self.info = json.loads(self.process.stdout.readline())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)

    def log(self) -> Counter[str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("log\n")
        self.process.stdin.flush()
        return Counter(json.loads(self.process.stdout.readline()))

    def backup(self, destination: Path, details: bool = False,
               process: str = "library") -> Dict[str, Any]:
        """A backup in a fresh process: a program calling the library, or the ``command``."""
        settings = {**self.info, "destination": str(destination), "details": details,
                    "process": process}
        done = subprocess.run([sys.executable, __file__, "_run", json.dumps(settings)],
                              capture_output=True, text=True, env=repo_env(), check=True)
        result: Dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    def client(self) -> Any:
        sys.path.insert(0, str(BENCH.parent))
        from flickr_api import Client
        from flickr_api.auth import AuthHandler

        token = self.info["token"]
        return Client(api_key=self.info["api_key"], api_secret=self.info["api_secret"],
                      base_url=self.info["base_url"], rate_limit=None,
                      auth_handler=AuthHandler(access_token_key=token[0],
                                               access_token_secret=token[1]))


def _pages(count: int) -> int:
    return max(1, math.ceil(count / PAGE))


def full_minimum(photos: int, album_sizes: List[int]) -> int:
    return (_pages(photos) + _pages(len(album_sizes)) + sum(_pages(n) for n in album_sizes)
            + photos + 3)


def details_minimum(photos: int, album_sizes: List[int], commented: int, tagged: int) -> int:
    """The minimum of a full backup with details, as the user pays it."""
    return full_minimum(photos, album_sizes) + len(PER_PHOTO) * photos + commented + tagged


def _row(name: str, counts: Counter[str], minimum: int) -> Dict[str, Any]:
    total = sum(counts.values())
    return {"run": name, "requests": total, "api": total - counts["image"],
            "downloads": counts["image"], "minimum": minimum, "ratio": total / minimum,
            "by_method": dict(counts)}


def requests_rows(photos: int, albums: int, changes: List[int]) -> List[Dict[str, Any]]:
    rows = []
    with Account(photos, albums) as account, tempfile.TemporaryDirectory() as scratch:
        client = account.client()
        sizes = [len(a["photos"]) for a in _albums(client, account.info["nsid"])]
        commented, tagged = _decorate(client, account.info["nsid"])
        account.log()
        account.backup(Path(scratch) / "lean")
        rows.append(_row(f"full, lean (N={photos}, A={albums})", account.log(),
                         full_minimum(photos, sizes)))
        account.backup(Path(scratch) / "details", details=True)
        rows.append(_row(f"full, with details (N={photos}, A={albums})", account.log(),
                         details_minimum(photos, sizes, commented, tagged)))
        for k in changes:
            changed_albums, new_files = _change(client, account.info["nsid"], k)
            account.log()
            account.backup(Path(scratch) / "lean")
            counts = account.log()
            minimum = 1 + 1 + 1 + changed_albums + new_files + 3 + _pages(photos)
            rows.append(_row(f"incremental, {k} changes", counts, minimum))
    return rows


def _albums(client: Any, nsid: str) -> List[Dict[str, Any]]:
    found = []
    page, pages = 1, 1
    while page <= pages:
        reply = client.call("flickr.photosets.getList", user_id=nsid, per_page=500,
                            page=page)["photosets"]
        for album in reply["photoset"]:
            found.append({"id": album["id"], "photos": [None] * int(album["photos"])})
        pages = int(reply["pages"])
        page += 1
    return found


def _decorate(client: Any, nsid: str) -> tuple[int, int]:
    """A comment on one photo in ``COMMENT_EVERY``, the owner tagged on one in
    ``PEOPLE_EVERY``; returns how many photos have each."""
    commented = tagged = 0
    page, pages = 1, 1
    while page <= pages:
        reply = client.call("flickr.people.getPhotos", user_id=nsid, per_page=PAGE,
                            page=page)["photos"]
        for index, photo in enumerate(reply["photo"], start=(page - 1) * PAGE):
            if index % COMMENT_EVERY == 0:
                client.call("flickr.photos.comments.addComment", photo_id=photo["id"],
                            comment_text=f"Comment {index}")
                commented += 1
            if index % PEOPLE_EVERY == 0:
                client.call("flickr.photos.people.add", photo_id=photo["id"], user_id=nsid)
                tagged += 1
        pages = int(reply["pages"])
        page += 1
    return commented, tagged


def _change(client: Any, nsid: str, k: int) -> tuple[int, int]:
    """k changes of every kind, a quarter each (at least one): titles edited, tags added,
    photos deleted, files uploaded (into one album). Returns the number of albums changed and
    of files uploaded."""
    reply = client.call("flickr.people.getPhotos", user_id=nsid, per_page=min(500, 4 * k))
    photos = [p["id"] for p in reply["photos"]["photo"]]
    quarter = max(1, k // 4)
    for photo_id in photos[:quarter]:
        client.call("flickr.photos.setMeta", photo_id=photo_id, title="Edited", description="")
    for photo_id in photos[quarter:2 * quarter]:
        client.call("flickr.photos.addTags", photo_id=photo_id, tags="changed")
    albums = set()
    for photo_id in photos[2 * quarter:3 * quarter]:
        contexts = client.call("flickr.photos.getAllContexts", photo_id=photo_id)
        albums.update(s["id"] for s in contexts.get("set", []))
        client.call("flickr.photos.delete", photo_id=photo_id)
    album = _albums(client, nsid)[0]["id"]
    with tempfile.NamedTemporaryFile(suffix=".jpg") as image:
        for number in range(quarter):
            image.seek(0)
            image.write(b"\xff\xd8\xff\xe0" + number.to_bytes(4, "big") * 64 + b"\xff\xd9")
            image.flush()
            new = client.upload(photo_file=image.name, title=f"New {number}")
            client.call("flickr.photosets.addPhoto", photoset_id=album, photo_id=new.id)
    albums.add(album)
    return len(albums), quarter


def memory_rows(sizes: List[int]) -> List[Dict[str, Any]]:
    rows = []
    for photos in sizes:
        albums = max(1, photos // 100)
        with Account(photos, albums) as account, tempfile.TemporaryDirectory() as scratch:
            row: Dict[str, Any] = {"photos": photos, "albums": albums,
                                   "seed_seconds": account.info["seed_seconds"]}
            for process in PROCESSES:
                result = account.backup(Path(scratch) / process, process=process)
                row[f"{process}_peak_rss_mb"] = result["peak_rss"] / 2**20
                row[f"{process}_wall"] = result["wall"]
            rows.append(row)
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


def main(argv: Optional[List[str]] = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("_serve", "_run"):
        (serve if argv[0] == "_serve" else run)(json.loads(argv[1]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=2000)
    parser.add_argument("--albums", type=int, default=20)
    parser.add_argument("--changes", default="10,100")
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args(argv)
    requests = requests_rows(args.photos, args.albums,
                             [int(k) for k in args.changes.split(",") if k])
    print(f"{'run':44} {'requests':>9} {'api':>6} {'files':>6} {'minimum':>8} {'ratio':>6}")
    for row in requests:
        print(f"{row['run']:44} {row['requests']:>9} {row['api']:>6} {row['downloads']:>6} "
              f"{row['minimum']:>8} {row['ratio']:>6.2f}")
    memory = memory_rows([int(n) for n in args.sizes.split(",") if n])
    print(f"\n{'photos':>8} {'albums':>7}" + "".join(
        f" {p + ' MB':>11} {'vs first':>9} {'wall s':>7}" for p in PROCESSES))
    for row in memory:
        print(f"{row['photos']:>8} {row['albums']:>7}" + "".join(
            f" {row[f'{p}_peak_rss_mb']:>11.1f}"
            f" {row[f'{p}_peak_rss_mb'] / memory[0][f'{p}_peak_rss_mb']:>9.2f}"
            f" {row[f'{p}_wall']:>7.1f}" for p in PROCESSES))
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    (results / "backup.json").write_text(json.dumps({"requests": requests, "memory": memory},
                                                    indent=1))


if __name__ == "__main__":
    main()
