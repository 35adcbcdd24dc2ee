"""Hypothesis strategies for claims, for property-testing rules (yours and ours).

The strategies here build claims the way an honest writer would: start from
true values, then *state* them with rounding and hedges that the true value
satisfies. A rule that fails such a claims file cries wolf. Their mirror
images build texts that contradict themselves in one known way.

    from hypothesis import given
    from factcheck.testing import consistent_claims_files

    @given(consistent_claims_files())
    def test_my_rules_never_cry_wolf(cf):
        report = factcheck.evaluate([as_loaded(cf)], factcheck.load_rules(["my-rules/"]))
        assert report.summary.failed == 0
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from factcheck._documents import LoadedClaims
from factcheck._models import Claim, ClaimKind, ClaimsFile, Direction, Document, Mention, Qualifier
from factcheck._rule_strategies import (
    allowed_values,
    claim_sets,
    claims,
    refined,
    rule_examples,
    verdict,
)
from factcheck._stated import HEDGE_DIGIT_UNITS, parse_number, significant_step

__all__ = [
    "allowed_values",
    "as_loaded",
    "claim_sets",
    "claims",
    "claims_files",
    "consistent_claims_files",
    "honest_statements",
    "part_whole_violations",
    "refined",
    "rule_examples",
    "verdict",
]

_NOUNS = ("victims", "suspects", "cases", "sites", "projects", "arrests", "schools", "cities")
_SUBGROUPS = ("minor", "foreign", "female", "online", "urban")


def as_loaded(claims_file: ClaimsFile, path: str = "<generated>") -> LoadedClaims:
    """Wrap a claims file built in memory so the engine can verify it."""
    return LoadedClaims(claims_file, Path(path), None, None)


def _decimal_text(x: Fraction, decimals: int) -> str:
    q = Decimal(1).scaleb(-decimals)
    value = (Decimal(x.numerator) / Decimal(x.denominator)).quantize(q, rounding=ROUND_HALF_EVEN)
    return f"{value:f}"


@st.composite
def honest_statements(
    draw: st.DrawFn, true_value: Fraction, *, integer: bool = True
) -> tuple[str, Qualifier]:
    """A (value, qualifier) pair that ``true_value`` satisfies, as a writer might state it.

    Integers may be stated exactly, or hedged ("over", "at least", "nearly",
    "about", "under", "up to"); other values are rounded to 0-2 decimals first.
    """
    if not integer:
        decimals = draw(st.integers(0, 2))
        hedge = draw(st.sampled_from([Qualifier.EXACT, Qualifier.EXACT, Qualifier.ABOUT,
                                      Qualifier.OVER, Qualifier.UNDER]))
        if hedge is Qualifier.OVER:
            return _decimal_text(true_value - draw(st.integers(1, 5)), 0), hedge
        if hedge is Qualifier.UNDER:
            return _decimal_text(true_value + draw(st.integers(1, 5)), 0), hedge
        return _decimal_text(true_value, decimals), hedge
    v = int(true_value)
    hedge = draw(st.sampled_from(list(Qualifier)))
    match hedge:
        case Qualifier.EXACT | Qualifier.ABOUT:
            return str(v), hedge
        case Qualifier.OVER:
            if v == 0:
                return str(v), Qualifier.EXACT
            return str(v - draw(st.integers(1, v))), hedge
        case Qualifier.AT_LEAST:
            return str(draw(st.integers(0, v))), hedge
        case Qualifier.UNDER:
            return str(v + draw(st.integers(1, 50))), hedge
        case Qualifier.AT_MOST:
            return str(v + draw(st.integers(0, 50))), hedge
        case Qualifier.NEARLY:
            # the stated figure k must satisfy k - slack ≤ v ≤ k, the slack a tenth of k but at most
            # ten units of its last non-zero digit ("nearly 331" is 321-331)
            k = draw(st.integers(v, max(v, (v * 10) // 9)))
            slack = min(Fraction(k, 10), significant_step(parse_number(str(k))) * HEDGE_DIGIT_UNITS)
            return (str(k) if k - slack <= v else str(v)), hedge
    raise AssertionError(hedge)  # pragma: no cover


def _quote(value: str, qualifier: Qualifier) -> str:
    return value if qualifier is Qualifier.EXACT else f"{qualifier.value.replace('_', ' ')} {value}"


def _mentions(statements: list[tuple[str, Qualifier]], start: int) -> list[Mention]:
    """One mention per statement, 1000 characters apart, each with its own value and hedge."""
    out = []
    for i, (value, qualifier) in enumerate(statements):
        quote = _quote(value, qualifier)
        at = start + 1000 * i
        out.append(Mention(start=at, end=at + len(quote), quote=quote, value=value, qualifier=qualifier))
    return out


@st.composite
def consistent_claims_files(draw: st.DrawFn, max_groups: int = 3) -> ClaimsFile:
    """A claims file whose true figures are consistent, stated honestly with hedges.

    Each group is a whole count with parts (part_of), a change against the
    previous period (change_of, with or without the previous figure), and a
    share of one part (share_of), every figure stated so that the true value
    lies in what the text allows.
    """
    claims: list[Claim] = []
    groups = draw(st.integers(1, max_groups))
    nouns = draw(st.lists(st.sampled_from(_NOUNS), min_size=groups, max_size=groups, unique=True))
    offset = 0
    for noun in nouns:
        whole = draw(st.integers(1, 100_000))
        old = draw(st.integers(1, 100_000))
        n_parts = draw(st.integers(0, 2))
        subgroups = draw(st.lists(st.sampled_from(_SUBGROUPS), min_size=n_parts, max_size=n_parts,
                                  unique=True))
        parts = [draw(st.integers(0, whole)) for _ in subgroups]
        claims.append(_count(draw, noun, noun, whole, offset, mentions=draw(st.integers(1, 3))))
        offset += 10
        for sub, part in zip(subgroups, parts, strict=True):
            claims.append(_count(draw, f"{noun}-{sub}", f"{noun}.{sub}", part, offset, part_of=noun))
            offset += 10
        change = Fraction(whole - old, old) * 100
        value, q = draw(honest_statements(abs(change), integer=False))
        claims.append(Claim(
            id=f"{noun}-change", kind=ClaimKind.CHANGE, measures=f"{noun}.change", value=value,
            qualifier=q, unit="percent",
            direction=Direction.INCREASE if change >= 0 else Direction.DECREASE,
            change_of=noun, mentions=_mentions([(value, q)], offset),
        ))
        offset += 10
        if draw(st.booleans()):
            claims.append(_count(draw, f"{noun}-previous", noun, old, offset, period="previous"))
            claims[-2] = claims[-2].model_copy(update={"baseline": f"{noun}-previous"})
            offset += 10
    return ClaimsFile(document=Document(id="generated", title="Generated"), claims=claims)


def _count(draw: st.DrawFn, id: str, measures: str, true: int, offset: int, *,
           mentions: int = 1, **extra: Any) -> Claim:
    statements = [draw(honest_statements(Fraction(true))) for _ in range(mentions)]
    value, qualifier = statements[0]
    return Claim(id=id, kind=ClaimKind.COUNT, measures=measures, value=value, qualifier=qualifier,
                 mentions=_mentions(statements, offset), **extra)


@st.composite
def part_whole_violations(draw: st.DrawFn) -> ClaimsFile:
    """A claims file where one stated part exceeds its whole for every reading."""
    whole = draw(st.integers(0, 10_000))
    part = draw(st.integers(whole + 1, whole + 10_000))
    hedge_whole = draw(st.sampled_from([Qualifier.EXACT, Qualifier.AT_MOST, Qualifier.UNDER]))
    hedge_part = draw(st.sampled_from([Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.OVER]))
    part_value = part if hedge_part is not Qualifier.OVER else part - 1
    whole_value = whole if hedge_whole is not Qualifier.UNDER else whole + 1
    return ClaimsFile(
        document=Document(id="generated", title="Generated"),
        claims=[
            Claim(id="whole", kind=ClaimKind.COUNT, measures="victims", value=str(whole_value),
                  qualifier=hedge_whole, mentions=_mentions([(str(whole_value), hedge_whole)], 0)),
            Claim(id="part", kind=ClaimKind.COUNT, measures="victims.minor", value=str(part_value),
                  qualifier=hedge_part, part_of="whole",
                  mentions=_mentions([(str(part_value), hedge_part)], 100)),
        ],
    )


def claims_files() -> st.SearchStrategy[ClaimsFile]:
    """Any valid claims file (consistent or not), e.g. for round-trip tests."""
    return st.one_of(consistent_claims_files(), part_whole_violations())
