"""Other readings of the claims: derived values as claims, exact readings, several documents.

The engine evaluates rules on claims files. Three things need the claims seen
differently, and this module builds those views; the engine decides which
view a rule runs on, and when:

* **Derived claims.** A check may derive a value the text implies but does
  not state ("230 minor victims, 40% more than the year before" implies 164
  the year before). Such a value becomes a claim with ``derived: true``; rules
  whose selectors ask for ``derived: true`` run after the others and see it.
* **Exact readings.** A pass that holds only because "40%" may be anything
  from 39.5 to 40.5, or because "nearly 200" allows 197, should say so. The
  engine runs the check again on the claims read exactly as stated
  (:func:`read_exactly`); if it no longer passes, the pass rests on slack.
* **Several documents.** Rules of scope ``documents`` run once on a merged
  view of every document verified together; each claim keeps its document
  and is renamed ``<document>:<claim>`` so that ids stay unique.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from typing import Any

from pydantic import ConfigDict
from pydantic.fields import FieldInfo

from factcheck._intervals import Interval
from factcheck._models import (
    EXACT_KINDS,
    Claim,
    ClaimKind,
    ClaimsFile,
    Mention,
    Qualifier,
    assembled,
    value_interval,
)
from factcheck._stated import parse_number
from factcheck.checks import Derived

__all__ = [
    "ClaimReading",
    "augment",
    "derived_claim_id",
    "exact_reading",
    "home_document",
    "merged_view",
    "read_exactly",
]


class ClaimReading(Claim):
    """A claim as one of the views sees it: from its document, derived, or read exactly."""

    model_config = ConfigDict(arbitrary_types_allowed=True, defer_build=True)

    document: str | None = None
    #: The story or series its document declares (``document.story``).
    story: str | None = None
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


def _view(claim: Claim, **changes: Any) -> ClaimReading:
    """The claim as a :class:`ClaimReading`: what ``model_construct`` builds, without its generic walk.

    Every field is set (the claim's, then the changes, then the reading's
    defaults), in the model's field order; the claim's values are already valid.
    """
    given = {**claim.__dict__, **changes}
    values = {name: given[name] if name in given else default() for name, default in _READING_DEFAULTS}
    return assembled(ClaimReading, values, given)


def _default(field: FieldInfo) -> Callable[[], Any]:
    if field.default_factory is not None:
        return field.default_factory  # type: ignore[return-value]
    value = field.default
    return lambda: value


#: Each field of a reading, in order, with how to make its default (when the claim lacks it).
_READING_DEFAULTS = [(name, _default(field)) for name, field in ClaimReading.model_fields.items()]


def read_exactly(claim: Claim) -> ClaimReading:
    """The claim with every figure read as exactly what it states (see :func:`exact_reading`)."""
    return _view(claim, exact=True)


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
            ClaimReading.model_construct(
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
        _view(c, id=f"{cf.document.id}:{c.id}", document=cf.document.id, story=cf.document.story)
        for cf in views
        for c in cf.claims
    ]
    return views[0].model_copy(update={"claims": claims})
