"""Stated numbers: reading a figure as written, and the values its rounding allows.

"15.70" is 15.7 stated to the hundredth, so any value from 15.695 to 15.705
could have been reported as "15.70". This module reads figures as written
(keeping their precision), turns them into the :class:`~factcheck._intervals.Interval`
of values that round to them, and back.
"""

from __future__ import annotations

import functools
import math
import re
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from factcheck._intervals import Interval
from factcheck._limits import MAX_NUMBER_DIGITS
from factcheck._verdicts import Status

__all__ = [
    "ABOUT_TOLERANCE",
    "HEDGE_DIGIT_UNITS",
    "NEARLY_TOLERANCE",
    "Rounding",
    "StatedNumber",
    "parse_number",
    "reround",
    "separates",
    "significant_step",
    "unround",
]

#: "about 20" allows 10 % either side of the stated figure (after rounding).
ABOUT_TOLERANCE = Fraction(1, 10)
#: "nearly 200" allows up to 10 % below the stated figure, and the figure itself.
NEARLY_TOLERANCE = Fraction(1, 10)
#: A hedge widens a figure by at most this many units of its last non-zero digit: "some 17,004"
#: allows 16,994-17,014, not 10 % (a writer who states the units digit did not round to the thousands).
HEDGE_DIGIT_UNITS = 10

Rounding = Literal["up_or_down", "up", "down", "even", "ceiling", "floor", "truncate"]
ROUNDINGS: tuple[Rounding, ...] = typing.get_args(Rounding)

_SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}

_NUMBER = re.compile(
    r"""^\s*
    (?P<sign>[-+−])?
    (?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)
    \s*(?P<scale>[a-z]+)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class StatedNumber:
    """A number as written: its exact value and the step of its last written digit.

    "15.70" has value 15.7 and step 0.01; "1.2 million" has value 1 200 000 and
    step 100 000; "1,234" has value 1234 and step 1.
    """

    value: Fraction
    step: Fraction
    text: str

    @property
    def decimals(self) -> int:
        """Digits after the decimal point as written (0 for whole numbers)."""
        _, _, frac = self.text.replace(",", "").partition(".")
        return len(re.match(r"\d*", frac).group(0)) if frac else 0  # type: ignore[union-attr]


_FRACTION = re.compile(r"^\s*(?P<sign>[-+−])?(?P<num>\d+)\s*/\s*(?P<den>[1-9]\d*)\s*$")
#: "a third" (written "1/3") is read like the whole percentage it names: 1/3 ± 0.5 %.
FRACTION_STEP = Fraction(1, 100)


@functools.lru_cache(maxsize=32768)  # as many figures as _models._interval_of keeps
def parse_number(text: str) -> StatedNumber:
    """Read a stated figure ("197", "15.70", "1,234", "1.2 million", "3.5bn", "1/3").

    A fraction in words ("fell by a third") is written ``1/3``; it is as
    precise as the whole percentage it names, so its step is 1/100.
    Raises ``ValueError`` with a plain-language reason for anything else.
    """
    digits_written = sum(c.isdigit() for c in text)
    if digits_written > MAX_NUMBER_DIGITS:
        raise ValueError(f"a figure of {digits_written:,} digits; at most {MAX_NUMBER_DIGITS} are read")
    f = _FRACTION.match(text)
    if f is not None:
        value = Fraction(int(f["num"]), int(f["den"]))
        return StatedNumber(
            value=-value if f["sign"] in ("-", "−") else value, step=FRACTION_STEP, text=text.strip()
        )
    m = _NUMBER.match(text.replace("\u2009", "").replace("\u00a0", " "))
    if m is None:
        raise ValueError(f"{text!r} is not a number (write it as digits, e.g. '197' or '15.70')")
    digits = m["digits"].replace(",", "")
    scale_word = (m["scale"] or "").lower()
    if scale_word and scale_word not in _SCALES:
        raise ValueError(f"{text!r}: unknown scale word {m['scale']!r}")
    scale = _SCALES.get(scale_word, 1)
    # Exact integer arithmetic on the digits as written (what Decimal and Fraction's
    # powers gave, at a fraction of the cost: every figure of a document is read here).
    whole, _, decimals = digits.partition(".")
    mantissa = int(whole + decimals) if whole or decimals else 0
    if decimals:
        unit = 10 ** len(decimals)
        step = Fraction(scale, unit)
        value = Fraction(mantissa * scale, unit)
    else:
        step = Fraction(scale)
        value = Fraction(mantissa * scale)
    if m["sign"] in ("-", "−"):
        value = -value
    return StatedNumber(value=value, step=step, text=text.strip())


def significant_step(n: StatedNumber) -> Fraction:
    """The step of the last non-zero digit written: 1 for "17,004", 100 for "17,400", 0.1 for "4.5"."""
    step = n.step
    if n.value == 0:
        return step
    while (n.value / (step * 10)).denominator == 1:
        step *= 10
    return step


def unround(
    text: str | float | Decimal | StatedNumber, rounding: Rounding = "up_or_down"
) -> Interval:
    """The values that, rounded to the precision written, give the stated figure.

    The figure may be a string as written ("0.53", "1.2 million"), an ``int``,
    a ``float`` (read as its shortest decimal form: ``0.53`` is "0.53") or a
    ``Decimal`` (its digits as they stand: ``Decimal("0.530")`` is precise to
    the thousandth). Anything else raises ``TypeError``: a ``Fraction`` carries
    no written precision.

    The bounds and their inclusiveness follow scrutiny's ``unround()`` (Jung)
    with ``symmetric = FALSE``, so that a verdict here means what it means in
    the reference tools:

    ============== ==================== ==========================================
    ``rounding``   "0.53" allows        why
    ============== ==================== ==========================================
    up_or_down     [0.525, 0.535]       either tie direction is accepted (default)
    up             [0.525, 0.535)       ties go towards +∞, also below zero
    down           (0.525, 0.535]       ties go towards -∞, also below zero
    even           [0.525, 0.535]       see below
    ceiling        (0.52, 0.53]         towards +∞
    floor          [0.53, 0.54)         towards -∞
    truncate       [0.53, 0.54)         towards zero ("-0.53": (-0.54, -0.53])
    ============== ==================== ==========================================

    ``even`` keeps both ties although exact half-to-even would keep only one:
    the software that produced a figure rounds binary floats, whose ties fall
    either way (Python's ``round(0.135, 2)`` is 0.14 but ``round(0.125, 2)`` is
    0.12). Widening can only make a check more lenient, never cry wolf.
    """
    n = text if isinstance(text, StatedNumber) else parse_number(_as_written(text))
    x, h = n.value, n.step / 2
    if rounding in ("up_or_down", "even"):
        return Interval(x - h, x + h, True, True)
    if rounding == "up":
        return Interval(x - h, x + h, True, False)
    if rounding == "down":
        return Interval(x - h, x + h, False, True)
    if rounding == "ceiling":
        return Interval(x - n.step, x, False, True)
    if rounding == "floor":
        return Interval(x, x + n.step, True, False)
    if rounding == "truncate":
        if x > 0:
            return Interval(x, x + n.step, True, False)
        if x < 0:
            return Interval(x - n.step, x, False, True)
        return Interval(-n.step, n.step, False, False)
    raise ValueError(f"unknown rounding {rounding!r}; choose one of {', '.join(ROUNDINGS)}")


def _as_written(figure: object) -> str:
    """A number as its digits would be written, for :func:`unround`."""
    if isinstance(figure, str):
        return figure
    if isinstance(figure, bool) or not isinstance(figure, int | float | Decimal):
        raise TypeError(f"unround() takes the figure as written: a str, int, float or Decimal, "
                        f"not {type(figure).__name__}")
    if isinstance(figure, float) and not math.isfinite(figure):
        raise ValueError(f"{figure!r} is not a figure one can state")
    if isinstance(figure, Decimal) and not figure.is_finite():
        raise ValueError(f"{figure!r} is not a figure one can state")
    if isinstance(figure, int):
        return str(figure)
    # a float's shortest repr is its digits as written; 1e-07 is written 0.0000001
    return format(Decimal(repr(figure)) if isinstance(figure, float) else figure, "f")


def reround(value: Fraction | int, step: Fraction | int, rounding: Rounding) -> tuple[Fraction, ...]:
    """Every figure ``value`` may be reported as when rounded to a multiple of ``step``.

    The forward direction of :func:`unround`, in exact arithmetic, so that the
    two can be tested against each other. ``up_or_down`` and ``even`` give both
    neighbours at an exact tie (see :func:`unround` for why ``even`` does too).
    """
    v, s = Fraction(value), Fraction(step)
    q = v / s
    lower, upper = math.floor(q), math.ceil(q)
    if lower == upper:
        return (v,)
    frac = q - lower
    tie = frac == Fraction(1, 2)
    nearest = lower if frac < Fraction(1, 2) else upper
    match rounding:
        case "up_or_down" | "even":
            picks = (lower, upper) if tie else (nearest,)
        case "up":
            picks = (upper if tie else nearest,)
        case "down":
            picks = (lower if tie else nearest,)
        case "ceiling":
            picks = (upper,)
        case "floor":
            picks = (lower,)
        case "truncate":
            picks = (lower if v > 0 else upper,)
        case _:
            raise ValueError(f"unknown rounding {rounding!r}; choose one of {', '.join(ROUNDINGS)}")
    return tuple(Fraction(k) * s for k in picks)


def separates(stated: Interval, actual: Interval, thresholds: Iterable[Fraction | int]) -> bool:
    """Does some threshold lie between everything stated and everything actually possible?

    This is what makes a failure *gross*: the text is not just a little off,
    it says something qualitatively different (a rise that was a fall, a
    majority that was not, "over 20%" that was under).
    """
    for t in map(Fraction, thresholds):
        below, above = Interval(None, t, False, False), Interval(t, None, False, False)
        at_or_below, at_or_above = Interval(None, t), Interval(t, None)
        if (stated.within(above) is Status.PASS and actual.within(at_or_below) is Status.PASS) or (
            stated.within(below) is Status.PASS and actual.within(at_or_above) is Status.PASS
        ):
            return True
    return False
