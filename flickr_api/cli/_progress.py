"""Progress bars for long jobs: tqdm on the terminal, nothing elsewhere."""

from __future__ import annotations

import sys
from typing import Any, Optional, TextIO

__all__ = ["progress_bar"]


class _Silent:
    """Takes the calls a tqdm bar takes and shows nothing."""

    def update(self, n: float = 1) -> None:
        """Nothing to show."""

    def set_postfix_str(self, text: str) -> None:
        """Nothing to show."""

    def write(self, text: str, file: Optional[TextIO] = None) -> None:
        """A line of output (tqdm's ``write`` clears its bar first)."""
        print(text, file=file or sys.stdout, flush=True)

    def close(self) -> None:
        """Nothing to close."""

    def __enter__(self) -> _Silent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def progress_bar(total: Optional[float], unit: str, description: str,
                 stream: Optional[TextIO]) -> Any:
    """A bar counting ``unit`` ("B" counts bytes in KiB/MiB) up to ``total``, drawn on
    ``stream``; a silent stand-in when ``stream`` is None or tqdm is not installed (saying so
    on ``stream``). Print lines with the bar's ``write(text, file=...)``, not ``print``, so that
    they do not land inside the bar's line."""
    if stream is None:
        return _Silent()
    try:
        from tqdm import tqdm
    except ImportError:
        print(f"({description}: no progress bar without tqdm; "
              "pip install \"flickr_api[cli]\" adds it)", file=stream, flush=True)
        return _Silent()
    in_bytes = unit == "B"
    return tqdm(total=total, unit=unit, desc=description, file=stream, unit_scale=in_bytes,
                unit_divisor=1024 if in_bytes else 1000, dynamic_ncols=True)
