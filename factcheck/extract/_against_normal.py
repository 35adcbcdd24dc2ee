"""A figure set against its normal, average or target, with the gap as a percentage after them.

"logged 64.1 mm of melt-water, set against its seasonal mean of 71.2 mm, a shortfall of 10%";
"sold 1,260 units against a target of 1,200, which is 5% more". The wording
states all three: the first figure is the level, the one named the average,
normal or target is what it is compared with, and the percentage right after
them, said to be an excess or a shortfall, is the change from the second to the
first. A check resting on them may fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import may_hold
from factcheck.extract._figures import Figure
from factcheck.extract._links import MEASURED, Relation, measured_key, unnamed, wording

__all__ = ["against_normals"]

#: Between the level and what it is set against: "mm of rain against the monthly average of".
_AGAINST = re.compile(
    r"[^.;:\d%]{0,40}?\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[a-z][a-z-]*\s+){0,3}?(?:average|normal|mean|target|norm)\s+(?:[a-z]+\s+){0,2}?(?:of\s+)?$",
    re.IGNORECASE,
)
#: Between the normal and the gap: ", which is", ", a deficit of", " —".
_BEFORE_GAP = re.compile(
    r"\s*(?:[a-z]+\s*)?[,—–-]\s*(?:which\s+is\s+|or\s+|a\s+|an\s+)?"
    r"(?:(?P<way>deficit|deficiency|shortfall|excess|surplus)\s+of\s+)?$",
    re.IGNORECASE,
)
#: Right after the gap: the word that says which way it goes ("33% deficit", "5% more").
_WAY_AFTER = re.compile(
    r"\s*(?P<way>deficit|deficient|deficiency|short|shortfall|less|lower|below|excess|surplus|more|higher|above)\b",
    re.IGNORECASE,
)
_DOWN = frozenset({"deficit", "deficient", "deficiency", "short", "shortfall", "less", "lower", "below"})
_LINKED = frozenset({"change_of", "baseline", "share_of", "share_part"})


def against_normals(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link each percentage gap stated after "A against the average of B" as the change from B to A."""
    if not may_hold(text, ("average", "norm", "mean", "target")):
        return  # every match of the words before the normal holds one
    linked = {j for r in relations if r.kind in _LINKED for j in (r.a, r.b)}
    for i in range(len(figures) - 2):
        level, normal, gap = figures[i], figures[i + 1], figures[i + 2]
        if gap.unit != "percent" or not (level.sentence == normal.sentence == gap.sentence) \
                or {i, i + 1, i + 2} & linked:
            continue  # the gap is a percentage (the cheapest test first: most figures are none)
        if level.kind not in MEASURED or normal.kind is not level.kind or normal.unit != level.unit \
                or not _AGAINST.fullmatch(text, level.end, normal.start):
            continue
        before = _BEFORE_GAP.fullmatch(text, normal.end, gap.start)
        if before is None:
            continue
        after = _WAY_AFTER.match(text, gap.end)
        way = before.group("way") or (after.group("way") if after is not None else None)
        if way is None:
            continue
        gap.kind, gap.cue = kinds.CHANGE, "change"
        gap.direction = "decrease" if way.lower() in _DOWN else "increase"
        gap.bases["kind"] = (f"a change from the figure it is set against, by wording: {way!r}", True)
        gap.measures = f"{level.measures or measured_key(level) or unnamed(level)}.change"
        normal.cue = "baseline"
        how = wording(text, level.start, after.end() if after is not None else gap.end)
        relations.append(Relation("change_of", i + 2, i, how, True))
        relations.append(Relation("baseline", i + 2, i + 1, how, True))
        linked.update((i, i + 1, i + 2))
