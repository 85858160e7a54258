"""bounded_gather: order of results, the limit, and how tasks start."""

from __future__ import annotations

import asyncio
import warnings

import pytest

from flickr_api.aio import bounded_gather


def test_results_come_back_in_order_under_the_limit():
    running, most = 0, 0

    async def job(i: int) -> int:
        nonlocal running, most
        running += 1
        most = max(most, running)
        for _ in range(5):
            await asyncio.sleep(0)
        running -= 1
        return i * i

    assert asyncio.run(bounded_gather([job(i) for i in range(10)], limit=3)) == [
        i * i for i in range(10)]
    assert most == 3


def test_the_first_job_moves_on_before_the_last_one_starts():
    # Each job's first step is the CPU work (signing) and its second the network: the first
    # request must be on its way before the last one is even prepared.
    log: list[tuple[str, int]] = []

    async def job(i: int) -> None:
        log.append(("prepared", i))
        await asyncio.sleep(0)
        log.append(("sent", i))

    asyncio.run(bounded_gather([job(i) for i in range(5)], limit=5))
    assert log.index(("sent", 0)) < log.index(("prepared", 4))


def test_a_failure_cancels_the_others_and_is_raised():
    cancelled = []

    async def slow(i: int) -> None:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.append(i)
            raise

    async def fails() -> None:
        raise LookupError("no such photo")

    with pytest.raises(LookupError):
        asyncio.run(bounded_gather([slow(0), fails(), slow(2)], limit=3))
    assert sorted(cancelled) == [0, 2]


def test_cancelled_while_starting_leaves_no_coroutine_unawaited():
    async def job() -> None:
        await asyncio.sleep(60)

    async def main() -> None:
        jobs = [job() for _ in range(50)]
        gathering = asyncio.get_running_loop().create_task(bounded_gather(jobs, limit=50))
        await asyncio.sleep(0)
        gathering.cancel()
        with pytest.raises(asyncio.CancelledError):
            await gathering

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        asyncio.run(main())


def test_the_limit_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        asyncio.run(bounded_gather([], limit=0))
