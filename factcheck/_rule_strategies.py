"""Strategies that know a rule: claim sets it passes, fails or cannot decide.

Re-exported by :mod:`factcheck.testing`. The generator reads the rule's
selectors (ids, measures, kinds, periods, …) and the relation it follows, so
every claim set it builds is one the rule *runs on*; numbers are drawn near
each other and near the rule's own parameters, so that every verdict comes up
often. The rule then labels the set, and :func:`rule_examples` keeps those
with the verdict asked for — what the verdict *means* is for the user's
property to check (see docs/writing-rules.md, "Property-testing a rule").
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Sequence
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import reject
from hypothesis import strategies as st

from factcheck._compiled import CompiledRule
from factcheck._documents import LoadedClaims
from factcheck._engine import evaluate
from factcheck._intervals import Interval
from factcheck._loading import load_rules
from factcheck._models import (
    EXACT_KINDS,
    Claim,
    ClaimKind,
    ClaimsFile,
    Direction,
    Document,
    Mention,
    Qualifier,
)
from factcheck._rules import Selector
from factcheck._verdicts import Status

T = TypeVar("T")

__all__ = ["allowed_values", "claim_sets", "claims", "refined", "rule_examples", "verdict"]

_WHOLE_KINDS = frozenset({*EXACT_KINDS, ClaimKind.DURATION})
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SCALES = [Fraction(1)] * 5 + [Fraction(1, 2), Fraction(2), Fraction(1, 10), Fraction(10), Fraction(100)]
_QUALIFIERS = [Qualifier.EXACT] * 4 + list(Qualifier)


class _Pick:
    """Choices from a Hypothesis-controlled ``random.Random``.

    One draw per claim set instead of dozens of strategy draws: a rule's
    examples are found by trying many candidates, which must be cheap.
    """

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def one(self, seq: Sequence[T]) -> T:
        return seq[self.rnd.randrange(len(seq))]

    def integer(self, lo: int, hi: int) -> int:
        return self.rnd.randint(lo, hi)

    def word(self, n: int = 6) -> str:
        return self.one(_LETTERS) + "".join(self.one(_LETTERS + "0123456789")
                                            for _ in range(self.integer(0, n)))

    def measure(self) -> str:
        return ".".join(self.word(5) for _ in range(self.integer(1, 3)))


_RANDOMS = st.randoms(use_true_random=False)


def _number_text(pick: _Pick, kind: ClaimKind, near: Sequence[Fraction]) -> str:
    """A stated figure of ``kind``: near an anchor (often), or anywhere plausible."""
    if kind is ClaimKind.DATE:
        year = pick.one(["", "2024", "2025"])
        return f"{year or '-'}-{pick.integer(1, 12):02d}-{pick.integer(1, 28):02d}"
    anchors = [a for a in near if abs(a) < 10**9] or [Fraction(100)]
    anchor = pick.one(anchors) * (Fraction(1) if kind is ClaimKind.YEAR else pick.one(_SCALES))
    spread = max(int(abs(anchor) / 4), 3)
    offset = pick.one([Fraction(0), Fraction(0), Fraction(1), Fraction(-1),
                       Fraction(pick.integer(-20 * spread, 20 * spread), 20)])
    value = anchor + offset
    mode = pick.integer(0, 9)
    if mode == 0:
        value = Fraction(pick.integer(-50, 2500))
    elif mode <= 2 and kind is not ClaimKind.YEAR:  # any order of magnitude, for ratios of figures
        value = Fraction(10) ** pick.integer(0, 5) * pick.integer(1, 9)
    if kind in _WHOLE_KINDS or pick.integer(0, 1):
        return str(round(value))
    return f"{Decimal(value.numerator) / Decimal(value.denominator):.1f}"


def _literal(pick: _Pick, patterns: str | list[str] | None, fallback: Callable[[], str]) -> str:
    """A value that matches a selector's pattern(s); ``*`` is filled in."""
    if patterns is None:
        return fallback()
    pattern = pick.one(patterns if isinstance(patterns, list) else [patterns])
    return re.sub(r"[*?]", lambda _: pick.one(["a", "b", "minor", "x1"]), pattern)


def _claim(
    pick: _Pick,
    selector: Selector | None = None,
    *,
    id: str | None = None,
    kind: ClaimKind | None = None,
    near: Sequence[Fraction] = (),
    **fields: Any,
) -> Claim:
    s = selector or Selector()
    kinds = s.kind if isinstance(s.kind, list) else [s.kind] if s.kind else list(ClaimKind)
    k = kind or pick.one(kinds)
    value = _number_text(pick, k, near)
    qualifier = pick.one(_QUALIFIERS)
    data: dict[str, Any] = {
        "id": id or _literal(pick, s.id, pick.word),
        "kind": k,
        "measures": _literal(pick, s.measures, pick.measure),
        "value": value,
        "qualifier": qualifier,
    }
    for key in ("period", "place", "unit"):
        if getattr(s, key) is not None:
            data[key] = _literal(pick, getattr(s, key), str)
    if k is ClaimKind.CHANGE or s.direction is not None:
        data["direction"] = s.direction or pick.one(list(Direction))
        data.setdefault("unit", pick.one(["percent", "percent", None]))
    mentions = max(s.min_mentions or 0, pick.integer(0, 2))
    stated = [(value, qualifier)] + [
        (_number_text(pick, k, [Fraction(_first_number(value))]) if k is not ClaimKind.DATE else value,
         pick.one(list(Qualifier)))
        for _ in range(max(mentions - 1, 0))
    ]
    data["mentions"] = [
        Mention(start=100 * i, end=100 * i + len(v) + 1, quote=f"{v}.", value=v, qualifier=q)
        for i, (v, q) in enumerate(stated[:mentions])
    ]
    data.update(fields)
    return Claim.model_validate(data)


@st.composite
def claims(
    draw: st.DrawFn,
    /,
    selector: Selector | None = None,
    *,
    id: str | None = None,
    kind: ClaimKind | None = None,
    near: tuple[float | Fraction, ...] = (),
    **fields: Any,
) -> Claim:
    """A valid claim, matching ``selector`` when given, stated with a hedge now and then.

    Values are drawn near ``near`` (and anywhere plausible now and then); a
    change gets a direction; some claims have two mentions that may or may not
    agree, so that rules on mentions get both. ``fields`` are set as given.
    """
    return _claim(_Pick(draw(_RANDOMS)), selector, id=id, kind=kind,
                  near=[Fraction(n) for n in near], **fields)


def _first_number(text: str) -> str:
    return text if re.fullmatch(r"-?\d+(\.\d+)?", text) else "100"


def _anchors(rule: CompiledRule) -> tuple[Fraction, ...]:
    """Numbers a rule names (its parameters, its expressions' literals): verdicts turn near them."""
    out = []
    for value in rule.params.model_dump().values():
        numbers: list[Any] = [value]
        if isinstance(value, str):
            numbers = [Decimal(n) for n in re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", value)]
        for n in numbers:
            if isinstance(n, int | float | Decimal) and not isinstance(n, bool):
                out += [Fraction(n), Fraction(n) + 1, Fraction(n) - 1]
    return tuple(out) or (Fraction(100),)


@st.composite
def claim_sets(
    draw: st.DrawFn, rule: CompiledRule | None = None, *, near: tuple[float | Fraction, ...] = ()
) -> ClaimsFile:
    """A valid claims file; with ``rule``, one whose claims the rule selects and runs on.

    Figures are drawn near the numbers the rule names and near ``near``: give
    the figures its verdict turns on (a typical count, a threshold × a count)
    when a verdict comes up too rarely for Hypothesis.
    """
    return _claim_set(_Pick(draw(_RANDOMS)), rule, tuple(Fraction(n) for n in near))


def _claim_set(pick: _Pick, rule: CompiledRule | None, near: tuple[Fraction, ...]) -> ClaimsFile:
    document = Document(id=_document_id(rule), title="Generated")
    if rule is None:
        items = [_claim(pick, id=f"c{i}", near=near) for i in range(pick.integer(1, 5))]
        return ClaimsFile(document=document, claims=items)
    anchors = (*_anchors(rule), *near, Fraction(pick.integer(0, 1000)))
    r = rule.rule
    if r.relation is not None:
        return ClaimsFile(document=document, claims=_relation_claims(pick, r.relation, anchors))
    if r.each is not None:
        return ClaimsFile(document=document, claims=[
            _claim(pick, r.each, id=f"c{i}", near=anchors) for i in range(pick.integer(1, 3))])
    assert r.claims is not None
    items = []
    kind = pick.one([ClaimKind.COUNT, ClaimKind.COUNT, ClaimKind.PERCENTAGE])
    for role, arity in rule.arities.items():
        selector = r.claims.get(role)
        if selector is None:
            continue
        for j in range(pick.integer(1, 3) if arity == "many" else 1):
            cid = f"{role}{j}" if selector.id is None else None
            items.append(_claim(pick, selector, id=cid, near=anchors,
                                kind=None if selector.kind else kind))
    unique = {c.id: c for c in items}
    return ClaimsFile(document=document, claims=list(unique.values()))


def _document_id(rule: CompiledRule | None) -> str:
    applies = rule.pack.applies_to if rule is not None else None
    literal = next((a for a in applies or [] if not any(ch in a for ch in "*?[")), None)
    return literal or "generated"


def _relation_claims(pick: _Pick, relation: str, near: Sequence[Fraction]) -> list[Claim]:
    whole = _claim(pick, id="whole", kind=ClaimKind.COUNT, near=near, measures="victims")
    w = Fraction(_first_number(whole.value))
    if relation == "part_of":
        return [whole, *(_claim(pick, id=f"part{i}", kind=ClaimKind.COUNT, near=(w / 3, w, w + 1),
                                measures=f"victims.p{i}", part_of="whole")
                         for i in range(pick.integer(1, 3)))]
    if relation == "share_of":
        part = _claim(pick, id="part", kind=ClaimKind.COUNT, near=(w / 3, w / 2, w),
                      measures="victims.minor")
        p = Fraction(_first_number(part.value))
        computed = 100 * p / w if w else Fraction(50)
        share = _claim(pick, id="share", kind=ClaimKind.PERCENTAGE, near=(computed, computed + 5),
                       measures="victims.minor.share", unit="percent",
                       share_of={"whole": "whole", "part": pick.one(["part", None])})
        return [whole, part, share]
    if relation == "change_of":
        old = _claim(pick, id="old", kind=ClaimKind.COUNT, near=(w * 4 / 5, w, w * 5 / 4),
                     measures="victims", period="before")
        o = Fraction(_first_number(old.value)) or Fraction(1)
        pct = (w - o) / o * 100
        change = _claim(pick, id="change", kind=ClaimKind.CHANGE, near=(abs(pct), abs(pct) + 10),
                        measures="victims.change", unit="percent",
                        direction=Direction.INCREASE if pct >= 0 else Direction.DECREASE,
                        change_of="whole", baseline=pick.one(["old", None]))
        return [whole, old, change]
    raise ValueError(f"no generator for relation {relation!r}")


def verdict(rule: CompiledRule, claims_file: ClaimsFile) -> Status:
    """The rule's verdict on a claims file: the worst of its results (skipped if none)."""
    report = evaluate([LoadedClaims(claims_file, Path("<generated>"), None, None)], [rule])
    return Status.all_of(r.status for r in report.results) if report.results else Status.SKIPPED


def rule_examples(
    rule: CompiledRule | str | Path,
    expect: Status | str = Status.PASS,
    *,
    rules: Path | str | None = None,
    near: tuple[float | Fraction, ...] = (),
) -> st.SearchStrategy[ClaimsFile]:
    """Claim sets on which ``rule`` gives ``expect`` (pass, fail, inconclusive, …).

    ``rule`` is a compiled rule, or a rule id looked up in ``rules`` (a rules
    file or folder), or a rules file holding exactly one rule. ``near`` as for
    :func:`claim_sets`.
    """
    compiled = _resolve(rule, rules)
    return _examples(compiled, Status(expect), tuple(near))


#: Candidates drawn per example before giving up on it; rare verdicts need a few.
TRIES = 50


@st.composite
def _examples(draw: st.DrawFn, rule: CompiledRule, wanted: Status, near: tuple[Any, ...]) -> ClaimsFile:
    pick = _Pick(draw(_RANDOMS))
    anchors = tuple(Fraction(n) for n in near)
    for _ in range(TRIES):
        candidate = _claim_set(pick, rule, anchors)
        if verdict(rule, candidate) is wanted:
            return candidate
    reject()


def _resolve(rule: CompiledRule | str | Path, rules: Path | str | None) -> CompiledRule:
    if isinstance(rule, CompiledRule):
        return rule
    if rules is not None:
        found = [r for r in load_rules([rules]) if r.rule.id == str(rule)]
        if not found:
            raise KeyError(f"no rule {rule!r} in {rules}")
        return found[0]
    (only,) = load_rules([rule])
    return only


@st.composite
def allowed_values(draw: st.DrawFn, claim: Claim) -> Fraction:
    """A true value the claim allows (inside its interval), well inside when it is rounded."""
    return draw(_inside(claim.interval()))


def _inside(i: Interval) -> st.SearchStrategy[Fraction]:
    if i.is_empty:
        return st.nothing()
    lo = i.lo if i.lo is not None else (i.hi - 1000 if i.hi is not None else Fraction(-1000))
    hi = i.hi if i.hi is not None else lo + 1000
    if i.integer:
        return st.integers(int(lo), int(hi)).map(Fraction)
    if lo == hi:
        return st.just(lo)
    return st.integers(1, 999).map(lambda k: lo + (hi - lo) * Fraction(k, 1000))


def _refinable(i: Interval, *, integer: bool) -> bool:
    """Bounded, and (for decimals) wide enough that a 12-digit figure's rounding fits inside."""
    if i.is_empty or i.lo is None or i.hi is None:
        return False
    return integer or i.hi - i.lo > Fraction(1, 10**9)


@st.composite
def refined(draw: st.DrawFn, claims_file: ClaimsFile, ids: Collection[str] | None = None) -> ClaimsFile:
    """The same claims with one figure (of ``ids``, default any) replaced by an exact value it allows.

    The true value is one of those the text allows, so a verdict that holds
    for *every* allowed value (pass) or for *none* (fail) must not change —
    for figures a check reads as given. A stated share or change is what a
    check *computes and compares*; refine the figures it is computed from.
    """
    bounded = [c for c in claims_file.claims
               if (ids is None or c.id in ids) and c.kind is not ClaimKind.DATE
               and _refinable(c.interval(), integer=c.kind in EXACT_KINDS)]
    if not bounded:
        return claims_file
    target = draw(st.sampled_from(bounded))
    value = draw(allowed_values(target))
    if target.kind in EXACT_KINDS:
        text, rounding = str(value.numerator), None
    else:  # written out far enough that the set it allows stays inside the original one
        decimal = Decimal(value.numerator) / Decimal(value.denominator)
        text, rounding = f"{decimal.quantize(Decimal('1e-12'), rounding=ROUND_FLOOR):f}", "floor"
    sharper = Claim.model_validate({**target.model_dump(), "value": text, "qualifier": Qualifier.EXACT,
                                    "mentions": [], "rounding": rounding})
    return claims_file.model_copy(update={
        "claims": [sharper if c.id == target.id else c for c in claims_file.claims]})
