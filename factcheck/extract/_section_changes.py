"""A section's total change and the changes of its components stated after it.

A release headed "Receipts" opens with "receipts came to $2,472 billion,
$284 billion above the total for the same months last year", then goes on
"Withheld taxes went up by $160 billion … Other taxes climbed by $91
billion": the amount above last year's total is what the level grew by, so
it is within the level, and the changes after it, in the section the heading
names, are changes of parts of what the heading counts. Neither is stated in
words, and a part may grow by more than the whole when other parts shrink, so
every link is a guess: it passes, or asks for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck._models import ClaimKind
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation

__all__ = ["section_changes"]

#: After an amount stated beside a level: it is how far the level is above an earlier period's.
_ABOVE_EARLIER = re.compile(
    r"\s+(?:above|higher\s+than|more\s+than|up\s+on)\s+(?:the\s+(?:total|figure|level|amount|sum)\s+)?"
    r"(?:(?:for|in|of|during)\s+)?(?:the\s+same\s+(?:[a-z]+\s+){1,2}?(?:last|a|the\s+previous|the\s+prior)\s+"
    r"year|a\s+year\s+(?:earlier|ago|before)|last\s+year)\b",
    re.IGNORECASE,
)
#: Between the level and the amount: words of its period at most, and a comma.
_BESIDE = re.compile(r"(?:\s+(?:in|for|during|over)\s+[^\d;.,()]{1,50})?,\s*")
_LEVELS = frozenset({ClaimKind.AMOUNT, ClaimKind.COUNT})
_LINKED = frozenset({"part_of", "sum_of", "change_of", "baseline", "share_of", "share_part"})
#: A heading of a word or two that names what its section counts ("Receipts", "Net sales").
_HEADING = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?")


def section_changes(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link an increase on last year to the level beside it, and the section's later changes to it."""
    linked = {j for r in relations if r.kind in _LINKED for j in (r.a, r.b)}
    for i in range(1, len(figures)):
        level, f = figures[i - 1], figures[i]
        if level.kind not in _LEVELS or f.kind not in _LEVELS or f.unit != level.unit \
                or level.sentence != f.sentence or {i - 1, i} & linked \
                or not _BESIDE.fullmatch(text, level.end, f.start):
            continue
        above = _ABOVE_EARLIER.match(text, f.end)
        if above is None:
            continue
        how = (f"{' '.join(text[level.start : above.end()].split())!r}: what the level grew by on an earlier "
               "period, within it unless that period's level was below nothing; read for review")
        relations.append(Relation("part_of", i, i - 1, how, False))
        linked.update((i - 1, i))
        _components(text, figures, layout, i, relations, linked)


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
        if g.kind is ClaimKind.CHANGE and g.unit == w.unit and g.direction != "decrease" \
                and first_in_sentence and j not in linked:
            parts.append(j)
    if len(parts) < 1:
        return
    how = (f"an amount of change stated in the section headed {heading!r}, after the section's own change "
           f"({text[w.start : w.end]!r}): read as the change of a part of it, not stated; a part may grow by "
           "more than the whole when others shrink, so for review")
    for j in parts:
        relations.append(Relation("part_of", j, whole, how, False))
        if j != parts[0]:
            relations.append(Relation("listed_with", j, parts[0], how, False))
    linked.update(parts)


def _section_heading(text: str, layout: Layout, f: Figure) -> str | None:
    """The heading line that opens ``f``'s section, if it is a word or two ("Receipts")."""
    first = layout.sentence_sections.index(f.section)
    start, end = layout.sentence_bounds(first, len(text))
    line = text[start:end].strip()
    return line if _HEADING.fullmatch(line) and "\n" in text[start : end + 1] else None
