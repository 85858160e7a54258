"""Writing the replies a live run saw as captures: one file per reply, named like the capture
set (``METHOD[.QUALIFIER].FORMAT``), and a SOURCES.md table of where each came from."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from flickr_api.testing.conformance._probe import Seen

__all__ = ["write_captures"]

_HEADER = (
    "# Captures\n\n"
    "Replies recorded by `python -m flickr_api.testing.conformance` against {target}, bodies "
    "byte for byte except that the API key, the token and every secret are replaced by "
    "placeholders (API_KEY, ACCESS_TOKEN, API_SECRET, TOKEN_SECRET; an `oauth_token_secret` "
    "value by zeros).\n\n"
    "| file | request (keys redacted) | HTTP status | content-type | recorded |\n"
    "|---|---|---|---|---|\n"
)


def write_captures(folder: Path, seen: Sequence[Seen], target: str) -> list[Path]:
    """Write each reply once (the first of a name wins) and the table; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written, rows = [], []
    for reply in seen:
        path = folder / reply.name
        if path in written:
            continue
        path.write_bytes(reply.body)
        written.append(path)
        request = reply.request.replace("|", "%7C")
        rows.append(f"| {reply.name} | {request} | {reply.status} | {reply.content_type} | "
                    f"{reply.recorded} |\n")
    (folder / "SOURCES.md").write_text(_HEADER.format(target=target) + "".join(rows),
                                       encoding="utf-8")
    return written
