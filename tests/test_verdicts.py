"""One rank of statuses: conjunction, the worst verdict on a figure and report listings agree."""

from __future__ import annotations

import itertools

from factcheck._verdicts import LISTING_ORDER, STATUS_ORDER, Status
from factcheck.reports._common import worst


def test_the_rank_orders_every_status_once() -> None:
    assert sorted(STATUS_ORDER) == sorted(Status)
    assert sorted(LISTING_ORDER) == sorted(Status)
    assert [s.rank for s in STATUS_ORDER] == list(range(len(Status)))


def test_conjunction_and_the_worst_verdict_read_the_same_rank() -> None:
    for n in range(1, 4):
        for xs in itertools.product(list(Status), repeat=n):
            assert Status.all_of(xs) == worst(xs) == max(xs, key=STATUS_ORDER.index)


def test_listing_puts_failures_first_then_follows_the_rank() -> None:
    assert LISTING_ORDER[0] is Status.FAIL
    rest = [s for s in LISTING_ORDER if s is not Status.FAIL]
    assert rest == sorted(rest, key=lambda s: -s.rank)
