"""The deadline watchdog of the requests transport keeps only the attempts under way."""

from __future__ import annotations

import time

from flickr_api._requests_transport import _Guard, _Watchdog
from flickr_api._transport import Deadline


def test_finished_attempts_leave_the_watchdog():
    watchdog = _Watchdog()
    later = time.monotonic() + 3600  # no deadline passes during the test
    running = [_Guard(Deadline(stop=later)) for _ in range(10)]
    for guard in running:
        watchdog.watch(guard)
    for _ in range(1000):
        guard = _Guard(Deadline(stop=later))
        watchdog.watch(guard)
        watchdog.finished(guard)
    held = [entry[2] for entry in watchdog._heap]
    assert all(guard in held for guard in running)
    assert len(held) <= len(running) + 65  # not the 1000 finished ones
    assert not any(guard.expired for guard in running)
