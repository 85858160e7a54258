"""Results: one line per target, printed as a table and saved as JSON in ``bench/results/``."""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from clients import FLICKRAPI, FLOOR, OLD, OURS

RESULTS = Path(__file__).resolve().parent / "results"
COLUMNS = (OURS, FLOOR, FLICKRAPI, OLD)


@dataclass
class Result:
    """One measured target: figures per client, and how ours compares with the reference."""

    row: str
    unit: str  # how figures print: "us", "ms", "s", "MiB", "req"
    figures: Dict[str, Optional[float]]
    reference: Optional[str]  # the column ours is divided by; None: the limit is absolute
    limit: float  # the highest passing ratio, or value when there is no reference
    notes: List[str] = field(default_factory=list)

    @property
    def compared(self) -> Optional[float]:
        """Ours / reference, or ours itself for an absolute limit."""
        ours = self.figures.get(OURS)
        if ours is None or self.reference is None:
            return ours
        ref = self.figures.get(self.reference)
        if ref is None:
            return None
        return ours / ref if ref else (1.0 if ours == ref else float("inf"))

    @property
    def passed(self) -> Optional[bool]:
        value = self.compared
        return None if value is None else value <= self.limit + 1e-9

    def target(self) -> str:
        if self.reference is None:
            return f"<= {_number(self.limit, self.unit)}"
        return f"<= {self.limit:g}x {self.reference}"


def _number(value: Optional[float], unit: str) -> str:
    if value is None:
        return "-"
    if unit == "req":
        return f"{value:.0f}"
    if unit == "us":
        return f"{value:.0f} us"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def _compared(result: Result) -> str:
    value = result.compared
    if value is None or result.reference is None:
        return "-"
    return f"{value:.2f}x"


def table(results: List[Result]) -> str:
    """The results as a Markdown table (readable in a terminal too)."""
    head = ["row", *COLUMNS, "ratio", "target", "result"]
    rows = []
    for r in results:
        verdict = {True: "pass", False: "FAIL", None: "n/a"}[r.passed]
        rows.append([r.row, *(_number(r.figures.get(c), r.unit) for c in COLUMNS),
                     _compared(r), r.target(), verdict])
    widths = [max(len(line[i]) for line in [head, *rows]) for i in range(len(head))]

    def line(cells: List[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(cells) for cells in rows]
    notes = [f"- {r.row.split(' ', 1)[0]} {note}" for r in results for note in r.notes]
    return "\n".join(out + (["", *notes] if notes else []))


def machine() -> Dict[str, Any]:
    """What the figures ran on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            names = [ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    return {"python": platform.python_version(), "implementation": platform.python_implementation(),
            "system": f"{platform.system()} {platform.release()}", "cpu": cpu,
            "cores": os.cpu_count()}


def save(results: List[Result], settings: Dict[str, Any],
         log: Callable[[str], None] = print) -> Path:
    """Write ``bench/results/<time>.json`` (and ``latest.json``); returns the path."""
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    payload = {
        "time": stamp,
        "machine": machine(),
        "settings": settings,
        "results": [{**asdict(r), "compared": r.compared, "passed": r.passed,
                     "target": r.target()} for r in results],
    }
    path = RESULTS / f"{stamp}.json"
    text = json.dumps(payload, indent=2, ensure_ascii=False)
    path.write_text(text)
    (RESULTS / "latest.json").write_text(text)
    log(f"results written to {path}")
    return path
