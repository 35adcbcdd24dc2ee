"""A section's total change and the changes of its components stated after it.

A release headed "Receipts" opens with "receipts came to $2,472 billion,
$284 billion above the total for the same months last year", then goes on
"Withheld taxes went up by $160 billion … Other taxes climbed by $91
billion": the amount above last year's total is what the level grew by, so
it is within the level, and the changes after it, in the section the heading
names, are changes of parts of what the heading counts. Neither is stated in
words, and a part may grow by more than the whole when other parts shrink, so
every link is a guess: it passes, or asks for review.

A deficit is outlays less receipts, so a deficit "$400 billion smaller than
the gap a year earlier" is the receipts' rise on last year (the amount above
last year's total, in the section headed "Receipts") plus the outlays' fall
("$127 billion lower than in the same period last year", in the section
headed "Outlays"). The sides are read from the headings, so that sum is a
guess too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import may_hold
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation, listed_parts

__all__ = ["deficit_changes", "section_changes"]

#: After an amount stated beside a level: it is how far the level is above an earlier period's.
_ABOVE_EARLIER = re.compile(
    r"\s+(?:above|higher\s+than|more\s+than|up\s+on)\s+(?:the\s+(?:total|figure|level|amount|sum)\s+)?"
    r"(?:(?:for|in|of|during)\s+)?(?:the\s+same\s+(?:[a-z]+\s+){1,2}?(?:last|a|the\s+previous|the\s+prior)\s+"
    r"year|a\s+year\s+(?:earlier|ago|before)|last\s+year)\b",
    re.IGNORECASE,
)
#: The word every change on an earlier period here names ("above … a year earlier", "… last year").
_YEAR_WORDS = ("year",)
#: Between the level and the amount: words of its period at most, and a comma.
_BESIDE = re.compile(r"(?:\s+(?:in|for|during|over)\s+[^\d;.,()]{1,50})?,\s*")
_LEVELS = frozenset({kinds.AMOUNT, kinds.COUNT})
_LINKED = frozenset({"part_of", "sum_of", "change_of", "baseline", "share_of", "share_part"})
#: A heading of a word or two that names what its section counts ("Receipts", "Net sales").
_HEADING = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?")


def section_changes(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link an increase on last year to the level beside it, and the section's later changes to it."""
    if not may_hold(text, _YEAR_WORDS):
        return  # no change on an earlier year: neither a level's nor a side's
    # two levels of a unit side by side in a sentence (the readings below change no kind or unit)
    beside = [i for i, (level, f) in enumerate(itertools.pairwise(figures), 1)
              if level.kind in _LEVELS and f.kind in _LEVELS and f.unit == level.unit
              and level.sentence == f.sentence]
    linked = {j for r in relations if r.kind in _LINKED for j in (r.a, r.b)} if beside else set()
    for i in beside:
        level, f = figures[i - 1], figures[i]
        if {i - 1, i} & linked or not _BESIDE.fullmatch(text, level.end, f.start):
            continue
        above = _ABOVE_EARLIER.match(text, f.end)
        if above is None:
            continue
        how = (f"{' '.join(text[level.start : above.end()].split())!r}: what the level grew by on an earlier "
               "period, within it unless that period's level was below nothing; read for review")
        relations.append(Relation("part_of", i, i - 1, how, False))
        linked.update((i - 1, i))
        _components(text, figures, layout, i, relations, linked)
    deficit_changes(text, figures, layout, relations)


def _components(
    text: str, figures: Sequence[Figure], layout: Layout, whole: int, relations: list[Relation],
    linked: set[int],
) -> None:
    """The amounts of change opening the later sentences of the section the whole's heading names."""
    w = figures[whole]
    heading = _section_heading(text, layout, w)
    start, _ = layout.sentence_bounds(w.sentence, len(text))
    if heading is None or heading.lower() not in text[start : w.start].lower():
        return
    parts = []
    for j in range(whole + 1, len(figures)):
        g = figures[j]
        if g.section != w.section:
            break
        first_in_sentence = j == 0 or figures[j - 1].sentence != g.sentence
        if g.kind is kinds.CHANGE and g.unit == w.unit and g.direction != "decrease" \
                and first_in_sentence and j not in linked:
            parts.append(j)
    if len(parts) < 1:
        return
    how = (f"an amount of change stated in the section headed {heading!r}, after the section's own change "
           f"({text[w.start : w.end]!r}): read as the change of a part of it, not stated; a part may grow by "
           "more than the whole when others shrink, so for review")
    relations.extend(listed_parts(parts, whole, how, False))
    linked.update(parts)


def _section_heading(text: str, layout: Layout, f: Figure) -> str | None:
    """The heading line that opens ``f``'s section, if it is a word or two ("Receipts")."""
    first = layout.sentence_sections.index(f.section)
    start, end = layout.sentence_bounds(first, len(text))
    line = text[start:end].strip()
    return line if _HEADING.fullmatch(line) and "\n" in text[start : end + 1] else None


#: A balance's change on last year: "more than $400 billion smaller than the gap recorded …".
_BALANCE_CHANGE = re.compile(r"\s+(?P<way>smaller|narrower|lower|larger|wider|bigger|higher)\s+than\s+the\s+"
                             r"(?:gap|deficit|shortfall)\b", re.IGNORECASE)
#: A side's change on last year: "$127 billion lower than in the same period last year".
_SIDE_CHANGE = re.compile(
    r"\s+(?P<way>above|higher\s+than|more\s+than|below|lower\s+than|less\s+than)\s+(?:the\s+total\s+)?"
    r"(?:(?:for|in|of|during)\s+)?(?:the\s+same\s+(?:[a-z]+\s+){1,2}?(?:last|a|the\s+previous|the\s+prior)\s+"
    r"year|a\s+year\s+(?:earlier|ago|before)|last\s+year)\b",
    re.IGNORECASE,
)
_RECEIPTS = frozenset({"receipts", "revenues", "revenue"})
_OUTLAYS = frozenset({"outlays", "spending", "expenditure"})
#: What a heading of each side holds: a text without both has no deficit read from its sides.
_RECEIPTS_WORDS = ("receipts", "revenue")
_OUTLAYS_WORDS = ("outlays", "spending", "expenditure")


def deficit_changes(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """A deficit's change on last year as the receipts' change plus the outlays' (see the module)."""
    if not (may_hold(text, _RECEIPTS_WORDS) and may_hold(text, _OUTLAYS_WORDS)):
        return
    sides: dict[str, list[tuple[int, bool]]] = {"receipts": [], "outlays": []}
    for j, g in enumerate(figures):
        moved = _SIDE_CHANGE.match(text, g.end) if g.kind in _LEVELS else None
        heading = _section_heading(text, layout, g) if moved is not None else None  # the costlier read last
        if moved is None or heading is None:
            continue
        up = moved.group("way").lower().startswith(("above", "higher", "more"))
        for side, names in (("receipts", _RECEIPTS), ("outlays", _OUTLAYS)):
            if heading.lower() in names:
                sides[side].append((j, up))
    if len(sides["receipts"]) != 1 or len(sides["outlays"]) != 1:
        return
    (r, r_up), (o, o_up) = sides["receipts"][0], sides["outlays"][0]
    for i, f in enumerate(figures):
        moved = _BALANCE_CHANGE.match(text, f.end)
        if moved is None or f.kind not in _LEVELS or f.unit != figures[r].unit or f.unit != figures[o].unit:
            continue
        smaller = moved.group("way").lower() in ("smaller", "narrower", "lower")
        if (smaller, smaller) != (r_up, not o_up):
            continue  # a fall in receipts with a fall in outlays: not a sum of the two
        how = (f"by definition a deficit is outlays less receipts: "
               f"{' '.join(text[f.start : moved.end()].split())!r} is the receipts' change "
               f"({text[figures[r].start : figures[r].end]!r}) plus the outlays' "
               f"({text[figures[o].start : figures[o].end]!r}), the sides read from the section headings")
        relations.extend(Relation("sum_of", i, j, how, False) for j in (r, o))
        return
