"""What every client side measures, in its own process: CPU, wall time and memory.

Standard library only: the same file runs in the virtual environments of the other clients.
A side prints one JSON object as its last line of output; ``bench/run.py`` reads it.
"""

from __future__ import annotations

import gc
import itertools
import json
import sys
import time
from typing import Any, Callable, Dict, Iterable, Optional


def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def current_rss() -> int:
    """Resident memory of this process now, in bytes."""
    return _status("VmRSS")


def peak_rss() -> int:
    """The highest resident memory of this process, in bytes (VmHWM: unlike ru_maxrss, it
    does not inherit the parent's peak across fork and exec)."""
    return _status("VmHWM")


def config() -> Dict[str, Any]:
    """The side's settings: the JSON object given as the second command-line argument."""
    return json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}


def measure(work: Callable[[], Any], setup: Optional[Callable[[], Any]] = None) -> Dict[str, Any]:
    """Run ``setup`` (unmeasured: imports, first connection), then time ``work``.

    CPU is the whole process's (every thread), from :func:`time.process_time`.
    """
    if setup is not None:
        setup()
    gc.collect()
    idle = current_rss()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    result = work()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {"cpu": cpu, "wall": wall, "idle_rss": idle, "peak_rss": peak_rss(), "result": result}


def pages(fetch: Callable[[int], Any], cfg: Dict[str, Any],
          count: Callable[[Any], int] = len) -> Dict[str, Any]:
    """:func:`measure` of ``cfg["n"]`` pages fetched in turn from the first
    ``cfg["distinct_pages"]``; ``count`` tells the photos of a page."""

    def work() -> int:
        return sum(count(fetch(i % cfg["distinct_pages"] + 1)) for i in range(cfg["n"]))

    return measure(work, setup=lambda: fetch(1))


def take(items: Iterable[Any], n: int) -> int:
    """How many of the first ``n`` items an iteration yields."""
    return sum(1 for _item in itertools.islice(items, n))


def run(workloads: Dict[str, Callable[[Dict[str, Any]], Dict[str, Any]]]) -> None:
    """Run the workload named by the first command-line argument and print its figures."""
    name = sys.argv[1]
    if name not in workloads:
        raise SystemExit(f"unknown workload {name!r}; known: {', '.join(sorted(workloads))}")
    figures = workloads[name](config())
    sys.stdout.write(json.dumps(figures) + "\n")
