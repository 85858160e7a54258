"""Upload and download of one big file: flickr_api next to bare requests, in the same run.

    python bench/transfer.py                 # 256 MiB
    python bench/transfer.py --size 1024     # 1 GiB

The emulator serves from this process; each side runs in a fresh process of its own, so its
time, CPU and peak memory (VmHWM) are the client's alone. The baselines are what a careful script
would write by hand: requests + requests-oauthlib with requests-toolbelt's streamed
MultipartEncoder for the upload, and ``requests.get(stream=True)`` for the download.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
CHUNK = 256 * 1024


# -- the sides (each runs in its own process) ------------------------------------------------
def _rss_mib(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _measure(work: Callable[[], Any]) -> dict[str, Any]:
    idle = _rss_mib("VmRSS")
    cpu, wall = time.process_time(), time.perf_counter()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # VmHWM, not ru_maxrss: after fork and exec, ru_maxrss still counts the parent's memory.
    return {"wall": wall, "cpu": cpu, "idle_mib": idle, "peak_mib": _rss_mib("VmHWM"),
            "result": result}


def side_ours_upload(cfg: dict[str, Any]) -> dict[str, Any]:
    from flickr_api import AuthHandler, Client

    client = Client(cfg["api_key"], cfg["api_secret"], base_url=cfg["base_url"],
                    auth_handler=AuthHandler.create(*cfg["token"]), rate_limit=None)
    client.upload(cfg["warmup"])  # imports and the first connection, not measured
    return _measure(lambda: client.upload(cfg["file"], check_size=False).id)


def side_baseline_upload(cfg: dict[str, Any]) -> dict[str, Any]:
    import requests
    from requests_oauthlib import OAuth1
    from requests_toolbelt import MultipartEncoder

    session = requests.Session()
    session.trust_env = False
    auth = OAuth1(cfg["api_key"], cfg["api_secret"], *cfg["token"])
    url = cfg["base_url"] + "/services/upload/"

    def send(path: str) -> str:
        with open(path, "rb") as file:
            body = MultipartEncoder({"photo": (os.path.basename(path), file,
                                               "application/octet-stream")})
            reply = session.post(url, data=body, auth=auth,
                                  headers={"Content-Type": body.content_type}, timeout=300)
        reply.raise_for_status()
        return reply.text

    send(cfg["warmup"])
    return _measure(lambda: send(cfg["file"])[-60:])


def side_ours_download(cfg: dict[str, Any]) -> dict[str, Any]:
    from flickr_api import AuthHandler, Client, Photo
    from flickr_api.transfer import download_photo

    client = Client(cfg["api_key"], cfg["api_secret"], base_url=cfg["base_url"],
                    auth_handler=AuthHandler.create(*cfg["token"]), rate_limit=None)
    warm = Photo(id="0", client=client, url_o=cfg["warmup_url"])
    download_photo(warm, cfg["target"] + ".warm", size_label="Original")
    photo = Photo(id=cfg["photo_id"], client=client, url_o=cfg["url"])  # as a listing gives it
    return _measure(lambda: str(download_photo(photo, cfg["target"], size_label="Original")))


def side_baseline_download(cfg: dict[str, Any]) -> dict[str, Any]:
    import requests

    session = requests.Session()
    session.trust_env = False

    def fetch(url: str, target: str) -> str:
        with session.get(url, stream=True, timeout=300) as reply, open(target, "wb") as out:
            reply.raise_for_status()
            for chunk in reply.iter_content(CHUNK):
                out.write(chunk)
        return target

    fetch(cfg["warmup_url"], cfg["target"] + ".warm")
    return _measure(lambda: fetch(cfg["url"], cfg["target"]))


SIDES = {
    "upload flickr_api": side_ours_upload,
    "upload requests+toolbelt": side_baseline_upload,
    "download flickr_api": side_ours_download,
    "download requests": side_baseline_download,
}


# -- the conductor -----------------------------------------------------------------------------
def _run_side(name: str, cfg: dict[str, Any]) -> dict[str, Any]:
    os.sync()  # no side pays for the dirty pages another one left
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run([sys.executable, __file__, "--side", name, json.dumps(cfg)],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"side {name!r} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(MIB), b""):
            digest.update(block)
    return digest.hexdigest()


def _make_file(path: Path, size: int) -> None:
    block = os.urandom(MIB)
    with open(path, "wb") as out:
        for _ in range(size // MIB):
            out.write(block)
        out.write(block[: size % MIB])


def _order(names: tuple[str, str], turn: int) -> tuple[str, ...]:
    """Who goes first alternates from one turn to the next."""
    return names if turn % 2 == 0 else names[::-1]


def _median_row(runs: list[dict[str, Any]]) -> dict[str, float]:
    """The median time and CPU of a side's runs, and its highest memory."""
    return {"wall": statistics.median(r["wall"] for r in runs),
            "cpu": statistics.median(r["cpu"] for r in runs),
            "idle_mib": min(r["idle_mib"] for r in runs),
            "peak_mib": max(r["peak_mib"] for r in runs)}


def _bench(size: int, repeat: int, work: Path) -> dict[str, dict[str, float]]:
    from flickr_api.testing import FlickrEmulator

    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in SIDES}
    big, warmup = work / "bench.mp4", work / "warmup.mp4"
    _make_file(big, size)
    _make_file(warmup, 64 * 1024)
    expected = _sha256(big)
    with FlickrEmulator(photos=300, max_video_size=size + MIB) as emu:
        base = {"api_key": emu.api_key, "api_secret": emu.api_secret,
                "base_url": emu.base_url, "file": str(big), "warmup": str(warmup)}

        def original(photo_id: str) -> str:
            photo = emu.store.photos[photo_id]
            return f"{emu.base_url}/{photo.server}/{photo.id}_{photo.originalsecret}_o.mp4"

        for turn in range(repeat):  # the sides take turns, so a slow moment hits both
            for name in _order(("upload flickr_api", "upload requests+toolbelt"), turn):
                runs[name].append(_run_side(name, {**base, "token": emu.token("write")}))
                record = emu.uploads[-1]
                if (record.size, record.sha256) != (size, expected):
                    raise SystemExit(f"{name}: the emulator received a different file")
        download = {**base, "token": emu.token("write"), "url": original(emu.uploads[-1].photo_id),
                    "warmup_url": original(emu.uploads[-2].photo_id),
                    "photo_id": emu.uploads[-1].photo_id}
        for turn in range(repeat):
            for name in _order(("download flickr_api", "download requests"), turn):
                target = work / "downloaded.mp4"
                runs[name].append(_run_side(name, {**download, "target": str(target)}))
                if _sha256(target) != expected:
                    raise SystemExit(f"{name}: the file written differs from the one uploaded")
                target.unlink()
    return {name: _median_row(side_runs) for name, side_runs in runs.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=256, help="file size in MiB (default 256)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (median)")
    parser.add_argument("--side", nargs=2, metavar=("NAME", "CONFIG"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.side:
        name, cfg = args.side
        print(json.dumps(SIDES[name](json.loads(cfg))))
        return 0
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="flickr-bench-") as folder:
        rows = _bench(args.size * MIB, args.repeat, Path(folder))
    print(f"Transfer of {args.size} MiB through the emulator on loopback, median of "
          f"{args.repeat} ({sys.implementation.name} {sys.version.split()[0]})")
    print(f"{'side':<26}{'time s':>8}{'MiB/s':>8}{'CPU s':>8}{'idle MiB':>10}{'peak MiB':>10}"
          f"{'peak-idle':>11}")
    for name, row in rows.items():
        print(f"{name:<26}{row['wall']:>8.2f}{args.size / row['wall']:>8.0f}{row['cpu']:>8.2f}"
              f"{row['idle_mib']:>10.1f}{row['peak_mib']:>10.1f}"
              f"{row['peak_mib'] - row['idle_mib']:>11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
