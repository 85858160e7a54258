"""The benchmark script still runs: a quick run of a few rows prints the results table.

No timing is asserted here; the figures live in docs/benchmarks.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "run.py"


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
