"""The seven rows of the benchmark: what each runs, on which clients, against which target."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from clients import CLIENTS, FLICKRAPI, FLOOR, OLD, OURS, SideFailed, failure
from emulator import BENCH, EmulatorProcess, repo_env
from report import Result

from flickr_api.objects import PHOTO_EXTRAS

#: Every extra our Photo objects read: with these, every client decodes the same replies.
EXTRAS = ",".join(PHOTO_EXTRAS)
#: The extras a caller asks for in the search row (as a user would: ten of them).
CALLER_EXTRAS = ",".join(("description", "license", "date_upload", "date_taken", "owner_name",
                          "tags", "views", "media", "url_m", "url_z"))
KIB = 1024
LATENCY = 0.05
PREFETCH = 8
ALICE = "10000001@N01"
MIB = 1024 * 1024
Runner = Callable[[str, Dict[str, Any]], Dict[str, Any]]


@dataclass(frozen=True)
class Sizes:
    photos: int  # in the emulator; alice owns 2/5 of them
    calls: int
    pages: int
    walk: int
    walk_per_page: int
    downloads: int
    upload_mib: int
    import_runs: int
    album_downloads: Optional[int]  # None: the whole album
    rounds: int  # runs of each timed workload (the median counts)


FULL = Sizes(photos=25000, calls=2000, pages=200, walk=10000, walk_per_page=500, downloads=200,
             upload_mib=1024, import_runs=30, album_downloads=None, rounds=3)
QUICK = Sizes(photos=4000, calls=100, pages=10, walk=1500, walk_per_page=100, downloads=10,
              upload_mib=32, import_runs=5, album_downloads=20, rounds=1)


@dataclass
class Bench:
    """What every row needs: the emulator, the sizes, a scratch folder and a log."""

    emu: EmulatorProcess
    sizes: Sizes
    scratch: Path
    log: Callable[[str], None] = print
    clients: Tuple[str, ...] = tuple(CLIENTS)  # the others are left out without a note

    def run(self, name: str, workload: str, settings: Dict[str, Any], notes: List[str],
            runner: Optional[Runner] = None) -> Optional[Dict[str, Any]]:
        """One client's figures for one workload; None (with a note) if skipped or failed."""
        if name not in self.clients:
            return None
        client = CLIENTS[name]
        reason = client.skip_reason()
        if reason is not None:
            notes.append(f"{name} skipped: {reason.split(': ', 1)[-1]}")
            return None
        self.log(f"  {name}: {workload}")
        try:
            return (runner or client.run)(workload, self.emu.client_settings(**settings))
        except SideFailed as failed:
            self.log(str(failed))
            notes.append(str(failed).splitlines()[0])
            return None

    def measure(
        self, workloads: Dict[str, str], settings: Dict[str, Any],
        figure: Callable[[Dict[str, Any]], float], notes: List[str], rounds: int = 1,
    ) -> Dict[str, Optional[float]]:
        """``figure`` of each client's run of its workload (client -> workload): the median
        of ``rounds`` rounds, the clients taking turns so that a busy moment hits them all."""
        samples: Dict[str, Optional[List[float]]] = {name: [] for name in workloads}
        for _ in range(rounds):
            for name, workload in workloads.items():
                taken = samples[name]
                if taken is None:
                    continue
                raw = self.run(name, workload, settings, notes)
                if raw is None:
                    samples[name] = None
                else:
                    taken.append(figure(raw))
        return {name: statistics.median(taken) if taken else None
                for name, taken in samples.items()}


def row_calls(bench: Bench) -> List[Result]:
    n = bench.sizes.calls
    notes: List[str] = []
    figures = bench.measure({c: "login" for c in (OURS, FLOOR, FLICKRAPI, OLD)}, {"n": n},
                            lambda f: f["cpu"] / n * 1e6, notes, bench.sizes.rounds)
    # Both sides sign with oauthlib, which is most of a call's CPU: ours must not add to it.
    return [Result(f"1. {n:,} signed calls (test.login): CPU per call", "us", figures, FLOOR,
                   1.0, notes=notes)]


def page_bytes(bench: Bench, workloads: Dict[str, str], settings: Dict[str, Any],
               notes: List[str]) -> Dict[str, Optional[float]]:
    """KiB per REST reply of one run of each client's workload (the emulator counts them)."""
    figures: Dict[str, Optional[float]] = {}
    for name, workload in workloads.items():
        bench.emu.traffic()
        ran = bench.run(name, workload, settings, notes) is not None
        requests, size = bench.emu.traffic()
        figures[name] = size / requests / KIB if ran and requests else None
    return figures


def row_pages(bench: Bench) -> List[Result]:
    n = bench.sizes.pages
    settings = {"n": n, "per_page": 500, "distinct_pages": 8, "extras": CALLER_EXTRAS,
                "method": "flickr.photos.search", "args": {"min_upload_date": "1"}}
    notes = [f"the caller asks for 10 extras ({CALLER_EXTRAS}); the floor asks the same call "
             "with the same extras; flickrapi 2.4.0 decodes JSON only (it has no photo objects)"]
    clients = {c: "search" for c in (OURS, FLOOR, FLICKRAPI)}
    with bench.emu.settings(cache=True):
        figures = bench.measure(clients, settings, lambda f: f["cpu"] * 1e3, notes,
                                bench.sizes.rounds)
        sizes = page_bytes(bench, {OURS: "search", FLOOR: "search"},
                           {**settings, "n": settings["distinct_pages"]}, [])
        equal = {**settings, "extras": EXTRAS}
        equal_notes = ["every client asks for every extra our objects read (all url_* sizes), "
                       "so all decode the same replies; flickr-api 0.8.1 gets the size labels "
                       "it lacks (url_w, url_3k...) from the script, or it fails"]
        same = bench.measure({c: "search" for c in (OURS, FLOOR, FLICKRAPI, OLD)}, equal,
                             lambda f: f["cpu"] * 1e3, equal_notes, bench.sizes.rounds)
    title = f"{n} pages of photos.search x 500 as Photo objects"
    return [Result(f"2a. {title}, the caller's extras: CPU", "ms", figures, FLOOR, 1.3,
                   notes=notes),
            Result("2b. the same: size of a page", "KiB", sizes, FLOOR, 1.1),
            Result(f"2c. {title}, every extra (equal replies): CPU", "ms", same, FLOOR, 1.3,
                   notes=equal_notes),
            Result("2d. the same, against flickr-api 0.8.1", "ms", same, OLD, 0.25)]


def row_walk(bench: Bench) -> List[Result]:
    n = bench.sizes.walk
    per_page = bench.sizes.walk_per_page
    settings = {"n": n, "per_page": per_page, "extras": "", "args": {"user_id": ALICE},
                "method": "flickr.people.getPhotos", "prefetch": PREFETCH}
    notes = [f"{LATENCY * 1e3:.0f} ms emulator latency per request; {per_page} photos a page; "
             f"each client reads the ids only and names no extras; ours: "
             f"Walker(prefetch={PREFETCH}); floor: a sequential loop"]
    clients = {c: "walk" for c in (OURS, FLOOR, FLICKRAPI, OLD)}
    equal = {**settings, "extras": EXTRAS}
    with bench.emu.settings(latency=LATENCY, cache=True):
        bench.run(FLOOR, "walk", settings, [])  # renders the pages once, unmeasured
        bench.run(FLOOR, "walk", equal, [])
        figures = bench.measure(clients, settings, lambda f: f["wall"], notes,
                                bench.sizes.rounds)
        sequential = bench.measure({OURS: "walk"}, {**settings, "prefetch": 0},
                                   lambda f: f["wall"], notes, bench.sizes.rounds)[OURS]
        sizes = page_bytes(bench, {OURS: "walk", FLOOR: "walk"}, settings, [])
        same = bench.measure(clients, equal, lambda f: f["wall"], [], bench.sizes.rounds)
    if sequential is not None:
        notes.append(f"ours without read-ahead (prefetch=0): {sequential:.2f} s")
    title = f"walk {n:,} photos (people.getPhotos)"
    return [Result(f"3a. {title}, reading ids: wall time", "s", figures, FLOOR, 0.5,
                   notes=notes),
            Result("3b. the same: size of a page", "KiB", sizes, FLOOR, 1.1),
            Result(f"3c. {title}, every extra (equal replies): wall time", "s", same, FLOOR,
                   0.5)]


def row_download(bench: Bench) -> List[Result]:
    n = bench.sizes.downloads
    settings = {"n": n, "query": {"user_id": ALICE}, "folder": str(bench.scratch)}
    notes = [f"{LATENCY * 1e3:.0f} ms latency; floor downloads one after the other; "
             "flickr-api 0.8.1 uses Photo.save (one getSizes call per photo)"]
    with bench.emu.settings(latency=LATENCY):
        figures = bench.measure({c: "download" for c in (OURS, FLOOR, OLD)}, settings,
                                lambda f: f["wall"], notes, bench.sizes.rounds)
    return [Result(f"4. download {n} originals: wall time", "s", figures, FLOOR, 0.2,
                   notes=notes)]


def _make_file(path: Path, size: int) -> Path:
    """A sparse file that starts like a JPEG, so the emulator takes it for a photo; read once,
    so that no side pays for bringing it into the page cache."""
    with open(path, "wb") as out:
        out.write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        out.truncate(size)
    with open(path, "rb") as back:
        while back.read(MIB):
            pass
    return path


def _transfer_side(name: str, settings: Dict[str, Any]) -> Dict[str, Any]:
    """One side of bench/transfer.py (our upload, and the floor's streamed one)."""
    done = subprocess.run(
        [sys.executable, str(BENCH / "transfer.py"), "--side", name, json.dumps(settings)],
        capture_output=True, text=True, env=repo_env(), timeout=900)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SideFailed(failure(f"bench/transfer.py {name!r}", done))
    figures = json.loads(lines[-1])
    return {"cpu": figures["cpu"], "wall": figures["wall"],
            "idle_rss": figures["idle_mib"] * MIB, "peak_rss": figures["peak_mib"] * MIB}


#: Our upload and the floor's are bench/transfer.py's sides.
TRANSFER_SIDES = {OURS: "upload flickr_api", FLOOR: "upload requests+toolbelt"}


def row_upload(bench: Bench) -> List[Result]:
    size = bench.sizes.upload_mib * MIB
    big = _make_file(bench.scratch / "upload.jpg", size)
    settings = {"path": str(big), "file": str(big),
                "warmup": str(_make_file(bench.scratch / "warmup.jpg", 64 * 1024))}
    notes: List[str] = []
    runs = {name: bench.run(name, TRANSFER_SIDES.get(name, "upload"), settings, notes,
                            _transfer_side if name in TRANSFER_SIDES else None)
            for name in (OURS, FLOOR, FLICKRAPI, OLD)}
    big.unlink()
    peaks = ", ".join(f"{name} {f['peak_rss'] / MIB:.0f}" for name, f in runs.items() if f)
    notes.append(f"idle = after imports and a 64 KiB warm-up upload; peak RSS (MiB): {peaks}")
    cpu = {name: f["cpu"] if f else None for name, f in runs.items()}
    rss = {name: (f["peak_rss"] - f["idle_rss"]) / MIB if f else None for name, f in runs.items()}
    label = f"{bench.sizes.upload_mib:,} MiB upload"
    return [Result(f"5a. {label}: peak RSS above idle", "MiB", rss, None, 16, notes=notes),
            Result(f"5b. {label}: CPU", "s", cpu, FLOOR, 1.2)]


def _startup(python: str, code: str, env: Dict[str, str]) -> float:
    """CPU seconds (user + system) of a fresh ``python -c code``: on an idle machine start-up
    is all CPU, and unlike wall time this barely moves when other work shares the cores."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([python, "-c", code], check=True, env=env, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _compiled_env(env: Dict[str, str], bench: Bench) -> Dict[str, str]:
    """``env`` with bytecode written and read (to the scratch folder), as an installed package
    has it: without, every start compiles every module from source."""
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bench.scratch / "pycache")
    return env


def row_import(bench: Bench) -> List[Result]:
    runs = bench.sizes.import_runs
    ours_env = _compiled_env(repo_env(), bench)
    plain_env = {k: v for k, v in ours_env.items() if k != "PYTHONPATH"}
    targets = {OURS: ("flickr_api", ours_env), FLICKRAPI: ("flickrapi", plain_env),
               OLD: ("flickr_api", plain_env)}
    notes: List[str] = []
    figures: Dict[str, Optional[float]] = {FLOOR: None}
    help_figures: Dict[str, Optional[float]] = {FLOOR: None, FLICKRAPI: None, OLD: None}
    bare: List[float] = []
    for name, (module, env) in targets.items():
        if name not in bench.clients:
            continue
        python = CLIENTS[name].python()
        if python is None:
            figures[name] = None
            notes.append(f"{name} skipped: not installed (run --setup)")
            continue
        with_import, without, cli_help = [], [], []
        for code in ("pass", f"import {module}", _CLI_HELP if name == OURS else "pass"):
            _startup(str(python), code, env)  # writes the bytecode
        for _ in range(runs):  # interleaved, so drifts in machine load hit both alike
            without.append(_startup(str(python), "pass", env))
            with_import.append(_startup(str(python), f"import {module}", env))
            if name == OURS:
                cli_help.append(_startup(str(python), _CLI_HELP, env))
        figures[name] = (statistics.median(with_import) - statistics.median(without)) * 1e3
        if name == OURS:
            bare = without
            help_figures[name] = (statistics.median(cli_help) - statistics.median(without)) * 1e3
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, flickr_api; print(' '.join(m for m in ('requests', "
         "'lxml', 'oauthlib', 'flickr_api.objects') if m in sys.modules))"],
        capture_output=True, text=True, env=repo_env(), check=True).stdout.split()
    notes.append(f"CPU time, median of {runs} fresh processes; bare interpreter "
                 f"{statistics.median(bare) * 1e3 if bare else 0:.1f} ms; loaded by "
                 f"`import flickr_api`: "
                 f"{', '.join(loaded) or 'none of requests, lxml, oauthlib, objects'}")
    return [Result("6a. import in a fresh process: ms over a bare interpreter", "ms", figures,
                   None, 15, notes=notes),
            Result("6b. `flickr-api --help` in a fresh process: ms over a bare interpreter",
                   "ms", help_figures, None, 40)]


#: What the ``flickr-api`` script runs for ``--help``, minus the console-script wrapper.
_CLI_HELP = ("import sys; sys.argv[1:] = ['--help']; from flickr_api.cli import run; "
             "sys.exit(run())")


def row_requests(bench: Bench) -> List[Result]:
    notable = bench.emu.info["notable"]
    settings = {"album": notable["big_album"], "owner": ALICE, "username": "alice", "count": 1000,
                "download": bench.sizes.album_downloads, "folder": str(bench.scratch)}
    notes: List[str] = []
    counts: Dict[str, Dict[str, Optional[float]]] = {"album": {}, "download": {}, "user": {}}
    for name in (OURS, OLD):
        bench.emu.take_log()
        album_ran = bench.run(name, "album", settings, notes) is not None
        album, images = _split_at_first_image(bench.emu.take_log())
        user_ran = bench.run(name, "user_photos", settings, notes) is not None
        user = bench.emu.take_log()
        counts["album"][name] = _api_requests(album) if album_ran else None
        counts["download"][name] = _api_requests(images) if album_ran else None
        counts["user"][name] = _api_requests(user) if user_ran else None
        if name == OURS and album_ran:
            notes.append(f"download: {len(images) - _api_requests(images)} image requests")
    if counts["album"].get(OLD) is not None:
        notes.append("flickr-api 0.8.1: Photoset.getPhotos fills no sizes, so each Original URL "
                     "costs a photos.getSizes call; its Walker pages by 100")
    which = "the whole album" if settings["download"] is None else f"{settings['download']} photos"
    return [
        Result("7a. list an album of 1,200 photos with Original URLs: API requests", "req",
               counts["album"], None, 3 + 1, notes=notes),
        Result(f"7b. download it ({which}): further API requests", "req", counts["download"],
               None, 0),
        Result("7c. find a user, list 1,000 photos with titles and tags: API requests", "req",
               counts["user"], None, 1 + 2 + 1),
    ]


def _split_at_first_image(log: List[List[Optional[str]]]) -> tuple:
    first = next((i for i, (method, path) in enumerate(log) if not _is_api(method, path)),
                 len(log))
    return log[:first], log[first:]


def _is_api(method: Optional[str], path: Optional[str]) -> bool:
    return bool(path and path.startswith("/services/"))


def _api_requests(log: List[List[Optional[str]]]) -> int:
    return sum(1 for method, path in log if _is_api(method, path))


ROWS: Dict[int, Callable[[Bench], List[Result]]] = {
    1: row_calls, 2: row_pages, 3: row_walk, 4: row_download, 5: row_upload, 6: row_import,
    7: row_requests,
}
