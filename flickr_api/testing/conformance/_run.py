"""Running the battery: one outcome per check, secrets redacted from every detail."""

from __future__ import annotations

from typing import List, NamedTuple, Sequence

import requests

from flickr_api.errors import FlickrError
from flickr_api.testing.conformance._checks import CHECKS, Check, Skip
from flickr_api.testing.conformance._probe import Probe

__all__ = ["Outcome", "run_checks"]


class Outcome(NamedTuple):
    check: Check
    result: str  # "pass", "FAIL" or "skip"
    detail: str


def run_checks(probe: Probe, write: bool = False,
               checks: Sequence[Check] = CHECKS) -> List[Outcome]:
    """Run every check (the ``writes`` ones only with ``write``), in order."""
    outcomes = []
    for check in checks:
        if check.writes and not write:
            continue
        try:
            result, detail = "pass", check.run(probe)
        except Skip as skip:
            result, detail = "skip", str(skip)
        except (AssertionError, FlickrError, requests.RequestException, KeyError,
                LookupError, TypeError, ValueError) as error:
            result, detail = "FAIL", f"{type(error).__name__}: {error}"
        outcomes.append(Outcome(check, result, probe.redact.text(detail)))
    return outcomes
