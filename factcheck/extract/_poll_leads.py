"""A lead in points and the two shares it lies between: "trails the mayor by six points (41% to 35%)".

A poll or a count of votes puts one side ahead of another by some points and
gives the two sides' shares right after, in brackets or after a comma: the
lead is the larger share minus the smaller, by wording, whichever side is
named first. Said in "points" beside two percentages, the lead counts
percentage points, not the points of a score or an index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation, wording

__all__ = ["poll_leads"]

#: Right before the lead: "by", or "a lead (margin, gap) of", and perhaps a hedge ("by nearly").
_LEAD_BEFORE = re.compile(
    r"\b(?:by|(?:lead|margin|gap|advantage)\s+of)\s+(?:(?:some|about|around|nearly|almost|roughly|just|only)\s+)?$",
    re.IGNORECASE,
)
#: How far before the lead its words are read.
_LEAD_REACH = 40
#: From the lead to the first share: an opening bracket, a comma or a colon.
_THEN_SHARES = re.compile(r"\s*[(,:]\s*")
#: Between the two shares: "to", "vs", "versus", "against", or a dash.
_SHARE_TO_SHARE = re.compile(r"\s+(?:to|vs\.?|versus|against)\s+|\s*[-–]\s*", re.IGNORECASE)
_PERCENT = frozenset({"percent"})
LEAD_IN_POINTS = "a lead in points between the two shares after it: percentage points, by wording"
SIDES_SHARE = "one side's share after a lead in points: a level, not a change"


def poll_leads(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Each lead in points followed by the two shares it lies between is their difference."""
    del layout  # the wording alone says it
    if "point" not in text:
        return
    for i in range(len(figures) - 2):
        lead, a, b = figures[i], figures[i + 1], figures[i + 2]
        if not _a_lead(text, lead) or not (lead.sentence == a.sentence == b.sentence):
            continue
        if not (_a_share(a) and _a_share(b)):
            continue
        opening = _THEN_SHARES.fullmatch(text, lead.end, a.start)
        if opening is None or _SHARE_TO_SHARE.fullmatch(text, a.end, b.start) is None:
            continue
        if "(" in opening.group() and not text.startswith(")", b.end):
            continue  # "(41% to 35% in May, …)": the bracket says more than the two shares
        if lead.unit is None:
            lead.kind, lead.unit, lead.noun, lead.measures = kinds.PERCENTAGE, "percentage points", None, None
            lead.bases["kind"] = (LEAD_IN_POINTS, True)
        for side in (a, b):  # the shares of the two sides, not changes
            side.bases["kind"] = (SIDES_SHARE, True)
        larger, smaller = (i + 1, i + 2) if float(a.value) >= float(b.value) else (i + 2, i + 1)
        how = wording(text, lead.start, b.end)
        relations.append(Relation("difference_minuend", i, larger, how, True))
        relations.append(Relation("difference_subtrahend", i, smaller, how, True))


def _a_lead(text: str, f: Figure) -> bool:
    """Is ``f`` a number of points after "by" or "a lead of" ("by six points", "a lead of 4 points")?"""
    if f.unit not in (None, "percentage points") or not text[f.start : f.end].lower().endswith("points"):
        return False
    return _LEAD_BEFORE.search(text, max(0, f.start - _LEAD_REACH), f.start) is not None


def _a_share(f: Figure) -> bool:
    """Is ``f`` a percentage that is no change ("41%", not "up 4%")?"""
    return f.unit in _PERCENT and f.kind is not kinds.CHANGE
