"""What the claim modules share: a relation between two figures and how it was found.

Every link the extractor makes records whether the wording states it
(certain) or it was guessed (by proximity, by a shared noun); a check resting
on a guessed link cannot fail (see :mod:`factcheck._certainty`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck._models import QUALIFIER_ALIASES, Qualifier
from factcheck.extract import _kinds as kinds
from factcheck.extract import _lexicon as lx
from factcheck.extract._figures import Figure, _key

__all__ = [
    "CLOSE", "MEASURED", "PERCENTS", "PROXIMITY", "SCALE_DIFFERS", "TIMES", "WHERE_COUNTED", "YEAR",
    "Relation", "any_in_percent", "close", "counted_where", "listed_parts", "measured_key", "qualifier",
    "scale_differs", "unnamed", "wording",
]

#: Kinds whose figures count or total something a noun names.
MEASURED = frozenset({kinds.COUNT, kinds.AMOUNT})
#: Kinds of a figure in percent that is a level or a share, not a change ("5.4%", "60% of all victims").
#: Kinds are tested against sets like these, not tuples of members, each looked up anew (see ``_kinds``).
PERCENTS = frozenset({kinds.PERCENTAGE, kinds.SHARE})
#: Kinds that say when, not how much: a year or a date is its own period.
TIMES = frozenset({kinds.YEAR, kinds.DATE})


#: The usual reason a link is in doubt.
PROXIMITY = "linked by proximity, not by wording"
#: Two figures compared where only one carries a scale word ("from Rs 2303.35 crore to Rs 2973.91").
SCALE_DIFFERS = "only one of the two figures states its scale (million, crore, …); it may carry to the other"


#: A count said as where or in what the count before it was counted: "5,120 claimants signed on at the
#: region's six job centres, a fall of 8%" is a fall in claimants, "880 gained passes across six subjects,
#: up from 861" a rise in those passing.
WHERE_COUNTED = ("the count {!r} says where or in what the count before it was counted: the change may be "
                 "of that one")
#: Right before such a count: "in the county's", "across", "in".
_IN_A_COUNT_OF_PLACES = re.compile(
    r"\b(?:in|at|across|among)\s+(?:(?:the|its|their|[\w-]+['’]s)\s+){0,2}$", re.IGNORECASE)


def counted_where(text: str, figures: Sequence[Figure], level: int) -> bool:
    """Is figure ``level`` said as where or in what another count before it in its sentence was counted?"""
    f = figures[level]
    return _IN_A_COUNT_OF_PLACES.search(text, max(0, f.start - 40), f.start) is not None and any(
        figures[j].sentence == f.sentence and figures[j].kind in MEASURED
        for j in range(max(0, level - _COUNTS_BEFORE), level))


#: How many figures before a count are looked at for the one it says where was counted.
_COUNTS_BEFORE = 8


_LETTER = re.compile(r"[A-Za-z]")


def scale_differs(a: Figure, b: Figure) -> bool:
    """Does one figure state a scale word the other lacks ("£16.1 to £45.3 million")?"""
    return bool(_LETTER.search(a.value)) != bool(_LETTER.search(b.value))


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between two figures (by index into the figure list), and how it was found.

    ``certain`` is true when the wording states the link ("3 of the 12 suspects",
    "rose 6 % to 2.17 billion"); a link found by proximity or a shared noun is
    recorded as a guess, and a check resting on it cannot fail.
    """

    kind: str
    a: int
    b: int
    how: str = PROXIMITY
    certain: bool = False


def any_in_percent(figures: Sequence[Figure]) -> bool:
    """Does any figure state a percentage (a share needs one)? A loop: a generator costs more."""
    for f in figures:  # noqa: SIM110
        if f.unit == "percent":
            return True
    return False


def listed_parts(parts: Sequence[int], whole: int, how: str, certain: bool) -> list[Relation]:
    """Parts listed of one whole: each within it, and each listed with the first, so that
    their sum is checked against the whole too (listed parts of one whole are disjoint)."""
    relations = []
    for j in parts:
        relations.append(Relation("part_of", j, whole, how, certain))
        if j != parts[0]:
            relations.append(Relation("listed_with", j, parts[0], how, certain))
    return relations


def measured_key(fig: Figure) -> str | None:
    if fig.noun is None:
        return None
    key = _key(fig.noun)
    if not fig.modifiers:
        return key  # most figures: a noun alone
    mods = [_key(m) for m in fig.modifiers if _key(m)]
    return ".".join([key, "_".join(mods)]) if mods else key


#: Past this many characters between two figures, their link is a guess, whatever the wording.
CLOSE = 80


#: A percentage written out: between two figures and part of no figure, it is one the scan could not
#: read ("a 0.4 percent rise on June and12.5 percent more than the 624,000").
_PERCENTAGE = re.compile(r"\d[\d.,]*\s?(?:%|per\s?cent\b|pct\b)", re.IGNORECASE)


def close(text: str, figures: Sequence[Figure], a: int, b: int, allow: set[int] | None = None) -> bool:
    """Do figures ``a`` and ``b`` stand in one clause, with no other figure between them, read or not? A
    year or a date between them says when, and counts as no figure ("24,500 as of June 30, 2024, up 4%")."""
    lo, hi = sorted((a, b))
    gap = text[figures[lo].end : figures[hi].start]
    if len(gap) > CLOSE or ";" in gap:
        return False
    between = set(range(lo + 1, hi)) - (allow or set())
    if any(figures[j].kind is not kinds.YEAR and figures[j].kind is not kinds.DATE for j in between):
        return False
    return not any(
        not any(figures[j].start <= m.start() < figures[j].end for j in range(lo + 1, hi))
        for m in _PERCENTAGE.finditer(text, figures[lo].end, figures[hi].start)
    )


def wording(text: str, start: int, end: int) -> str:
    """The words that state a link, quoted for the record."""
    phrase = " ".join(text[start:end].split())
    return f"stated by wording: {phrase if len(phrase) <= 100 else phrase[:97] + '...'!r}"


def unnamed(whole: Figure) -> str:
    """A key for a whole no noun names, so that parts of two such wholes stay apart."""
    return "total_" + re.sub(r"[^0-9]+", "_", whole.value).strip("_")


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def qualifier(text: str) -> Qualifier:
    return QUALIFIER_ALIASES[lx.QUALIFIER_MAP.get(text, text)]


