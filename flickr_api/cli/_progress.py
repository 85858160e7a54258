"""Progress bars for long jobs: tqdm on the terminal, nothing elsewhere."""

from __future__ import annotations

from typing import Any, Optional, TextIO

__all__ = ["progress_bar"]


class _Silent:
    """Takes the calls a tqdm bar takes and shows nothing."""

    def update(self, n: float = 1) -> None:
        """Nothing to show."""

    def set_postfix_str(self, text: str) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to close."""

    def __enter__(self) -> _Silent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def progress_bar(total: Optional[float], unit: str, description: str,
                 stream: Optional[TextIO]) -> Any:
    """A bar counting ``unit`` ("B" counts bytes in KiB/MiB) up to ``total``, drawn on
    ``stream``; a silent stand-in when ``stream`` is None or tqdm is not installed."""
    if stream is None:
        return _Silent()
    try:
        from tqdm import tqdm
    except ImportError:
        return _Silent()
    in_bytes = unit == "B"
    return tqdm(total=total, unit=unit, desc=description, file=stream, unit_scale=in_bytes,
                unit_divisor=1024 if in_bytes else 1000, dynamic_ncols=True)
