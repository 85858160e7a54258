"""The benchmark scripts still run: quick runs print their results.

No timing is asserted here; the figures live in docs/benchmarks.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent.parent / "bench"
BENCH = BENCH_DIR / "run.py"


def test_quick_run_prints_the_table():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--rows", "1,6,7", "--clients", "ours,floor",
         "--no-save"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    table = [line for line in done.stdout.splitlines() if line.startswith("|")]
    assert table[0].startswith("| row") and "| ours" in table[0] and "| target" in table[0]
    rows = [line for line in table if line.startswith("| ")][1:]
    assert [line.split()[1] for line in rows] == ["1.", "6a.", "6b.", "7a.", "7b.", "7c."]
    assert all(line.rstrip(" |").endswith(("pass", "FAIL", "n/a")) for line in rows)


def test_quick_async_run_prints_both_rows():
    done = subprocess.run([sys.executable, str(BENCH_DIR / "aio.py"), "--quick"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    ratios = [line for line in done.stdout.splitlines() if "ratio (async / sync)" in line]
    assert len(ratios) == 2 and all("memory" in line for line in ratios)
