"""A battery of checks of what flickr_api assumes about Flickr: signing, where OAuth parameters
may travel, reply shapes and types per method, errors, paging, sizes, upload replies.

``python -m flickr_api.testing.conformance`` runs it against the emulator; ``--live`` against
real Flickr with a maintainer's keys and token, writing every reply it saw (secrets redacted)
as captures; ``--write`` adds a reversible set on a throwaway photo. See docs/contributing.md.
"""

from __future__ import annotations

from flickr_api.testing.conformance._checks import CHECKS, Check
from flickr_api.testing.conformance._run import Outcome, run_checks

__all__ = ["CHECKS", "Check", "Outcome", "run_checks"]
