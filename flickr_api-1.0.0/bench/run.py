"""Benchmarks: our client side by side with the floor and the other Python Flickr clients.

    python bench/run.py --setup          # once: virtual environments for the other clients
    python bench/run.py                  # the full run (the figures in docs/benchmarks.md)
    python bench/run.py --quick          # small counts, a smoke run
    python bench/run.py --rows 1,6       # some rows only

Every figure comes from one run against one emulator, which serves from its own process; each
client runs each workload in a fresh process of its own, so client CPU is only the client's.
The table goes to stdout and a JSON copy to bench/results/.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Tuple

import envs
import report
from clients import CLIENTS
from emulator import REPO, EmulatorProcess

sys.path.insert(0, str(REPO))  # the flickr_api of this checkout, for the rows' settings

from rows import FULL, QUICK, ROWS, Bench


def _rows(text: str) -> List[int]:
    try:
        wanted = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError("give row numbers like 1,6,7") from None
    unknown = [n for n in wanted if n not in ROWS]
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(f"rows are 1 to {max(ROWS)}")
    return wanted


def _clients(text: str) -> Tuple[str, ...]:
    wanted = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in wanted if name not in CLIENTS]
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(f"clients are {', '.join(CLIENTS)}")
    return wanted


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", action="store_true",
                        help="create bench/.envs/ with the other clients, then exit")
    parser.add_argument("--quick", action="store_true", help="small counts (a smoke run)")
    parser.add_argument("--rows", type=_rows, default=sorted(ROWS), help="e.g. 1,6,7")
    parser.add_argument("--clients", type=_clients, default=tuple(CLIENTS),
                        help=f"some clients only, e.g. ours,floor (of: {', '.join(CLIENTS)})")
    parser.add_argument("--no-save", action="store_true", help="do not write bench/results/")
    args = parser.parse_args(argv)
    if args.setup:
        status = envs.setup(_log)
        return 0 if all(s == "ok" for s in status.values()) else 1

    sizes = QUICK if args.quick else FULL
    machine = report.machine()
    _log(f"{machine['cpu']}, {machine['cores']} cores, Python {machine['python']}; "
         f"{'quick' if args.quick else 'full'} run of rows {','.join(map(str, args.rows))}")
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="flickr-bench-") as scratch, \
            EmulatorProcess(sizes.photos) as emu:
        bench = Bench(emu, sizes, Path(scratch), _log, args.clients)
        for number in args.rows:
            _log(f"row {number}")
            results += ROWS[number](bench)
    if args.quick:
        print("Quick run: small counts for a smoke test; the targets hold for the full run.\n")
    print(report.table(results))
    _log(f"done in {time.perf_counter() - started:.0f} s")
    if not args.no_save:
        report.save(results, {"quick": args.quick, "rows": args.rows, "clients": args.clients,
                              **vars(sizes)}, _log)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
