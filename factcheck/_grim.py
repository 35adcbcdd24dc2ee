"""Granularity tests: GRIM (Brown & Heathers 2017) and DEBIT (Heathers & Brown 2019).

A mean of whole numbers is a whole-number sum divided by the sample size, so
only some means are possible at all: 5.19 cannot be the mean of 28 integers
(5.19 × 28 = 145.32, and neither 145/28 = 5.18 nor 146/28 = 5.21 rounds to
5.19). A percentage of a count is the same thing with two extra decimals.
DEBIT adds the standard deviation of binary (yes/no) data, which the mean
and the sample size fix exactly.

Both tests are decided here in exact arithmetic over the sets of true values
that :func:`factcheck._intervals.unround` gives for the reported figures, so
they agree with scrutiny's ``grim()`` and ``debit()`` (whose integer-sum
formulation they mirror) without any floating-point tolerance.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck._intervals import Interval
from factcheck._stated import Rounding, unround

__all__ = ["debit", "debit_counts", "grim", "grim_sums"]

#: DEBIT enumerates candidate counts; beyond this many it stops (and answers "consistent").
MAX_DEBIT_CANDIDATES = 1_000_000


def grim_sums(mean: Interval, n_items: int) -> Interval:
    """The whole-number sums whose mean over ``n_items`` values lies in ``mean``.

    Empty when the reported mean is impossible. When ``n_items`` reaches
    10^decimals the spacing of possible means is no wider than the rounding
    step, so some sum always fits: GRIM can only speak about small samples.
    """
    if n_items < 1:
        raise ValueError(f"the sample size times the number of items must be at least 1, not {n_items}")
    return (mean * n_items).integers()


def grim(
    x: str,
    n: int,
    *,
    items: int = 1,
    percent: bool = False,
    rounding: Rounding = "up_or_down",
) -> bool:
    """Is ``x`` a possible mean of ``n`` whole-number responses to ``items`` items?

    ``x`` is a string because trailing zeros are evidence: "5.10" allows less
    than "5.1". With ``percent``, ``x`` is a percentage ("71" of 43 people),
    i.e. a mean of 0/1 data with two more decimals. ``rounding`` is how ``x``
    was presumably rounded (see :func:`factcheck.unround`).
    """
    if not isinstance(x, str):
        raise TypeError("x must be a string, so that its trailing zeros count")
    if n < 1 or items < 1:
        raise ValueError(f"n and items must be at least 1 (got n={n}, items={items})")
    mean = unround(x, rounding)
    if percent:
        mean = mean * Fraction(1, 100)
    return not grim_sums(mean, n * items).is_empty


def debit_counts(mean: Interval, sd: Interval, n: int) -> list[int]:
    """The numbers of ones among ``n`` binary values that give both ``mean`` and ``sd``.

    The sample SD of k ones among n values is sqrt(k(n-k) / (n(n-1))), so the
    test is exact over squares: no square root, no tolerance. (This is
    scrutiny's ``formula = "exact"``: every real binary sample passes, nothing
    else does.)
    """
    if n < 2:
        raise ValueError(f"a standard deviation needs at least 2 values, not {n}")
    ks = grim_sums(mean, n).intersect(Interval(Fraction(0), Fraction(n), integer=True))
    if ks.is_empty:
        return []
    assert ks.lo is not None
    assert ks.hi is not None
    lo, hi = int(ks.lo), int(ks.hi)
    if hi - lo > MAX_DEBIT_CANDIDATES:
        raise ValueError(f"too many candidate counts ({hi - lo + 1}) for DEBIT")
    spread = sd.clamp_lower(0)
    variance = spread * spread  # an SD is never negative, so this is [lo², hi²]
    denominator = n * (n - 1)
    return [k for k in range(lo, hi + 1) if Fraction(k * (n - k), denominator) in variance]


def debit(x: str, sd: str, n: int, *, rounding: Rounding = "up_or_down") -> bool:
    """Are a reported mean ``x`` of binary data and its sample SD ``sd`` possible with ``n``?

    ``x`` is the proportion of ones (0-1) and ``sd`` its standard deviation,
    both as written ("0.53", "0.50"). True when some whole number of ones
    among ``n`` gives both figures after rounding.
    """
    if not isinstance(x, str) or not isinstance(sd, str):
        raise TypeError("x and sd must be strings, so that their trailing zeros count")
    mean, spread = unround(x, rounding), unround(sd, rounding)
    if mean.intersect(Interval.closed(0, 1)).is_empty:
        raise ValueError(f"a proportion lies between 0 and 1, not {x}")
    if spread.intersect(Interval.closed(0, 1)).is_empty:
        raise ValueError(f"the SD of binary data lies between 0 and 1, not {sd}")
    return bool(debit_counts(mean, spread, n))
