"""Claims as typed records: the figures of one document and where they stand in it.

A claims file is what a fact-checker (or the extractor) writes about one
article: the document, and every figure in it as a :class:`Claim`. Values are
kept *as stated* (strings) because the written precision is part of the
evidence: "15.70" allows less than "15.7".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from fractions import Fraction
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck._intervals import Interval
from factcheck._stated import (
    ABOUT_TOLERANCE,
    HEDGE_DIGIT_UNITS,
    NEARLY_TOLERANCE,
    Rounding,
    parse_number,
    significant_step,
    unround,
)

__all__ = [
    "Basis",
    "BindingName",
    "Claim",
    "ClaimKind",
    "ClaimReview",
    "ClaimsFile",
    "DifferenceOf",
    "Direction",
    "Document",
    "Mention",
    "Qualifier",
    "RateOf",
    "ShareOf",
    "assembled",
    "value_interval",
]

Identifier = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="A stable id: letters, digits, '.', '_' or '-'.",
    ),
]
MeasureKey = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)*$",
        description="What the figure measures, as a dotted key (e.g. 'victims.minor').",
    ),
]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class ClaimKind(StrEnum):
    COUNT = "count"
    PERCENTAGE = "percentage"
    SHARE = "share"
    CHANGE = "change"
    YEAR = "year"
    DATE = "date"
    DURATION = "duration"
    AMOUNT = "amount"
    RATE = "rate"
    MEAN = "mean"
    RATIO = "ratio"
    AGE = "age"
    #: "57th", "the third time": a rank, never a quantity to add up.
    ORDINAL = "ordinal"
    #: "won 3-1", "a 17–7 record": a score, not a range, never checked by arithmetic.
    SCORE = "score"


#: Kinds whose plain figures are whole numbers counted exactly ("197" means 197, "57th" the 57th).
EXACT_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.YEAR, ClaimKind.AGE, ClaimKind.ORDINAL})
#: "about March 27" / "mid-April" allows this many days either side.
DATE_ABOUT_DAYS = 10
#: Kinds that cannot be negative.
NON_NEGATIVE_KINDS = frozenset(
    {
        ClaimKind.COUNT,
        ClaimKind.PERCENTAGE,
        ClaimKind.SHARE,
        ClaimKind.DURATION,
        ClaimKind.AGE,
    }
)


class Qualifier(StrEnum):
    """How the text hedges a figure. Aliases ("more than", "up to", …) map onto these."""

    EXACT = "exact"
    ABOUT = "about"
    OVER = "over"
    UNDER = "under"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    NEARLY = "nearly"


QUALIFIER_ALIASES: dict[str, Qualifier] = {
    **{q.value: q for q in Qualifier},
    **dict.fromkeys(("", "including", "of", "exactly", "a total of"), Qualifier.EXACT),
    **dict.fromkeys(
        ("around", "approximately", "roughly", "some", "about", "circa", "an estimated", "almost exactly"),
        Qualifier.ABOUT,
    ),
    **dict.fromkeys(
        ("more than", "above", "over", "exceeding", "in excess of", "upwards of"), Qualifier.OVER
    ),
    **dict.fromkeys(("less than", "fewer than", "below", "under"), Qualifier.UNDER),
    **dict.fromkeys(("at least", "no less than", "no fewer than", "minimum"), Qualifier.AT_LEAST),
    **dict.fromkeys(
        ("at most", "up to", "within", "by", "no more than", "maximum", "not more than"),
        Qualifier.AT_MOST,
    ),
    **dict.fromkeys(("nearly", "almost", "close to", "just under", "nearly all"), Qualifier.NEARLY),
}


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class Mention(_Record):
    """One place in the text where a figure is stated.

    Offsets count Unicode code points of the UTF-8 decoded text, 0-based, end
    exclusive, so ``text[start:end] == quote``.
    """

    start: int = Field(ge=0, description="Offset of the first character of the figure phrase.")
    end: int = Field(gt=0, description="Offset just past the figure phrase.")
    quote: str = Field(min_length=1, description="The figure phrase exactly as in the text.")
    value: str | None = Field(
        default=None, description="The figure as stated here, when it differs from the claim's."
    )
    qualifier: Qualifier | None = Field(
        default=None, description="The hedge used here, when it differs from the claim's."
    )

    @field_validator("qualifier", mode="before")
    @classmethod
    def _alias(cls, v: object) -> object:
        return _qualifier(v)

    @model_validator(mode="after")
    def _ordered(self) -> Mention:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be after start ({self.start})")
        return self


class ShareOf(_Record):
    """A percentage that is ``part`` out of ``whole`` (claim ids); either may be unstated, not both.

    With no ``whole`` ("411 MPs (63% of MPs)"), shares of the same measure,
    period and place are read as shares of one whole, which their parts imply.
    """

    whole: Identifier | None = None
    part: Identifier | None = None

    @model_validator(mode="after")
    def _names_one(self) -> ShareOf:
        if self.whole is None and self.part is None:
            raise ValueError("share_of names its whole, its part, or both")
        return self


#: The bindings of a claim that a reader (or the extractor) decides: what may carry a :class:`Basis`.
BindingName = Literal[
    "value", "kind", "measures", "period", "place", "mentions", "part_of", "change_of", "baseline",
    "share_of", "difference_of", "listed_with", "total_change_of", "sum_of", "rate_of", "combined_of",
    "mean_of",
]


class Basis(_Record):
    """How one binding of a claim was found, and whether the wording makes it certain.

    The extractor writes one per binding it decides ("stated by wording: '3 of
    the 12 suspects'", "linked by proximity, not by wording"). A check fails
    only when every binding it uses is certain; otherwise its verdict is
    inconclusive and names the uncertain link. A claim without a basis was
    written or reviewed by a person and is certain as written.
    """

    how: str = Field(min_length=1, description="How the binding was found, in words.")
    certain: bool = Field(
        default=False, description="True when the wording states it; false when it was guessed."
    )


class DifferenceOf(_Record):
    """A figure that is one figure minus another (claim ids): a balance, a net figure, a gap.

    A trade deficit is imports minus exports, a surplus exports minus imports,
    a budget deficit outlays minus revenues, net income gross income minus
    deductions, and "X more than Y" the difference of X and Y.
    """

    minuend: Identifier = Field(description="Id of the figure subtracted from (imports, for a deficit).")
    subtrahend: Identifier = Field(description="Id of the figure subtracted (exports, for a deficit).")


class RateOf(_Record):
    """A rate per day stated of a count over a longer period ("57 murdered every day" of a year's 20,336)."""

    count: Identifier = Field(description="Id of the count over the whole period.")
    days: int = Field(ge=1, le=36600, description="Days the count's period lasts (a year: 365).")


class ClaimReview(_Record):
    """A person's rating of a claim, published as schema.org ClaimReview."""

    rating: str = Field(description="The verdict in words, e.g. 'Accurate' or 'Misleading'.")
    reviewer: str
    date: dt.date
    url: str
    rating_value: int | None = Field(default=None, ge=1, le=5)
    claim_reviewed: str | None = Field(
        default=None,
        description="The claim in a short sentence (Google asks for under 75 characters); "
        "default: the figure as stated and what it counts.",
    )


class Claim(_Record):
    """One figure of the document, with everything a rule may select on."""

    id: Identifier
    kind: ClaimKind
    measures: MeasureKey
    value: str = Field(description="The figure as stated: '197', '15.70', '1.2 million', '2025-03-27'.")
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = Field(default=None, description="'percent', 'MW', 'year', 'USD', …")
    label: str | None = Field(default=None, description="What is counted, in words.")
    period: str | None = Field(default=None, description="When: '2024', '2025-03', …")
    place: str | None = None
    source: str | None = Field(default=None, description="Who said it.")
    direction: Direction | None = Field(
        default=None, description="For a change: whether the figure rose or fell."
    )
    rounding: Rounding | None = Field(
        default=None,
        description="How the stated figure was rounded; default: counts and years exact, "
        "other kinds rounded half up or down at the written precision.",
    )
    part_of: Identifier | None = Field(default=None, description="Id of the whole this is part of.")
    listed_with: Identifier | None = Field(
        default=None,
        description="Id of the first part of a list this part is stated in ('including 250 Cambodians "
        "and 30 foreigners'): parts listed together are disjoint, so their sum is within the whole too.",
    )
    change_of: Identifier | None = Field(
        default=None, description="For a change: id of the figure that changed (the new value)."
    )
    baseline: Identifier | None = Field(
        default=None, description="For a change: id of the figure it is compared with."
    )
    share_of: ShareOf | None = None
    difference_of: DifferenceOf | None = Field(
        default=None, description="For a balance or a net figure: the two figures it is the difference of."
    )
    total_change_of: list[Identifier] | None = Field(
        default=None,
        description="For a change that adds up the changes of several figures, each from its baseline "
        "('revised from 245 to 223 and from 173 to 136; together 59 fewer'): ids of those figures.",
    )
    sum_of: list[Identifier] | None = Field(
        default=None,
        description="For a total stated as the sum of other figures, signed as written (the lines of a "
        "statement above its subtotal, 'profit before taxes' over operating profit and financial items): "
        "ids of those figures.",
    )
    rate_of: RateOf | None = Field(
        default=None, description="For a rate per day: the count over a longer period it is the rate of."
    )
    combined_of: list[Identifier] | None = Field(
        default=None,
        description="For a rate, percentage or average of a whole stated beside the same figure for groups "
        "that make up the whole ('3.08 % in rural areas, 3.28 % in urban areas, all-India 3.41 %'): ids "
        "of the groups' figures. Whatever the weights, the combined figure lies between them.",
    )
    mean_of: list[Identifier] | None = Field(
        default=None,
        description="For an average of figures also stated ('180,000 in July, 150,000 in August and 171,000 "
        "in September, averaging 167,000 a month over the three months'): ids of those figures.",
    )
    mentions: list[Mention] = Field(default_factory=list)
    review: ClaimReview | None = None
    note: str | None = None
    basis: dict[BindingName, Basis] | None = Field(
        default=None,
        description="How the extractor found each binding (grouping, relation, period, kind); "
        "absent: written or reviewed by a person, certain as written.",
    )

    def uncertain(self, binding: BindingName) -> Basis | None:
        """The basis of ``binding`` when it was guessed rather than stated, else None."""
        found = (self.basis or {}).get(binding)
        return found if found is not None and not found.certain else None

    @field_validator("value", mode="before")
    @classmethod
    def _as_text(cls, v: object) -> object:
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, int | float) and not isinstance(v, bool):
            raise ValueError(
                f"write the value as a quoted string ('{v}') so its precision is kept"
            )
        return v

    @field_validator("qualifier", mode="before")
    @classmethod
    def _alias(cls, v: object) -> object:
        return _qualifier(v)

    @model_validator(mode="after")
    def _value_readable(self) -> Claim:
        for text in [self.value, *(m.value for m in self.mentions if m.value is not None)]:
            value_interval(self, text)  # raises ValueError with a plain reason
        if self.kind is ClaimKind.CHANGE and self.direction is None:
            raise ValueError("a change needs a direction: increase or decrease")
        return self

    @property
    def stated(self) -> str:
        """The first quoted phrase, or the value: how the text puts it."""
        return self.mentions[0].quote if self.mentions else self.value

    def interval(self) -> Interval:
        return value_interval(self, self.value, self.qualifier)

    def describe(self, interval: Interval | None = None) -> str:
        """The values allowed, in words and in the claim's own terms (dates as dates)."""
        i = self.interval() if interval is None else interval
        if self.kind is not ClaimKind.DATE or i.is_empty:
            return i.describe()
        with_year = self.value[:4].isdigit()

        def day(x: Fraction | None) -> str:
            if x is None:
                return "any day"
            d = dt.date.fromordinal(int(x))
            return f"{d.day} {d:%B}" + (f" {d.year}" if with_year else "")

        return f"on {day(i.lo)}" if i.is_point else f"between {day(i.lo)} and {day(i.hi)}"

    def mention_interval(self, mention: Mention) -> Interval:
        return value_interval(
            self, mention.value or self.value, mention.qualifier or self.qualifier
        )


def _qualifier(v: object) -> object:
    if isinstance(v, str) and not isinstance(v, Qualifier):
        key = re.sub(r"[\s_]+", " ", v.strip().lower())
        if key in QUALIFIER_ALIASES:
            return QUALIFIER_ALIASES[key]
        if key.replace(" ", "_") in QUALIFIER_ALIASES:
            return QUALIFIER_ALIASES[key.replace(" ", "_")]
    return v


_ISO_DATE = re.compile(r"^(?:(\d{4})|-)-(\d{2})-(\d{2})$")


def _date_number(text: str) -> Fraction:
    """Dates compare by day: a proleptic ordinal (year 2000 when unstated)."""
    m = _ISO_DATE.match(text)
    if m is None:
        raise ValueError(f"{text!r} is not a date; write 'YYYY-MM-DD' (or '--MM-DD' without a year)")
    year = int(m[1] or 2000)
    try:
        return Fraction(dt.date(year, int(m[2]), int(m[3])).toordinal())
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date: {exc}") from None


def value_interval(
    claim: Claim, text: str, qualifier: Qualifier | None = None
) -> Interval:
    """The set of true values a stated figure allows, given its kind and hedge.

    Counts and years are exact whole numbers unless written with decimals or a
    scale word ("1.2 million"); other figures are rounded at their written
    precision. The hedge then widens the set: "over x" is (x, ∞), "about x"
    is the rounded set widened by :data:`ABOUT_TOLERANCE` of x each way, and
    so on. Counts stay whole numbers; kinds that cannot be negative stop at 0.
    """
    return _interval_of(claim.kind, text, qualifier or claim.qualifier, claim.rounding)


@functools.lru_cache(maxsize=32768)
def _interval_of(kind: ClaimKind, text: str, q: Qualifier, rounding: Rounding | None) -> Interval:
    """:func:`value_interval` on what it depends on; cached, as a figure is read by many rules.

    A corpus states tens of thousands of distinct figures (about 15,000 kinds, texts and
    hedges in 100,000 sentences of ``bench/extract_speed.py``): a smaller cache thrashed.
    An entry is about half a kilobyte, so the cache stays under 20 MB.
    """
    if kind is ClaimKind.DATE:
        day = _date_number(text)
        if q is Qualifier.ABOUT:  # "mid-April": a tolerance in days, not a share of the date
            return Interval(day - DATE_ABOUT_DAYS, day + DATE_ABOUT_DAYS, integer=True)
        return _hedge(Interval.point(day, integer=True), day, q)
    number = parse_number(text)
    # an age in years may be stated in fractions of one ("1½ years old"); the others count whole units
    integral = kind in EXACT_KINDS and not (kind is ClaimKind.AGE and number.value.denominator != 1)
    if q in _BOUNDS:  # the figure itself is the bound: its rounding and digits play no part
        hedged = _hedge(_ANY_VALUE, number.value, q)
    else:
        exact = rounding is None and integral and number.step == 1
        base = Interval.point(number.value) if exact else unround(number, rounding or "up_or_down")
        widest = significant_step(number) * HEDGE_DIGIT_UNITS if kind in _COUNTED_OR_PRICED else None
        hedged = _hedge(base, number.value, q, widest)
    if kind in NON_NEGATIVE_KINDS:
        hedged = hedged.clamp_lower(0)
    return hedged.integers() if integral else hedged


#: Hedges that read the stated figure as a bound of the set ("over", "at most", …).
_BOUNDS = frozenset({Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.UNDER, Qualifier.AT_MOST})
#: What a bound is hedged from: ``_hedge`` reads only whether the rounded set is of whole numbers, and
#: a figure's rounded set is not (:func:`_interval_of` makes it whole afterwards).
_ANY_VALUE = Interval(None, None)


def _hedge(base: Interval, x: Fraction, q: Qualifier, widest: Fraction | None = None) -> Interval:
    """Widen the rounded set by what the qualifier allows.

    Bound-type hedges ("over", "at most", …) read the stated figure as the
    bound itself, as a reader would: "over 20%" excludes 20. "About" and
    "nearly" widen by a tenth of the figure, but by no more than ``widest``
    (ten units of its last non-zero digit): a hedge widens a rounded figure,
    and "some 17,004", stated to the unit, was not rounded to the thousand.
    "Nearly" keeps the rounded set's values below the figure when they reach
    further: "nearly 2%" for 1.6% and "almost trebled" for 2.6 times say no
    less than "2%" and "trebled" would.
    """
    match q:
        case Qualifier.EXACT:
            return base
        case Qualifier.ABOUT:
            slack = _capped(abs(x) * ABOUT_TOLERANCE, widest)
            return Interval(
                None if base.lo is None else base.lo - slack,
                None if base.hi is None else base.hi + slack,
                base.lo_closed,
                base.hi_closed,
                base.integer,
            )
        case Qualifier.NEARLY:
            lo = x - _capped(abs(x) * NEARLY_TOLERANCE, widest)
            if base.lo is not None and base.lo < lo:  # "nearly 2%" allows what "2%" allows below 2
                return Interval(base.lo, x, base.lo_closed, True, base.integer)
            return Interval(lo, x, True, True, base.integer)
        case Qualifier.OVER:
            return Interval(x, None, False, False, base.integer)
        case Qualifier.AT_LEAST:
            return Interval(x, None, True, False, base.integer)
        case Qualifier.UNDER:
            return Interval(None, x, False, False, base.integer)
        case Qualifier.AT_MOST:
            return Interval(None, x, False, True, base.integer)


#: Kinds whose hedge is capped by the digits written ("some 17,004 victims", "about $1,234.5 million").
#: Not percentages: fraction words are read as percentages with decimals ("a third" is "33.33").
_COUNTED_OR_PRICED = frozenset({ClaimKind.COUNT, ClaimKind.AMOUNT})


def _capped(slack: Fraction, widest: Fraction | None) -> Fraction:
    return slack if widest is None else min(slack, widest)


class Document(_Record):
    """The article or report the claims come from."""

    id: Identifier
    title: str
    author: str | None = None
    publisher: str | None = Field(default=None, description="Who published it: a site or an organisation.")
    url: str | None = None
    date: dt.date | None = None
    language: str = "en"
    story: Identifier | None = Field(
        default=None,
        description="The story or series this document belongs to. Cross-document rules compare "
        "figures only between documents that name the same story.",
    )
    text: str | None = Field(
        default=None,
        description="Path to the document (plain text, or any format factcheck reads), "
        "relative to the claims file; offsets count code points of the text read from it.",
    )
    pages: list[Annotated[int, Field(ge=0)]] | None = Field(
        default=None,
        description="For a paged source (PDF): the offset at which each page starts, first page first.",
    )

    def page_at(self, offset: int) -> int | None:
        """The 1-based page on which ``offset`` stands, if the source has pages."""
        if not self.pages:
            return None
        return sum(1 for start in self.pages if start <= offset) or 1


class ClaimsFile(_Record):
    """One document and its claims: what ``factcheck verify`` reads."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="factcheck claims file")

    schema_: Literal["factcheck/claims/v1"] = Field(
        default="factcheck/claims/v1", alias="schema", description="Format version."
    )
    document: Document
    claims: list[Claim]

    def by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    def to_data(self) -> dict[str, Any]:
        """Plain data for YAML/JSON, without fields left at their defaults."""
        return self.model_dump(mode="json", by_alias=True, exclude_defaults=True)


_Assembled = TypeVar("_Assembled", bound=BaseModel)


def assembled(model: type[_Assembled], fields: dict[str, Any], given: Iterable[str]) -> _Assembled:
    """An instance from every field's value, already valid and in the model's field order.

    What ``model_construct`` builds, for a model with no aliases, extras or
    private attributes, without its walk over the fields' aliases and defaults
    on every call (a hot path in extraction and the engine); ``given`` are the
    fields the caller set, the rest being defaults.
    """
    obj = _NEW(model)
    _SET_DICT(obj, fields)
    _SET_FIELDS_SET(obj, set(given))
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


def _slot_setter(name: str) -> Callable[[object, object], None]:
    """How an instance's slot ``name`` of :class:`pydantic.BaseModel` is set: its descriptor's own setter,
    which ``object.__setattr__`` would look up on every call (the slot's name as a fallback)."""
    setter: Callable[[object, object], None] | None = getattr(vars(BaseModel).get(name), "__set__", None)
    if setter is not None:
        return setter
    return lambda obj, value: object.__setattr__(obj, name, value)


#: ``model.__new__``, looked up once: no model defines its own, so every one is made by
#: :class:`pydantic.BaseModel`'s, which is ``object``'s.
_NEW = BaseModel.__new__
_SET_DICT = _slot_setter("__dict__")
_SET_FIELDS_SET = _slot_setter("__pydantic_fields_set__")
_SET_EXTRA = _slot_setter("__pydantic_extra__")
_SET_PRIVATE = _slot_setter("__pydantic_private__")

