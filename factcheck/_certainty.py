"""A failure only from certainty: checks over guessed bindings need review instead.

The extractor records how it found each binding of a claim (:class:`~factcheck.Basis`):
which mentions it grouped as one figure, which figure a change or a share is
of, the period, the kind. A check whose verdict is *fail* is kept as a failure
only when every binding it used is certain by that record; otherwise it becomes
*inconclusive* with a "needs review" reason naming the uncertain link. One false
alarm on a correct article costs more than a missed error, and a guessed link
is the usual cause of a false alarm.

A claim without a basis was written or reviewed by a person: certain as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck._models import EXACT_KINDS, BindingName, Claim, ClaimKind
from factcheck._stated import parse_number
from factcheck._verdicts import Status
from factcheck.checks import Binding, Finding, only_verdicts

if TYPE_CHECKING:
    from factcheck._compiled import CompiledRule

__all__ = ["review_failure", "uncertain_links"]

#: Checks whose verdict is the same whichever kind of rate the figures are (levels, shares or
#: changes in percent): a whole's rate lies between its groups' either way, and they skip counts.
_KIND_BLIND = frozenset({"between_parts"})

#: Claim fields a rule's selectors match on, and the binding each depends on.
_SELECTED: dict[str, BindingName] = {
    "kind": "kind", "measures": "measures", "period": "period", "place": "place"
}


def _used(rule: CompiledRule, binding: Binding, finding: Finding) -> Iterator[tuple[Claim, BindingName]]:
    """Every (claim, binding) the verdict rests on."""
    claims = binding.claims()
    ids = {c.id for c in claims}
    selected: set[BindingName] = set()
    r = rule.rule
    for selector in [*(r.claims or {}).values(), *([r.each] if r.each is not None else [])]:
        selected |= {name for field, name in _SELECTED.items() if getattr(selector, field) is not None}
    if r.relation == "same_figure":
        selected |= {"measures", "period", "place"}
    per_claim: dict[str, int] = {}
    for o in finding.operands:
        per_claim[o.claim] = per_claim.get(o.claim, 0) + 1
    only_mentions = len(claims) == 1 and per_claim.get(claims[0].id, 0) > 1
    for c in claims:
        yield c, "value"  # how its digits were read, where the marks were a guess
        # a count's kind makes it a whole number: what many checks rest on
        if not only_mentions and rule.kind.id not in _KIND_BLIND:
            yield c, "kind"
        yield from ((c, name) for name in sorted(selected))
        # the claim's figure is its first mention; grouping decides which mentions share it
        yield c, "mentions"
        for link in ("part_of", "listed_with", "change_of", "baseline"):
            if getattr(c, link) in ids:
                yield c, link
        if c.share_of is not None and (c.share_of.whole in ids or c.share_of.part in ids):
            yield c, "share_of"
        if c.difference_of is not None and {c.difference_of.minuend, c.difference_of.subtrahend} & ids:
            yield c, "difference_of"
        if set(c.total_change_of or ()) & ids:
            yield c, "total_change_of"
        if set(c.sum_of or ()) & ids:
            yield c, "sum_of"
        if set(c.combined_of or ()) & ids:
            yield c, "combined_of"
        if set(c.mean_of or ()) & ids:
            yield c, "mean_of"
        if c.rate_of is not None and c.rate_of.count in ids:
            yield c, "rate_of"


def uncertain_links(rule: CompiledRule, binding: Binding, finding: Finding) -> list[str]:
    """The guessed bindings a verdict rests on, each as "<claim>: <how it was found>".

    A count whose kind was guessed is also read as an amount (rounded at its
    written precision); if the check fails that way too, the guess does not
    matter (unless the rule is about counts: it selects them by kind).
    """
    out: list[str] = []
    used = list(_used(rule, binding, finding))
    guessed_counts = {c.id for c, name in used
                      if name == "kind" and c.kind is ClaimKind.COUNT and c.uncertain("kind")}
    r = rule.rule
    by_kind = any(s.kind is not None for s in [*(r.claims or {}).values(), *([r.each] if r.each else [])])
    robust = bool(guessed_counts) and not by_kind and _fails_as_amounts(rule, binding, guessed_counts)
    for claim, name in used:
        if robust and name == "kind" and claim.id in guessed_counts:
            continue
        basis = claim.uncertain(name)
        if basis is not None:
            line = f"{claim.stated!r} ({name.replace('_', ' ')}): {basis.how}"
            if line not in out:
                out.append(line)
    return out


def _fails_as_amounts(rule: CompiledRule, binding: Binding, ids: set[str]) -> bool:
    amounts = {c.id: c.model_copy(update={"kind": ClaimKind.AMOUNT}) for c in binding.claims() if c.id in ids}
    statuses = _statuses_reading(rule, binding, amounts)
    return bool(statuses) and all(s is Status.FAIL for s in statuses or ())


def _statuses_reading(rule: CompiledRule, binding: Binding, reading: dict[str, Claim]) -> list[Status] | None:
    """The check's verdicts with some claims read otherwise (``None`` if it cannot run so)."""
    roles = {role: ([reading.get(c.id, c) for c in value] if isinstance(value, list)
                    else None if value is None else reading.get(value.id, value))
             for role, value in binding.items()}
    try:
        with only_verdicts():
            return [f.status for f in rule.kind.function(Binding(roles), rule.params)]
    except Exception:  # the other reading is a safeguard; it cannot make a verdict graver
        return None


def review_failure(rule: CompiledRule, binding: Binding, finding: Finding) -> Finding:
    """The finding, or, for a failure resting on a guessed binding, an inconclusive one saying so."""
    if finding.status is not Status.FAIL or not any(c.basis for c in binding.claims()):
        return finding  # written or reviewed by a person: certain as written
    links = uncertain_links(rule, binding, finding)
    if not links:
        links = _round_figures(rule, binding)
    if not links:
        links = _cut_short_figures(rule, binding)
    if not links:
        links = _points_measured(rule, binding)
    if not links:
        return finding
    why = f"needs review: {'; '.join(links)}. As read, {finding.explanation}"
    return dataclasses.replace(finding, status=Status.INCONCLUSIVE, explanation=why, grade=None)


#: Kinds whose round figures ("$300 million", "1,500 jobs") a writer may have rounded further.
_ROUNDABLE = frozenset({ClaimKind.COUNT, ClaimKind.AMOUNT, ClaimKind.CHANGE})
#: The least figure whose round hundreds ("64,300 speakers") may be a rounding, as round thousands may be.
_LARGE = 10_000
#: Scale words to write a figure at a coarser step, smallest first.
_SCALE_WORDS = ((10**3, "thousand"), (10**6, "million"), (10**9, "billion"), (10**12, "trillion"))


def _round_figures(rule: CompiledRule, binding: Binding) -> list[str]:
    """The extracted round figures a failure needs to be exact, if read as rounded it does not fail.

    "fell $300 million" may be exact to the million or rounded to the hundred
    million, and "5,000 jobs" may be rounded to the thousand; the text allows
    either. ("20 of the 50 patients" are counted: only figures with a scale
    word or three zeros are read so; those of five digits or more with two,
    "from 64,300 speakers to 61,800", when every count and amount of the
    check is so written: a text that states "4,088" is not writing to the
    hundred.) A failure must hold for every value the text allows, so an
    extracted figure ending in zeros is read once more at the step of its
    last non-zero digit. A figure a person wrote in a claims file is exact as
    written.
    """
    claims = binding.claims()
    in_hundreds = all(_in_hundreds(c) for c in claims
                      if c.kind in _ROUNDABLE and c.unit not in ("percent", "points"))
    coarse = {c.id: r for c in claims if c.basis and (r := _rounded(c, in_hundreds)) is not None}
    if not coarse or _still_fails(rule, binding, coarse):
        return []
    return [f"{c.stated!r} (rounding): a round figure may be rounded to its last non-zero digit "
            f"({r.value}), and read so the check does not fail"
            for c in binding.claims() if (r := coarse.get(c.id)) is not None]


def _still_fails(rule: CompiledRule, binding: Binding, reading: dict[str, Claim]) -> bool:
    """Does the check fail with some claims read otherwise too (or can it not run so)?"""
    statuses = _statuses_reading(rule, binding, reading)
    return statuses is None or (bool(statuses) and all(s is Status.FAIL for s in statuses))


def _in_hundreds(claim: Claim) -> bool:
    """Is ``claim`` written as a whole number of hundreds (or with a scale word, "1.2 million")?"""
    try:
        stated = parse_number(claim.value)
    except ValueError:
        return False
    return stated.step > 1 or (stated.value.denominator == 1 and stated.value % 100 == 0)


def _rounded(claim: Claim, hundreds_ok: bool = False) -> Claim | None:
    """``claim`` read at the step of its last non-zero digit, if it ends in zeros (two zeros of a figure of
    five digits or more only when ``hundreds_ok``: the other figures of its check end in them too)."""
    if claim.kind not in _ROUNDABLE or claim.unit in ("percent", "points") or claim.qualifier != "exact":
        return None
    try:
        stated = parse_number(claim.value)
    except ValueError:
        return None
    if "." in claim.value or stated.step < 1 or stated.value == 0 or stated.value.denominator != 1:
        return None  # "1.20 million": a zero after the point is written on purpose
    hundreds = hundreds_ok and abs(stated.value) >= _LARGE and stated.value % 100 == 0
    if stated.step == 1 and stated.value % 1000 != 0 and not hundreds:
        return None  # "20 of the 50 patients", "180 cases": small round counts are counted, not rounded
    step = stated.step
    while stated.value % (step * 10) == 0:
        step *= 10
    if step == stated.step:
        return None
    scale, word = next(((n, w) for n, w in _SCALE_WORDS if n >= step), _SCALE_WORDS[-1])
    decimals = max(0, len(str(scale // int(step))) - 1)
    number = Decimal(abs(stated.value.numerator)).scaleb(-len(str(scale)) + 1)
    text = f"{'-' if stated.value < 0 else ''}{number:.{decimals}f} {word}"
    return claim.model_copy(update={"value": text, "kind": ClaimKind.AMOUNT if claim.kind is ClaimKind.COUNT
                                    else claim.kind})


def _cut_short_figures(rule: CompiledRule, binding: Binding) -> list[str]:
    """The extracted figures a failure needs to be rounded, if read as cut short it does not fail.

    "fell 14.2% to 30" cannot come from a whole number rounded (35 gives 14.29%),
    but 14.29% cut after its first decimal is 14.2%: many offices and writers
    truncate. A failure must hold for every value the text allows, so the
    extracted figures not exact by kind (percentages, changes, amounts) are read
    once more as cut short, all together, as one writer would have cut them. A
    figure a person wrote in a claims file is read as its rounding field says.
    (A figure rounded twice, 53.4478% to 53.45% and then to 53.5%, is not read
    so: that is a slip the text makes, and a true value just past a rounding
    edge is how a wrong whole often shows.)
    """
    cut = {c.id: c.model_copy(update={"rounding": "truncate"}) for c in binding.claims()
           if c.basis and c.kind not in EXACT_KINDS and c.rounding is None and c.qualifier == "exact"}
    if not cut or _still_fails(rule, binding, cut):
        return []
    return [f"{c.stated!r} (rounding): may have been cut short, not rounded, and read so the check does not "
            "fail" for c in binding.claims() if c.id in cut]


#: Nouns of counts that may be levels of a measure, rounded to the unit: "512 points" of an index.
_MEASURED_NOUNS = frozenset({"points", "pts"})


def _points_measured(rule: CompiledRule, binding: Binding) -> list[str]:
    """The extracted counts of points a failure needs to be exact, if read as measured it does not fail.

    "rose 6.3% to 512 points from 482" reads two whole numbers of points, but an index's level is a
    measure rounded to the point (511.93 is written 512), not a count of things; a team's 96 points are
    counted. The text allows either, so such counts are read once more as amounts, rounded to the unit.
    """
    measured = {c.id: c.model_copy(update={"kind": ClaimKind.AMOUNT}) for c in binding.claims()
                if c.basis and c.kind is ClaimKind.COUNT and (c.label or "").lower() in _MEASURED_NOUNS}
    if not measured or _still_fails(rule, binding, measured):
        return []
    return [f"{c.stated!r} (kind): a level in points may be a measure rounded to the point, not a count, "
            "and read so the check does not fail" for c in binding.claims() if c.id in measured]
