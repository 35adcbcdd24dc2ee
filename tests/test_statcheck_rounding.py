"""statcheck-style rounding: a reported p-value is consistent if any unrounded statistic gives it.

statcheck (Nuijten et al.) recomputes the p-value of a reported test statistic
and counts the report consistent when some value that rounds to the reported
statistic yields a p-value that rounds to the reported one. The cases below are
statcheck's own (tests/testthat/test_error.R); the verdicts are reproduced with
factcheck's unrounded intervals. The p-value functions are closed forms for the
even degrees of freedom used there, so no statistics library is needed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction

import pytest

from factcheck import Interval, unround


def _t_two_tailed(df: int) -> Callable[[float], float]:
    assert df % 2 == 0  # Abramowitz & Stegun 26.7.3, even degrees of freedom
    def p(t: float) -> float:
        theta = math.atan(abs(t) / math.sqrt(df))
        c2, term, total = math.cos(theta) ** 2, 1.0, 1.0
        for k in range(1, df // 2):
            term *= c2 * (2 * k - 1) / (2 * k)
            total += term
        return 1 - math.sin(theta) * total
    return p


def _chi2(df: int) -> Callable[[float], float]:
    assert df % 2 == 0
    def p(x: float) -> float:
        return math.exp(-x / 2) * sum((x / 2) ** k / math.factorial(k) for k in range(df // 2))
    return p


def _f_2(d2: int) -> Callable[[float], float]:
    return lambda f: (1 + 2 * f / d2) ** (-d2 / 2)


def _r(df: int) -> Callable[[float], float]:
    t = _t_two_tailed(df)
    return lambda r: t(r * math.sqrt(df / (1 - r * r)))


def _z(z: float) -> float:
    return math.erfc(abs(z) / math.sqrt(2))


_REPORT = re.compile(r"^\s*(?P<test>t|F|r|chi2|z|Q)(?:\((?P<df>[\d, ]+)\))?\s*=\s*(?P<stat>[-.\d]+),"
                     r"\s*p\s*(?P<op>[=<])\s*(?P<p>[.\d]+)$")


def consistent(report: str) -> bool:
    """Does some statistic the text allows give a p-value the text allows?"""
    m = _REPORT.match(report)
    assert m is not None, report
    dfs = [int(x) for x in (m["df"] or "0").split(",")]
    p_of = {
        "t": lambda: _t_two_tailed(dfs[0]),
        "F": lambda: _f_2(dfs[1]),
        "r": lambda: _r(dfs[0]),
        "chi2": lambda: _chi2(dfs[0]),
        "Q": lambda: _chi2(dfs[0]),
        "z": lambda: _z,
    }[m["test"]]()
    stat = unround(m["stat"])
    assert stat.lo is not None
    assert stat.hi is not None
    ends = sorted(Fraction(p_of(float(b))) for b in (stat.lo, stat.hi))  # p is monotone in |stat|
    computed = Interval(ends[0], ends[1])
    reported = unround(m["p"]) if m["op"] == "=" else Interval(None, Fraction(m["p"]), False, False)
    return computed.overlaps(reported)


@pytest.mark.parametrize(
    "report",
    [
        "t(28) = 2.20, p = .03",
        "F(2, 28) = 2.20, p = .15",
        "r(28) = .22, p = .26",
        "chi2(28) = 22.20, p = .79",
        "z = 2.20, p = .04",
        "Q(28) = 22.20, p = .79",
        "t(28) = 1.20, p = .03",
        "t(28) = 2.20, p = .30",
        "t(48) = 1.02, p < .05",
    ],
)
def test_statcheck_errors_are_inconsistent(report: str) -> None:
    assert consistent(report) is False


@pytest.mark.parametrize(
    "report",
    [
        "t(28) = 2, p = .02",
        "t(28) = 2, p = .14",
        "t(28) = 2.2, p = .03",
        "t(28) = 2.2, p = .04",
        "t(28) = 2.20, p = .036",
        "t(28) = 2.20, p = .037",
    ],
)
def test_statcheck_correctly_rounded_reports_are_consistent(report: str) -> None:
    assert consistent(report) is True


def test_the_p_value_functions_are_right() -> None:
    assert _t_two_tailed(28)(2.2) == pytest.approx(0.03623, abs=1e-4)
    assert _chi2(2)(2.0) == pytest.approx(math.exp(-1))
    assert _z(1.959964) == pytest.approx(0.05, abs=1e-6)
