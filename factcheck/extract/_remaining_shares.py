"""A share said to be the rest of a whole, after the one other share of it in the sentence: "farms held
61.5 per cent of the land, while estates held the remaining 38.5 per cent".

"The remaining" makes the two shares the whole: together they are 100 per
cent, by wording. Only when the sentence states one other percentage before
it (no change): with more, which of them the rest is left over from is a
guess, and nothing is linked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation, wording

__all__ = ["remaining_shares"]

#: Right before the share: "the remaining".
_REMAINING_BEFORE = re.compile(r"\bthe\s+remaining\s+$", re.IGNORECASE)
#: How far before a share "the remaining" is read.
_REACH = 16


def remaining_shares(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link each share "the remaining" names to the one other share its sentence states before it."""
    del layout  # the wording alone says it
    if "remaining" not in text:
        return
    linked = {r.a for r in relations if r.kind in ("listed_with", "share_of", "part_of")}
    for i, f in enumerate(figures):
        if not _a_share(f) or _REMAINING_BEFORE.search(text, max(0, f.start - _REACH), f.start) is None:
            continue
        before = [j for j in range(i) if figures[j].sentence == f.sentence and figures[j].unit == "percent"]
        if len(before) != 1 or not _a_share(figures[before[0]]) or {i, before[0]} & linked:
            continue
        (other,) = before
        f.measures = f"{figures[other].measures or 'share'}.remainder"
        f.bases["kind"] = ("the rest of a whole, after its other share: 'the remaining'", True)
        relations.append(Relation("listed_with", i, other, wording(text, figures[other].start, f.end), True))


def _a_share(f: Figure) -> bool:
    """A percentage of a whole, not a change: "61.5 per cent", not "up 4 per cent"."""
    return f.unit == "percent" and f.kind in (kinds.PERCENTAGE, kinds.SHARE)
