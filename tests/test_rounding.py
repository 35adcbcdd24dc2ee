"""unround and reround: scrutiny's semantics, published cases, and the round-trip properties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Interval, parse_number, reround, unround
from factcheck._stated import separates

F = Fraction
METHODS = ["up_or_down", "up", "down", "even", "ceiling", "floor", "truncate"]


# scrutiny's unround() documentation table, for x = "0.53" (and the sign cases of trunc)
@pytest.mark.parametrize(
    ("x", "rounding", "expected"),
    [
        ("0.53", "up_or_down", "[0.525, 0.535]"),
        ("0.53", "up", "[0.525, 0.535)"),
        ("0.53", "down", "(0.525, 0.535]"),
        ("0.53", "even", "[0.525, 0.535]"),
        ("0.53", "ceiling", "(0.52, 0.53]"),
        ("0.53", "floor", "[0.53, 0.54)"),
        ("0.53", "truncate", "[0.53, 0.54)"),
        ("-0.53", "truncate", "(-0.54, -0.53]"),
        ("0.0", "truncate", "(-0.1, 0.1)"),
        # symmetric = FALSE (scrutiny's default): a negative tie still rounds up towards +∞
        ("-0.53", "up", "[-0.535, -0.525)"),
        ("-0.53", "down", "(-0.535, -0.525]"),
        ("0", "up", "[-0.5, 0.5)"),
        ("4.50", "up_or_down", "[4.495, 4.505]"),
        ("2.7", "up_or_down", "[2.65, 2.75]"),
    ],
)
def test_unround_matches_scrutiny(x: str, rounding: str, expected: str) -> None:
    assert str(unround(x, rounding)) == expected  # type: ignore[arg-type]


def test_unround_reports_bounds_and_inclusiveness() -> None:
    i = unround("40", "up")
    assert (i.lo, i.hi, i.lo_closed, i.hi_closed) == (F(79, 2), F(81, 2), True, False)
    assert str(unround("15.70")) == "[15.695, 15.705]"


def test_unknown_rounding_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown rounding"):
        unround("4.50", "sideways")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        ("1.2 million", F(1_200_000), F(100_000)),
        ("1,234", F(1234), F(1)),
        ("3.5bn", F(3_500_000_000), F(100_000_000)),
        ("15.70", F(1570, 100), F(1, 100)),
        ("1/3", F(1, 3), F(1, 100)),
        ("−2.5", F(-5, 2), F(1, 10)),
    ],
)
def test_parse_number_formats(text: str, value: Fraction, step: Fraction) -> None:
    n = parse_number(text)
    assert (n.value, n.step) == (value, step)


def test_large_numbers_unround_at_their_written_precision() -> None:
    assert str(unround("1.2 million")) == "[1150000, 1250000]"


# scrutiny tests/testthat/test-round.R, "the midpoint grid": 0.05, 0.15, …, 0.95 at one decimal
MIDPOINTS = [F(k * 10 + 5, 100) for k in range(10)]


@pytest.mark.parametrize("k", range(10))
def test_reround_midpoint_grid(k: int) -> None:
    tenth = F(1, 10)
    mid = MIDPOINTS[k]
    assert reround(mid, tenth, "up") == (F(k + 1, 10),)
    assert reround(mid, tenth, "down") == (F(k, 10),)
    assert reround(-mid, tenth, "up") == (F(-k, 10),)  # ties towards +∞ by default
    assert reround(-mid, tenth, "down") == (F(-(k + 1), 10),)
    assert set(reround(mid, tenth, "up_or_down")) == {F(k, 10), F(k + 1, 10)}


def test_reround_directions() -> None:
    step = F(1, 100)
    assert reround(F("0.281"), step, "ceiling") == (F("0.29"),)
    assert reround(F("0.289"), step, "floor") == (F("0.28"),)
    assert reround(F("-0.289"), step, "truncate") == (F("-0.28"),)
    assert reround(F("0.28"), step, "ceiling") == (F("0.28"),)  # exact at whole steps


def test_describe_leaves_out_a_trivial_lower_end() -> None:
    implied = Interval(F(1), F(164), integer=True)
    assert implied.describe() == "a whole number from 1 to 164"
    assert implied.describe(floor=F(1)) == "at most 164"
    assert Interval(F(160), F(164), integer=True).describe(floor=F(1)) == "a whole number from 160 to 164"


def test_separates_is_what_makes_a_failure_gross() -> None:
    rise = unround("40")
    assert separates(rise, Interval.point(-5), [0]) is True  # a rise that was a fall
    assert separates(rise, Interval.point(38), [0]) is False  # off, but still a rise
    assert separates(Interval(F(20), None, False, False), Interval.point(15), [20]) is True
    assert separates(unround("55"), unround("45"), [50]) is True  # "a majority" that was not


def _text(x: Fraction, decimals: int) -> str:
    return f"{Decimal(x.numerator) / Decimal(x.denominator):.{decimals}f}"


texts = st.builds(
    lambda units, decimals: (
        f"{Decimal(units).scaleb(-decimals):f}" if decimals else str(units)
    ),
    st.integers(-99_999, 99_999),
    st.integers(0, 4),
)


@settings(max_examples=300, deadline=None)
@given(text=texts, rounding=st.sampled_from(METHODS), where=st.fractions(0, 1))
def test_a_value_inside_the_unrounded_set_rounds_back(text: str, rounding: str, where: Fraction) -> None:
    i = unround(text, rounding)  # type: ignore[arg-type]
    assert i.lo is not None
    assert i.hi is not None
    v = i.lo + (i.hi - i.lo) * where
    if v in i:
        n = parse_number(text)
        strings = {_text(r, n.decimals) for r in reround(v, n.step, rounding)}  # type: ignore[arg-type]
        assert text in strings


@settings(max_examples=300, deadline=None)
@given(text=texts, rounding=st.sampled_from([m for m in METHODS if m != "even"]))
def test_the_bounds_are_exactly_as_inclusive_as_rounding(text: str, rounding: str) -> None:
    """unround ∘ round is the identity on the interval: in at an inclusive end, out beyond."""
    n = parse_number(text)
    i = unround(text, rounding)  # type: ignore[arg-type]
    assert i.lo is not None
    assert i.hi is not None
    tiny = n.step / 1000
    for edge, closed, outside in ((i.lo, i.lo_closed, i.lo - tiny), (i.hi, i.hi_closed, i.hi + tiny)):
        assert (n.value in reround(edge, n.step, rounding)) is closed  # type: ignore[arg-type]
        assert n.value not in reround(outside, n.step, rounding)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(value=st.fractions(-1000, 1000, max_denominator=10_000), decimals=st.integers(0, 3),
       rounding=st.sampled_from(METHODS))
def test_round_then_unround_contains_the_value(value: Fraction, decimals: int, rounding: str) -> None:
    step = F(1, 10**decimals)
    for reported in reround(value, step, rounding):  # type: ignore[arg-type]
        text = f"{Decimal(reported.numerator) / Decimal(reported.denominator):.{decimals}f}"
        assert value in unround(text, rounding)  # type: ignore[arg-type]


@given(
    whole=st.integers(min_value=0, max_value=10**12),
    decimals=st.text(alphabet="0123456789", max_size=6),
    scale=st.sampled_from(["", " thousand", "k", " million", "bn", " tn"]),
    sign=st.sampled_from(["", "-", "−"]),
)
@settings(max_examples=200, deadline=None)
def test_parse_number_reads_the_digits_as_a_decimal_written_to_its_last_digit(
    whole: int, decimals: str, scale: str, sign: str
) -> None:
    digits = f"{whole}.{decimals}" if decimals else str(whole)
    n = parse_number(f"{sign}{digits}{scale}")
    factor = {"": 1, " thousand": 10**3, "k": 10**3, " million": 10**6, "bn": 10**9, " tn": 10**12}[scale]
    value = Fraction(Decimal(digits)) * factor
    assert n.value == (-value if sign else value)
    assert n.step == Fraction(factor, 10 ** len(decimals))
