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
from collections.abc import Collection
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

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
    Document,
    Qualifier,
)
from factcheck._random_claims import Pick, first_number, random_claim
from factcheck._readings import merged_view
from factcheck._relations import RELATIONS
from factcheck._rules import Selector
from factcheck._verdicts import Status

__all__ = ["allowed_values", "claim_sets", "claims", "refined", "rule_examples", "verdict"]

# One Hypothesis draw (a seed) per claim set, the choices then plain ``random`` calls: see Pick.
_RANDOMS = st.integers(0, 2**64 - 1).map(random.Random)


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
    return random_claim(Pick(draw(_RANDOMS)), selector, id=id, kind=kind,
                        near=[Fraction(n) for n in near], **fields)


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


def _ratios(rule: CompiledRule) -> tuple[Fraction, ...]:
    """The positive numbers a rule names (a ratio, a threshold): how far apart its figures may be."""
    return tuple(sorted({a for a in _anchors(rule)[::3] if a > 0}))


def _scaled(claim: Claim, ratios: tuple[Fraction, ...]) -> tuple[Fraction, ...]:
    """An earlier claim's value times and over the rule's numbers: where its verdicts turn.

    A rule on a ratio ("no more than 500 people per shelter") fails only when
    one figure is about 500 times the other; drawn independently, about 1
    candidate in 19 failed the tutorial's rule. Drawn from the first figure,
    1 in 9 does, so an example costs half the time.
    """
    value = Fraction(first_number(claim.value))
    if value == 0:
        return ratios
    return tuple(x for f in ratios for x in (value * f, value / f))


@st.composite
def claim_sets(
    draw: st.DrawFn, rule: CompiledRule | None = None, *, near: tuple[float | Fraction, ...] = ()
) -> ClaimsFile:
    """A valid claims file; with ``rule``, one whose claims the rule selects and runs on.

    Figures are drawn near the numbers the rule names and near ``near``: give
    the figures its verdict turns on (a typical count, a threshold × a count)
    when a verdict comes up too rarely for Hypothesis.
    """
    return _claim_set(Pick(draw(_RANDOMS)), rule, tuple(Fraction(n) for n in near))


def _claim_set(
    pick: Pick, rule: CompiledRule | None, near: tuple[Fraction, ...], *, unfilled: str | None = None
) -> ClaimsFile:
    """``unfilled`` names a role left without claims (a rule skips what it has no figure for)."""
    document = Document(id=_document_id(rule), title="Generated")
    if rule is None:
        items = [random_claim(pick, id=f"c{i}", near=near) for i in range(pick.integer(1, 5))]
        return ClaimsFile(document=document, claims=items)
    anchors = (*_anchors(rule), *near, Fraction(pick.integer(0, 1000)))
    r = rule.rule
    if r.relation is not None:
        per_document = RELATIONS[r.relation].examples(pick, anchors)
        if len(per_document) == 1:
            return ClaimsFile(document=document, claims=per_document[0])
        # documents about one story (only those are compared), now and then one about another
        stories = ["generated"] * (len(per_document) - 1) + [pick.one(["generated"] * 4 + ["another"])]
        return merged_view([ClaimsFile(document=Document(id=f"{document.id}-{n + 1}", title="Generated",
                                                         story=story), claims=claims)
                            for n, (claims, story) in enumerate(zip(per_document, stories, strict=True))])
    if r.each is not None:
        return ClaimsFile(document=document, claims=[
            random_claim(pick, r.each, id=f"c{i}", near=anchors) for i in range(pick.integer(1, 3))])
    assert r.claims is not None
    items = []
    kind = pick.one([ClaimKind.COUNT, ClaimKind.COUNT, ClaimKind.PERCENTAGE])
    ratios = _ratios(rule)
    derived = bool(ratios) and pick.integer(0, 3) > 0
    for role, arity in rule.arities.items():
        selector = r.claims.get(role)
        if selector is None or role == unfilled:
            continue
        for j in range(pick.integer(1, 3) if arity == "many" else 1):
            cid = f"{role}{j}" if selector.id is None else None
            near_here = anchors
            if derived and items:
                near_here = _scaled(pick.one(items), ratios)
            elif derived:  # large enough that over the rule's numbers it is no fraction
                near_here = (*anchors, *(f * pick.integer(10, 200) for f in ratios))
            items.append(random_claim(pick, selector, id=cid, near=near_here,
                                kind=None if selector.kind else kind))
    unique = {c.id: c for c in items}
    return ClaimsFile(document=document, claims=list(unique.values()))


def _document_id(rule: CompiledRule | None) -> str:
    applies = rule.pack.applies_to if rule is not None else None
    literal = next((a for a in applies or [] if not any(ch in a for ch in "*?[")), None)
    return literal or "generated"


def verdict(rule: CompiledRule, claims_file: ClaimsFile) -> Status:
    """The rule's verdict on a claims file: the worst of its results (skipped if none)."""
    documents = _documents_of(claims_file) if rule.rule.scope == "documents" else [claims_file]
    report = evaluate([LoadedClaims(cf, Path(f"<generated {n}>"), None, None)
                       for n, cf in enumerate(documents)], [rule])
    return Status.all_of(r.status for r in report.results) if report.results else Status.SKIPPED


def _documents_of(claims_file: ClaimsFile) -> list[ClaimsFile]:
    """The documents a merged view (claims renamed ``<document>:<claim>``) was made of."""
    claims: dict[str, list[Claim]] = {}
    stories: dict[str, str | None] = {}
    for c in claims_file.claims:
        home = c.__dict__.get("document")
        if home is None:
            return [claims_file]
        fields = {k: v for k, v in dict(c).items() if k in Claim.model_fields}
        claims.setdefault(home, []).append(
            Claim.model_construct(**{**fields, "id": c.id.removeprefix(f"{home}:")}))
        stories.setdefault(home, c.__dict__.get("story"))
    return [ClaimsFile(document=Document(id=home, title="Generated", story=stories[home]), claims=cs)
            for home, cs in claims.items()]


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
    :func:`claim_sets`. For a rule across documents (``scope: documents``) the
    claim set is the merged view of several documents the engine builds: each
    claim keeps its document and is named ``<document>:<claim>``;
    :func:`verdict` splits it again.
    """
    compiled = _resolve(rule, rules)
    return _examples(compiled, Status(expect), tuple(near))


#: Candidates drawn per example before giving up on it; rare verdicts need a few.
TRIES = 50


@st.composite
def _examples(draw: st.DrawFn, rule: CompiledRule, wanted: Status, near: tuple[Any, ...]) -> ClaimsFile:
    pick = Pick(draw(_RANDOMS))
    anchors = tuple(Fraction(n) for n in near)
    roles = list(rule.rule.claims or {})
    for _ in range(TRIES):
        unfilled = pick.one(roles) if wanted is Status.SKIPPED and roles and pick.integer(0, 1) else None
        candidate = _claim_set(pick, rule, anchors, unfilled=unfilled)
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
