"""Fuzzing the object layer and the transfers: replies mutated from real Flickr captures, fed
through an in-process fake transport, end as results or FlickrError subclasses, never another
exception, and walkers always stop (see ``tests/reply_fuzz.py`` for the scenarios).

The default suite tries ``FLICKR_API_FUZZ_EXAMPLES`` cases per scenario with hypothesis
(default 50). The long campaign runs ``FLICKR_API_FUZZ_CASES`` seeded cases in all, spread
over the scenarios, and prints its figures::

    FLICKR_API_FUZZ_CASES=1000000 python -m pytest tests/unit/test_objects_fuzz.py -k campaign -s
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reply_fuzz import SCENARIOS, Crash, run_case

EXAMPLES = int(os.environ.get("FLICKR_API_FUZZ_EXAMPLES", "50"))
CASES = int(os.environ.get("FLICKR_API_FUZZ_CASES", "0"))


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_mutated_replies_end_as_results_or_flickr_errors(scenario):
    with tempfile.TemporaryDirectory(prefix="flickr-fuzz-") as root:
        folders = iter(range(10**9))

        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow])
        @given(st.integers(0, 2**32 - 1))
        def case(seed):
            folder = Path(root) / str(next(folders))
            folder.mkdir()
            outcome = run_case(scenario, seed, folder)
            assert not isinstance(outcome, Crash), (
                f"{outcome.site} (seed {seed}): {outcome.error!r}")

        case()


@pytest.mark.skipif(CASES <= 0, reason="set FLICKR_API_FUZZ_CASES to run the long campaign")
@pytest.mark.timeout(0)  # as long as the campaign asked for takes
def test_campaign():
    names = sorted(SCENARIOS)
    outcomes: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    first: dict[str, str] = {}
    began = time.monotonic()
    memory = "/dev/shm" if os.path.isdir("/dev/shm") else None  # files in RAM when possible
    with tempfile.TemporaryDirectory(prefix="flickr-fuzz-", dir=memory) as root:
        for number in range(CASES):
            scenario = names[number % len(names)]
            folder = Path(root) / str(number % 1000)
            if folder.exists():
                for leftover in folder.iterdir():
                    leftover.unlink()
            else:
                folder.mkdir()
            outcome = run_case(scenario, number, folder)
            if isinstance(outcome, Crash):
                crashes[outcome.site] += 1
                first.setdefault(outcome.site, f"{scenario} seed {number}: {outcome.error!r}")
            else:
                outcomes[outcome] += 1
            if (number + 1) % 50_000 == 0:
                print(f"\n{number + 1} cases, {time.monotonic() - began:.0f} s, crashed: "
                      f"{sum(crashes.values())}", flush=True)
    elapsed = time.monotonic() - began
    print(f"\ncases: {CASES} in {elapsed:.0f} s ({CASES / elapsed:.0f}/s); outcomes: "
          f"{dict(outcomes.most_common())}; crash sites: {len(crashes)}, crashed cases: "
          f"{sum(crashes.values())}")
    for site, count in crashes.most_common():
        print(f"  {count:7d}  {site}  (first: {first[site]})")
    assert not crashes
