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

import re
from collections.abc import Collection
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from factcheck._engine import evaluate
from factcheck._intervals import Interval, Status
from factcheck._loading import CompiledRule, LoadedClaims, load_rules
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

__all__ = ["allowed_values", "claim_sets", "claims", "refined", "rule_examples", "verdict"]

_IDENT = st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True)
_MEASURE = st.from_regex(r"[a-z][a-z0-9_]{0,7}(\.[a-z][a-z0-9_]{0,5}){0,2}", fullmatch=True)
_WHOLE_KINDS = frozenset({*EXACT_KINDS, ClaimKind.DURATION})


def _number_text(draw: st.DrawFn, kind: ClaimKind, near: list[Fraction]) -> str:
    """A stated figure of ``kind``: near an anchor (often), or anywhere plausible."""
    if kind is ClaimKind.DATE:
        month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
        year = draw(st.sampled_from(["", "2024", "2025"]))
        return f"{year or '-'}-{month:02d}-{day:02d}"
    anchors = [a for a in near if abs(a) < 10**9] or [Fraction(100)]
    anchor = draw(st.sampled_from(anchors))
    spread = max(int(abs(anchor) / 4), 3)
    offset = draw(st.sampled_from([0, 0, 1, -1]) | st.fractions(-spread, spread, max_denominator=20))
    value = anchor + Fraction(offset)
    if draw(st.integers(0, 9)) == 0:
        value = Fraction(draw(st.integers(-50, 2500)))
    if kind in _WHOLE_KINDS or draw(st.booleans()):
        return str(round(value))
    return f"{Decimal(value.numerator) / Decimal(value.denominator):.1f}"


def _literal(patterns: str | list[str] | None, draw: st.DrawFn, fallback: st.SearchStrategy[str]) -> str:
    """A value that matches a selector's pattern(s); ``*`` is filled in."""
    if patterns is None:
        return draw(fallback)
    pattern = draw(st.sampled_from(patterns if isinstance(patterns, list) else [patterns]))
    return re.sub(r"[*?]", lambda _: draw(st.sampled_from(["a", "b", "minor", "x1"])), pattern)


@st.composite
def claims(
    draw: st.DrawFn,
    selector: Selector | None = None,
    *,
    id: str | None = None,
    kind: ClaimKind | None = None,
    near: tuple[Fraction, ...] = (),
    **fields: Any,
) -> Claim:
    """A valid claim, matching ``selector`` when given, stated with a hedge now and then.

    Values are drawn near ``near`` (and anywhere plausible now and then); a
    change gets a direction; some claims have two mentions that may or may not
    agree, so that rules on mentions get both.
    """
    s = selector or Selector()
    kinds = s.kind if isinstance(s.kind, list) else [s.kind] if s.kind else None
    k = kind or (draw(st.sampled_from(kinds)) if kinds else draw(st.sampled_from(list(ClaimKind))))
    value = _number_text(draw, k, list(near))
    qualifier = draw(st.sampled_from([Qualifier.EXACT] * 4 + list(Qualifier)))
    data: dict[str, Any] = {
        "id": id or _literal(s.id, draw, _IDENT),
        "kind": k,
        "measures": _literal(s.measures, draw, _MEASURE),
        "value": value,
        "qualifier": qualifier,
    }
    for key in ("period", "place", "unit"):
        if getattr(s, key) is not None:
            data[key] = _literal(getattr(s, key), draw, st.just(""))
    if k is ClaimKind.CHANGE or s.direction is not None:
        data["direction"] = s.direction or draw(st.sampled_from(list(Direction)))
        data.setdefault("unit", draw(st.sampled_from(["percent", "percent", None])))
    mentions = max(s.min_mentions or 0, draw(st.integers(0, 2)))
    stated = [(value, qualifier)] + [
        (_number_text(draw, k, [Fraction(_first_number(value))]) if k is not ClaimKind.DATE else value,
         draw(st.sampled_from(list(Qualifier))))
        for _ in range(max(mentions - 1, 0))
    ]
    data["mentions"] = [
        Mention(start=100 * i, end=100 * i + len(v) + 1, quote=f"{v}.", value=v, qualifier=q)
        for i, (v, q) in enumerate(stated[:mentions])
    ]
    data.update(fields)
    return Claim.model_validate(data)


def _first_number(text: str) -> str:
    return text if re.fullmatch(r"-?\d+(\.\d+)?", text) else "100"


def _anchors(rule: CompiledRule) -> tuple[Fraction, ...]:
    out = []
    for value in rule.params.model_dump().values():
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            out += [Fraction(value), Fraction(value) + 1, Fraction(value) - 1]
    return tuple(out) or (Fraction(100),)


@st.composite
def claim_sets(draw: st.DrawFn, rule: CompiledRule | None = None) -> ClaimsFile:
    """A valid claims file; with ``rule``, one whose claims the rule selects and runs on."""
    document = Document(id=_document_id(rule), title="Generated")
    if rule is None:
        n = draw(st.integers(1, 5))
        items = [draw(claims(id=f"c{i}")) for i in range(n)]
        return ClaimsFile(document=document, claims=items)
    near = (*_anchors(rule), Fraction(draw(st.integers(0, 1000))))
    r = rule.rule
    if r.relation is not None:
        return ClaimsFile(document=document, claims=draw(_relation_claims(r.relation, near)))
    if r.each is not None:
        n = draw(st.integers(1, 3))
        return ClaimsFile(document=document,
                          claims=[draw(claims(r.each, id=f"c{i}", near=near)) for i in range(n)])
    assert r.claims is not None
    items: list[Claim] = []
    kind = draw(st.sampled_from([ClaimKind.COUNT, ClaimKind.COUNT, ClaimKind.PERCENTAGE]))
    for role, arity in rule.arities.items():
        selector = r.claims.get(role)
        if selector is None:
            continue
        n = draw(st.integers(1, 3)) if arity == "many" else 1
        for j in range(n):
            cid = f"{role}{j}" if selector.id is None else None
            items.append(draw(claims(selector, id=cid, near=near, kind=None if selector.kind else kind)))
    unique = {c.id: c for c in items}
    return ClaimsFile(document=document, claims=list(unique.values()))


def _document_id(rule: CompiledRule | None) -> str:
    applies = rule.pack.applies_to if rule is not None else None
    literal = next((a for a in applies or [] if not any(ch in a for ch in "*?[")), None)
    return literal or "generated"


@st.composite
def _relation_claims(draw: st.DrawFn, relation: str, near: tuple[Fraction, ...]) -> list[Claim]:
    whole = draw(claims(id="whole", kind=ClaimKind.COUNT, near=near, measures="victims"))
    w = Fraction(_first_number(whole.value))
    if relation == "part_of":
        n = draw(st.integers(1, 3))
        return [whole, *(draw(claims(id=f"part{i}", kind=ClaimKind.COUNT, near=(w / 3, w, w + 1),
                                     measures=f"victims.p{i}", part_of="whole")) for i in range(n))]
    if relation == "share_of":
        part = draw(claims(id="part", kind=ClaimKind.COUNT, near=(w / 3, w / 2, w), measures="victims.minor"))
        p = Fraction(_first_number(part.value))
        computed = 100 * p / w if w else Fraction(50)
        share = draw(claims(id="share", kind=ClaimKind.PERCENTAGE, near=(computed, computed + 5),
                            measures="victims.minor.share", unit="percent",
                            share_of={"whole": "whole", "part": draw(st.sampled_from(["part", None]))}))
        return [whole, part, share]
    if relation == "change_of":
        old = draw(claims(id="old", kind=ClaimKind.COUNT, near=(w * 4 / 5, w, w * 5 / 4),
                          measures="victims", period="before"))
        o = Fraction(_first_number(old.value)) or Fraction(1)
        pct = (w - o) / o * 100
        change = draw(claims(id="change", kind=ClaimKind.CHANGE, near=(abs(pct), abs(pct) + 10),
                             measures="victims.change", unit="percent",
                             direction=Direction.INCREASE if pct >= 0 else Direction.DECREASE,
                             change_of="whole", baseline=draw(st.sampled_from(["old", None]))))
        return [whole, old, change]
    raise ValueError(f"no generator for relation {relation!r}")


def verdict(rule: CompiledRule, claims_file: ClaimsFile) -> Status:
    """The rule's verdict on a claims file: the worst of its results (skipped if none)."""
    report = evaluate([LoadedClaims(claims_file, Path("<generated>"), None, None)], [rule])
    return Status.all_of(r.status for r in report.results) if report.results else Status.SKIPPED


def rule_examples(
    rule: CompiledRule | str | Path, expect: Status | str = Status.PASS, *, rules: Path | str | None = None
) -> st.SearchStrategy[ClaimsFile]:
    """Claim sets on which ``rule`` gives ``expect`` (pass, fail, inconclusive, …).

    ``rule`` is a compiled rule, or a rule id looked up in ``rules`` (a rules
    file or folder), or a rules file holding exactly one rule.
    """
    compiled = _resolve(rule, rules)
    wanted = Status(expect)
    return claim_sets(compiled).filter(lambda cf: verdict(compiled, cf) is wanted)


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


@st.composite
def refined(draw: st.DrawFn, claims_file: ClaimsFile, ids: Collection[str] | None = None) -> ClaimsFile:
    """The same claims with one figure (of ``ids``, default any) replaced by an exact value it allows.

    The true value is one of those the text allows, so a verdict that holds
    for *every* allowed value (pass) or for *none* (fail) must not change —
    for figures a check reads as given. A stated share or change is what a
    check *computes and compares*; refine the figures it is computed from.
    """
    bounded = [c for c in claims_file.claims
               if (ids is None or c.id in ids)
               and c.kind is not ClaimKind.DATE and not c.interval().is_empty
               and c.interval().lo is not None and c.interval().hi is not None]
    if not bounded:
        return claims_file
    target = draw(st.sampled_from(bounded))
    value = draw(allowed_values(target))
    if target.kind in EXACT_KINDS:
        text, rounding = str(value.numerator), None
    else:  # written out far enough that the set it allows stays inside the original one
        text, rounding = f"{Decimal(value.numerator) / Decimal(value.denominator):.12f}", "truncate"
    exact = Claim.model_validate({**target.model_dump(), "value": text, "qualifier": Qualifier.EXACT,
                                  "mentions": [], "rounding": rounding})
    return claims_file.model_copy(update={
        "claims": [exact if c.id == target.id else c for c in claims_file.claims]})
