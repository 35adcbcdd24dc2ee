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
from typing import TYPE_CHECKING

from factcheck._models import BindingName, Claim, ClaimKind
from factcheck._verdicts import Status
from factcheck.checks import Binding, Finding, only_verdicts

if TYPE_CHECKING:
    from factcheck._compiled import CompiledRule

__all__ = ["review_failure", "uncertain_links"]

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
        if not only_mentions:  # a count's kind makes it a whole number: what many checks rest on
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
    def amount(c: Claim) -> Claim:
        return c.model_copy(update={"kind": ClaimKind.AMOUNT}) if c.id in ids else c

    roles = {role: ([amount(c) for c in value] if isinstance(value, list)
                    else None if value is None else amount(value))
             for role, value in binding.items()}
    try:
        with only_verdicts():
            findings = list(rule.kind.function(Binding(roles), rule.params))
    except Exception:  # the other reading is a safeguard; it cannot make a verdict graver
        return False
    return bool(findings) and all(f.status is Status.FAIL for f in findings)


def review_failure(rule: CompiledRule, binding: Binding, finding: Finding) -> Finding:
    """The finding, or, for a failure resting on a guessed binding, an inconclusive one saying so."""
    if finding.status is not Status.FAIL or not any(c.basis for c in binding.claims()):
        return finding  # written or reviewed by a person: certain as written
    links = uncertain_links(rule, binding, finding)
    if not links:
        return finding
    why = f"needs review: {'; '.join(links)}. As read, {finding.explanation}"
    return dataclasses.replace(finding, status=Status.INCONCLUSIVE, explanation=why, grade=None)
