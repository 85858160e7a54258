"""The asyncio client against the sync one: concurrency and read-ahead, one run, one machine.

    python bench/aio.py            # 200 concurrent getInfo at 50 ms; a walk of 10,000 photos
    python bench/aio.py --quick    # 50 calls, 1,500 photos

Each workload runs in a fresh process of its own (``sides/aio_side.py``) against one emulator
serving from another process. The two sides of a row run in alternate rounds; the figures are
medians over the rounds, and the ratio is the median of each round's ratio. Figures: wall
time, and the peak memory the workload added to its process (VmHWM minus the resident size
before it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from typing import Any, Dict, List, Tuple

from emulator import SIDES, EmulatorProcess, repo_env

from flickr_api import AuthHandler, Client

ALICE = "10000001@N01"
LATENCY = 0.05
PREFETCH = 8
MIB = 1024 * 1024


def side(workload: str, settings: Dict[str, Any]) -> Dict[str, Any]:
    done = subprocess.run([sys.executable, str(SIDES / "aio_side.py"), workload,
                           json.dumps(settings)], capture_output=True, text=True, env=repo_env(),
                          timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"{workload} failed:\n{done.stderr}")
    figures: Dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def medians(base: str, other: str, settings: Dict[str, Any], rounds: int
            ) -> Tuple[Dict[str, float], Dict[str, float], List[float]]:
    """Median figures of two workloads run in alternate rounds, and the wall-time ratio
    (other / base) of each round: a change in the machine's load weighs on both alike."""
    runs: Dict[str, List[Dict[str, Any]]] = {base: [], other: []}
    for _ in range(rounds):
        for workload in runs:
            runs[workload].append(side(workload, settings))
    base_figures, other_figures = ({
        "wall": statistics.median(r["wall"] for r in runs[w]),
        "added_mib": statistics.median((r["peak_rss"] - r["idle_rss"]) / MIB for r in runs[w]),
        "cpu": statistics.median(r["cpu"] for r in runs[w])} for w in (base, other))
    ratios = sorted(o["wall"] / b["wall"] for b, o in zip(runs[base], runs[other]))
    return base_figures, other_figures, ratios


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small counts, one round")
    args = parser.parse_args(argv)
    calls, walk, per_page, rounds = (50, 1500, 100, 1) if args.quick else (200, 10000, 500, 9)
    with EmulatorProcess(photos=25000 if not args.quick else 4000) as emu:
        settings = emu.client_settings()
        with Client(settings["api_key"], settings["api_secret"], rate_limit=None,
                    auth_handler=AuthHandler.create(*settings["token"]),
                    base_url=settings["base_url"]) as client:
            found = client.api.photos.search(user_id=ALICE, per_page=calls)["photos"]["photo"]
        rows = []
        with emu.settings(latency=LATENCY):
            getinfo = {**settings, "photo_ids": [p["id"] for p in found]}
            threads, tasks, ratios = medians("getinfo_threads", "getinfo_async", getinfo, rounds)
            rows.append((f"{calls} concurrent photos.getInfo, {LATENCY * 1e3:.0f} ms latency",
                         f"sync Client, {calls} threads", threads, "AsyncClient, tasks", tasks,
                         ratios))
        with emu.settings(latency=LATENCY, cache=True):
            walking = {**settings, "n": walk, "per_page": per_page, "prefetch": PREFETCH,
                       "user_id": ALICE}
            side("walk_sync", walking)  # renders the pages once, unmeasured
            sync_walk, async_walk, ratios = medians("walk_sync", "walk_async", walking, rounds)
            rows.append((f"walk {walk:,} photos, {per_page} a page, prefetch={PREFETCH}",
                         "Walker, for", sync_walk, "Walker, async for", async_walk, ratios))
    for title, base_name, base, name, figures, ratios in rows:
        print(title)
        print(f"  {base_name:<28} {base['wall']:7.3f} s  +{base['added_mib']:6.1f} MiB  "
              f"cpu {base['cpu']:.2f} s")
        print(f"  {name:<28} {figures['wall']:7.3f} s  +{figures['added_mib']:6.1f} MiB  "
              f"cpu {figures['cpu']:.2f} s")
        print(f"  ratio (async / sync): wall {statistics.median(ratios):.2f}x (rounds "
              f"{ratios[0]:.2f}x to {ratios[-1]:.2f}x), memory "
              f"{figures['added_mib'] / max(base['added_mib'], 0.1):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
