"""GRIM and DEBIT against scrutiny's published test vectors, and against brute force."""

from __future__ import annotations

import csv
import math
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import debit, grim, reround

DATA = Path(__file__).parent / "data" / "scrutiny"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


GRIM_ROWS = _rows("grim.csv")
DEBIT_ROWS = _rows("debit.csv")


def test_the_vector_files_hold_what_they_should() -> None:
    assert len(GRIM_ROWS) == 249
    assert len(DEBIT_ROWS) == 18
    assert {r["consistent"] for r in GRIM_ROWS} == {"true", "false"}


@pytest.mark.parametrize("row", GRIM_ROWS, ids=lambda r: f"{r['x']}-n{r['n']}-{r['rounding']}")
def test_grim_reproduces_scrutiny(row: dict[str, str]) -> None:
    verdict = grim(row["x"], int(row["n"]), items=int(row["items"]), percent=row["percent"] == "true",
                   rounding=row["rounding"])  # type: ignore[arg-type]
    assert verdict is (row["consistent"] == "true"), row["source"]


@pytest.mark.parametrize("row", DEBIT_ROWS, ids=lambda r: f"{r['x']}-{r['sd']}-n{r['n']}-{r['rounding']}")
def test_debit_reproduces_scrutiny(row: dict[str, str]) -> None:
    verdict = debit(row["x"], row["sd"], int(row["n"]), rounding=row["rounding"])  # type: ignore[arg-type]
    assert verdict is (row["consistent"] == "true"), row["source"]


def test_published_aggregates() -> None:
    pigs1 = [r for r in GRIM_ROWS if r["source"].endswith("test-grim-map.R pigs1")]
    assert sum(grim(r["x"], int(r["n"]), items=2) for r in pigs1) == 6  # test-grim-map.R df4
    jpap = ["5.90", "5.71", "3.50", "3.82", "4.61", "5.24"]
    assert sum(not grim(x, 40) for x in jpap) == 3  # "half of these are wrongly flagged"


def test_the_brief_examples() -> None:
    assert grim("37.5", 17, percent=True) is False  # 6/17 = 35.3 %, 7/17 = 41.2 %
    assert grim("35.3", 17, percent=True) is True
    assert factcheck.grim is grim


def test_trailing_zeros_count() -> None:
    # 5.1 × 7 = 35.7: 36/7 = 5.14 rounds to 5.1 but not to 5.10
    assert grim("5.1", 7) is True
    assert grim("5.10", 7) is False


def test_strings_only() -> None:
    with pytest.raises(TypeError):
        grim(5.19, 28)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least 1"):
        grim("5.19", 0)
    with pytest.raises(ValueError, match="between 0 and 1"):
        debit("1.5", "0.5", 100)


def _as_text(x: Fraction, decimals: int) -> str:
    return f"{Decimal(x.numerator) / Decimal(x.denominator):.{decimals}f}" if decimals else str(int(x))


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(1, 40),
    items=st.integers(1, 3),
    decimals=st.integers(0, 3),
    units=st.integers(-3000, 3000),
    rounding=st.sampled_from(["up_or_down", "up", "down", "ceiling", "floor", "truncate"]),
)
def test_grim_agrees_with_enumerating_integer_sums(
    n: int, items: int, decimals: int, units: int, rounding: str
) -> None:
    step = Fraction(1, 10**decimals)
    x = units * step
    text = _as_text(x, decimals)
    total = n * items
    sums = range(math.floor((x - 2 * step) * total) - 1, math.ceil((x + 2 * step) * total) + 2)
    brute = any(x in reround(Fraction(s, total), step, rounding) for s in sums)  # type: ignore[arg-type]
    assert grim(text, n, items=items, rounding=rounding) is brute  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 200), items=st.integers(1, 5), decimals=st.integers(0, 2), units=st.integers(0, 999))
def test_a_large_enough_sample_makes_every_mean_possible(
    n: int, items: int, decimals: int, units: int
) -> None:
    text = _as_text(Fraction(units, 10**decimals), decimals)
    if n * items >= 10**decimals:
        assert grim(text, n, items=items) is True


def _reported_sd(k: int, n: int, decimals: int) -> set[str]:
    """Every way the SD of k ones among n values can be reported (ties: both)."""
    getcontext().prec = 60
    sd = (Decimal(k * (n - k)) / Decimal(n * (n - 1))).sqrt()
    q = Decimal(1).scaleb(-decimals)
    return {str(sd.quantize(q, rounding=ROUND_HALF_UP)), str(sd.quantize(q, rounding=ROUND_HALF_DOWN))}


@pytest.mark.parametrize("n", [5, 8, 20, 37])
@pytest.mark.parametrize("decimals", [2, 3])
def test_debit_never_rejects_a_real_binary_sample(n: int, decimals: int) -> None:
    checked = 0
    for k in range(n + 1):
        step = Fraction(1, 10**decimals)
        means = {_as_text(m, decimals) for m in reround(Fraction(k, n), step, "up_or_down")}
        for x in means:
            for sd in _reported_sd(k, n, decimals):
                checked += 1
                assert debit(x, sd, n), (x, sd, n, k)
    assert checked > n
