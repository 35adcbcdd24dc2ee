"""Other readings of the claims: derived values as claims, exact readings, several documents.

The engine evaluates rules on claims files. Three things need the claims seen
differently, and this module builds those views so that the engine only has
to choose which view a rule runs on:

* **Derived claims.** A check may derive a value the text implies but does
  not state ("230 minor victims, 40% more than the year before" implies 164
  the year before). Such a value becomes a claim with ``derived: true``; rules
  whose selectors ask for ``derived: true`` run after the others and see it.
* **Exact readings.** A pass that holds only because "40%" may be anything
  from 39.5 to 40.5, or because "nearly 200" allows 197, should say so. The
  check is run again with every figure read as exactly what it states; if it
  no longer passes, the pass rests on slack.
* **Several documents.** Rules of scope ``documents`` run once on a merged
  view of every document verified together; each claim keeps its document
  and is renamed ``<document>:<claim>`` so that ids stay unique.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from pydantic import ConfigDict

from factcheck._intervals import Interval
from factcheck._models import EXACT_KINDS, Claim, ClaimKind, ClaimsFile, Mention, Qualifier, value_interval
from factcheck._stated import parse_number
from factcheck._verdicts import Status
from factcheck.checks import Binding, Derived, Finding

if TYPE_CHECKING:
    from factcheck._compiled import CompiledRule
    from factcheck._rules import Rule

__all__ = [
    "ViewClaim",
    "augment",
    "derived_claim_id",
    "exact_reading",
    "home_document",
    "merged_view",
    "slack",
    "uses_derived",
]


class ViewClaim(Claim):
    """A claim as one of the views sees it: from its document, derived, or read exactly."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    document: str | None = None
    derived: bool = False
    #: A derived claim's values (it has no stated figure to unround).
    fixed: Interval | None = None
    #: The least value a derived quantity can take at all (for describing it).
    floor: Fraction | None = None
    #: Read every figure as exactly what it states: no rounding, no hedge.
    exact: bool = False

    @property
    def stated(self) -> str:
        if self.fixed is not None:
            return f"{self.fixed.describe(floor=self.floor)} (implied)"
        return super().stated

    def interval(self) -> Interval:
        if self.fixed is not None:
            return self.fixed
        return exact_reading(self, self.value) if self.exact else super().interval()

    def mention_interval(self, mention: Mention) -> Interval:
        if self.fixed is not None:
            return self.fixed
        if self.exact:
            return exact_reading(self, mention.value or self.value)
        return super().mention_interval(mention)


def _view(claim: Claim, **changes: Any) -> ViewClaim:
    return ViewClaim.model_construct(**{**dict(claim), **changes})


def exact_reading(claim: Claim, text: str) -> Interval:
    """The stated figure taken literally: "40%" is 40, "nearly 200" is 200."""
    if claim.kind is ClaimKind.DATE:
        return value_interval(claim, text, Qualifier.EXACT)
    value = parse_number(text).value
    return Interval.point(value, integer=claim.kind in EXACT_KINDS and value.denominator == 1)


def home_document(claim: Claim | None, cf: ClaimsFile) -> str:
    """The document a claim comes from (in a merged view, not the view's own id)."""
    # __dict__, not getattr: a plain Claim has no such field, and pydantic's miss is slow
    return (claim.__dict__.get("document") if claim is not None else None) or cf.document.id


def derived_claim_id(derived: Derived) -> str | None:
    """The id a derived value has as a claim; ``None`` if it does not become one."""
    return derived.name if derived.measures is not None else None


def uses_derived(rule: Rule) -> bool:
    """Does the rule select derived values (and so has to run after the rules deriving them)?"""
    selectors = [*(rule.claims or {}).values(), *([rule.each] if rule.each is not None else [])]
    return any(s.derived for s in selectors)


def augment(cf: ClaimsFile, derived: Iterable[Derived]) -> ClaimsFile:
    """The claims file plus one claim (``derived: true``) per derived value that names a measure."""
    by_id = cf.by_id()
    taken = set(by_id)
    extra: list[Claim] = []
    for d in derived:
        cid = derived_claim_id(d)
        if cid is None or d.measures is None or d.interval.is_empty:
            continue
        unique, n = cid, 2
        while unique in taken:
            unique, n = f"{cid}#{n}", n + 1
        taken.add(unique)
        i = d.interval
        point = i.hi if i.hi is not None else i.lo if i.lo is not None else Fraction(0)
        extra.append(
            ViewClaim.model_construct(
                id=unique,
                kind=d.kind or ClaimKind.COUNT,
                measures=d.measures,
                value=str(point.numerator) if point.denominator == 1 else str(float(point)),
                unit=d.unit,
                label=d.description,
                mentions=[m for sid in d.sources if sid in by_id for m in by_id[sid].mentions],
                period=d.period,
                place=d.place,
                document=cf.document.id,
                derived=True,
                fixed=i,
                floor=d.floor,
            )
        )
    return cf.model_copy(update={"claims": [*cf.claims, *extra]}) if extra else cf


def merged_view(views: Sequence[ClaimsFile]) -> ClaimsFile:
    """Every document's claims (derived ones too) in one file, each keeping its document.

    The view carries the first document's header, so results that name no
    claim are listed under that document.
    """
    claims = [
        _view(c, id=f"{cf.document.id}:{c.id}", document=cf.document.id)
        for cf in views
        for c in cf.claims
    ]
    return views[0].model_copy(update={"claims": claims})


def _literal(c: Claim) -> bool:
    """Is the claim already read literally: unhedged points in every mention?"""
    return c.interval().is_point and all(
        (m.qualifier or c.qualifier) is Qualifier.EXACT and c.mention_interval(m).is_point
        for m in c.mentions
    )


def _exact_binding(binding: Binding) -> Binding | None:
    changed = False

    def exact(c: Claim) -> Claim:
        nonlocal changed
        if getattr(c, "fixed", None) is not None or getattr(c, "exact", False) or _literal(c):
            return c
        literal = _view(c, exact=True)
        changed = changed or (
            literal.interval() != c.interval()
            or any(literal.mention_interval(m) != c.mention_interval(m) for m in c.mentions)
        )
        return literal

    roles = {
        role: ([exact(c) for c in value] if isinstance(value, list)
               else None if value is None else exact(value))
        for role, value in binding.items()
    }
    return Binding(roles) if changed else None


def slack(rule: CompiledRule, binding: Binding, index: int, finding: Finding) -> bool:
    """Does this pass hold only because of rounding or a hedge?

    The check runs again with every figure read as exactly what it states; if
    it then fails or is in doubt, the pass rests on the slack the wording
    allows, and an editor may want to tighten it.
    """
    if finding.status is not Status.PASS:
        return False
    literal = _exact_binding(binding)
    if literal is None:
        return False
    try:
        again = list(rule.kind.function(literal, rule.params))
    except Exception:  # the literal reading is advice; the verdict stands
        return False
    return index < len(again) and again[index].status in (Status.FAIL, Status.INCONCLUSIVE)
