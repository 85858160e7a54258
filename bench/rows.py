"""The seven rows of the benchmark: what each runs, on which clients, against which target."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from clients import CLIENTS, FLICKRAPI, FLOOR, OLD, OURS, SideFailed
from emulator import EmulatorProcess, repo_env
from report import Result

EXTRAS = ("description,license,date_upload,date_taken,owner_name,original_format,last_update,"
          "geo,tags,views,media,url_sq,url_t,url_s,url_m,url_o")
LATENCY = 0.05
ALICE = "10000001@N01"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Sizes:
    photos: int  # in the emulator; alice owns 2/5 of them
    calls: int
    pages: int
    walk: int
    downloads: int
    upload_mib: int
    import_runs: int
    album_downloads: Optional[int]  # None: the whole album


FULL = Sizes(photos=25000, calls=2000, pages=200, walk=10000, downloads=200, upload_mib=1024,
             import_runs=30, album_downloads=None)
QUICK = Sizes(photos=4000, calls=100, pages=10, walk=1000, downloads=10, upload_mib=32,
              import_runs=5, album_downloads=20)


@dataclass
class Bench:
    """What every row needs: the emulator, the sizes, a scratch folder and a log."""

    emu: EmulatorProcess
    sizes: Sizes
    scratch: Path
    log: Callable[[str], None] = print

    def measure(
        self, workloads: Dict[str, str], settings: Dict[str, Any],
        figure: Callable[[Dict[str, Any]], float], notes: List[str],
    ) -> Dict[str, Optional[float]]:
        """Run ``workloads`` (client -> workload) with ``settings``; ``figure`` of each."""
        figures: Dict[str, Optional[float]] = {}
        for name, workload in workloads.items():
            client = CLIENTS[name]
            reason = client.skip_reason()
            if reason is not None:
                figures[name] = None
                notes.append(f"{name} skipped: {reason.split(': ', 1)[-1]}")
                continue
            self.log(f"  {name}: {workload}")
            try:
                figures[name] = figure(client.run(workload, self.emu.client_settings(**settings)))
            except SideFailed as failed:
                self.log(str(failed))
                figures[name] = None
                notes.append(f"{name} failed: {str(failed).splitlines()[0]}")
        return figures


def row_calls(bench: Bench) -> List[Result]:
    n = bench.sizes.calls
    notes: List[str] = []
    figures = bench.measure({c: "login" for c in (OURS, FLOOR, FLICKRAPI, OLD)}, {"n": n},
                            lambda f: f["cpu"] / n * 1e6, notes)
    return [Result(f"1. {n:,} signed calls (test.login): CPU per call", "us", figures, FLOOR,
                   0.8, notes=notes)]


def row_pages(bench: Bench) -> List[Result]:
    n = bench.sizes.pages
    settings = {"n": n, "per_page": 500, "distinct_pages": 8, "extras": EXTRAS,
                "method": "flickr.photos.search", "args": {}}
    notes = ["flickrapi 2.4.0 decodes JSON only (it has no photo objects)"]
    figures = bench.measure({c: "search" for c in (OURS, FLOOR, FLICKRAPI, OLD)}, settings,
                            lambda f: f["cpu"] * 1e3, notes)
    title = f"{n} pages of photos.search x 500 with extras, as Photo objects: CPU"
    return [Result(f"2a. {title}", "ms", figures, FLOOR, 1.3, notes=notes),
            Result(f"2b. {title}", "ms", figures, OLD, 0.25)]


def row_walk(bench: Bench) -> List[Result]:
    n = bench.sizes.walk
    settings = {"n": n, "per_page": 500, "extras": EXTRAS, "method": "flickr.people.getPhotos",
                "args": {"user_id": ALICE}}
    notes = [f"{LATENCY * 1e3:.0f} ms emulator latency per request; floor = a sequential loop"]
    bench.emu.set_latency(LATENCY)
    try:
        figures = bench.measure({c: "walk" for c in (OURS, FLOOR, FLICKRAPI, OLD)}, settings,
                                lambda f: f["wall"], notes)
    finally:
        bench.emu.set_latency(0)
    return [Result(f"3. walk {n:,} photos (people.getPhotos): wall time", "s", figures, FLOOR,
                   0.5, notes=notes)]


def row_download(bench: Bench) -> List[Result]:
    n = bench.sizes.downloads
    settings = {"n": n, "query": {"user_id": ALICE}, "folder": str(bench.scratch)}
    notes = [f"{LATENCY * 1e3:.0f} ms latency; floor downloads one after the other; "
             "flickr-api 0.8.1 uses Photo.save (one getSizes call per photo)"]
    bench.emu.set_latency(LATENCY)
    try:
        figures = bench.measure({c: "download" for c in (OURS, FLOOR, OLD)}, settings,
                                lambda f: f["wall"], notes)
    finally:
        bench.emu.set_latency(0)
    return [Result(f"4. download {n} originals: wall time", "s", figures, FLOOR, 0.2,
                   notes=notes)]


def _photo_file(folder: Path, size: int) -> Path:
    """A sparse file that starts like a JPEG, so uploads are recognised as photos."""
    path = folder / f"upload-{size // MIB}MiB.jpg"
    with open(path, "wb") as out:
        out.write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        out.truncate(size)
    return path


def row_upload(bench: Bench) -> List[Result]:
    size = bench.sizes.upload_mib * MIB
    path = _photo_file(bench.scratch, size)
    notes: List[str] = []
    runs: Dict[str, Dict[str, Any]] = {}

    def keep(name: str) -> Callable[[Dict[str, Any]], float]:
        def figure(f: Dict[str, Any]) -> float:
            runs[name] = f
            return float(f["cpu"])
        return figure

    cpu: Dict[str, Optional[float]] = {}
    for name in (OURS, FLOOR, FLICKRAPI, OLD):
        cpu.update(bench.measure({name: "upload"}, {"path": str(path)}, keep(name), notes))
    path.unlink()
    rss = {name: (f["peak_rss"] - f["idle_rss"]) / MIB if name in runs else None
           for name, f in ((n, runs.get(n, {})) for n in cpu)}
    label = f"{bench.sizes.upload_mib:,} MiB upload"
    return [Result(f"5a. {label}: peak RSS above idle", "MiB", rss, None, 16, notes=notes),
            Result(f"5b. {label}: CPU", "s", cpu, FLOOR, 1.2)]


def _startup(python: str, code: str, env: Dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([python, "-c", code], check=True, env=env)
    return time.perf_counter() - started


def row_import(bench: Bench) -> List[Result]:
    runs = bench.sizes.import_runs
    plain_env = {k: v for k, v in repo_env().items() if k != "PYTHONPATH"}
    targets = {OURS: ("flickr_api", repo_env()), FLICKRAPI: ("flickrapi", plain_env),
               OLD: ("flickr_api", plain_env)}
    notes: List[str] = []
    figures: Dict[str, Optional[float]] = {FLOOR: None}
    bare: List[float] = []
    for name, (module, env) in targets.items():
        python = CLIENTS[name].python()
        if python is None:
            figures[name] = None
            notes.append(f"{name} skipped: not installed (run --setup)")
            continue
        with_import, without = [], []
        for _ in range(runs):  # interleaved, so drifts in machine load hit both alike
            without.append(_startup(str(python), "pass", env))
            with_import.append(_startup(str(python), f"import {module}", env))
        figures[name] = (statistics.median(with_import) - statistics.median(without)) * 1e3
        if name == OURS:
            bare = without
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, flickr_api; print(' '.join(m for m in ('requests', "
         "'lxml', 'oauthlib', 'flickr_api.objects') if m in sys.modules))"],
        capture_output=True, text=True, env=repo_env(), check=True).stdout.split()
    notes.append(f"median of {runs} fresh processes; bare interpreter "
                 f"{statistics.median(bare) * 1e3:.1f} ms; loaded by `import flickr_api`: "
                 f"{', '.join(loaded) or 'none of requests, lxml, oauthlib, objects'}")
    return [Result("6. import in a fresh process: ms over a bare interpreter", "ms", figures,
                   None, 40, notes=notes)]


def row_requests(bench: Bench) -> List[Result]:
    notable = bench.emu.info["notable"]
    settings = {"album": notable["big_album"], "username": "alice", "count": 1000,
                "download": bench.sizes.album_downloads, "folder": str(bench.scratch)}
    notes: List[str] = []
    counts: Dict[str, Dict[str, Optional[float]]] = {"album": {}, "download": {}, "user": {}}
    for name in (OURS, OLD):
        bench.emu.take_log()
        bench.measure({name: "album"}, settings, lambda f: 0.0, notes)
        album, images = _split_at_first_image(bench.emu.take_log())
        counts["album"][name] = _api_requests(album)
        counts["download"][name] = _api_requests(images)
        if name == OURS:
            notes.append(f"download: {len(images) - _api_requests(images)} image requests")
        bench.measure({name: "user_photos"}, settings, lambda f: 0.0, notes)
        counts["user"][name] = _api_requests(bench.emu.take_log())
    which = "the whole album" if settings["download"] is None else f"{settings['download']} photos"
    return [
        Result("7a. list an album of 1,200 photos with Original URLs: API requests", "req",
               counts["album"], None, 3, notes=notes),
        Result(f"7b. download it ({which}): further API requests", "req", counts["download"],
               None, 0),
        Result("7c. find a user, list 1,000 photos with titles and tags: API requests", "req",
               counts["user"], None, 3),
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
