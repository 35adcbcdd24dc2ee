"""An average stated of figures that the same sentence states too.

"Payrolls grew by 180,000 in July, 150,000 in August and 171,000 in
September, averaging 167,000 a month over the last three months": the
participle ties the average to the figures before it, and the period it names
says how many there are. The link is made only then, with exactly that many
figures of one kind and unit before the average in its sentence; an average
over figures stated elsewhere, or over a period whose count does not match
the figures, is left unlinked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck._models import ClaimKind
from factcheck.extract._cues import may_hold
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation, wording

__all__ = ["stated_averages"]

_BEFORE = re.compile(r"\b(?:averag(?:ed|ing)|an\s+average\s+of)\s+(?:about\s+|roughly\s+|nearly\s+)?$",
                     re.IGNORECASE)
_AFTER = re.compile(
    r"\s*(?:a|per|each)\s+(?P<unit>month|quarter|year|week|day)\b[^.;]{0,30}?\b(?:over|in|during|for)\s+"
    r"the\s+(?:last|past|previous|latest|prior|first|)\s*(?P<n>\w+)\s+(?P<units>months|quarters|years|weeks|"
    r"days)\b",
    re.IGNORECASE,
)
#: The period before the average: "gains over the last three months averaged 167,000 a month".
_PERIOD_BEFORE = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:last|past|previous|latest|prior)\s+(?P<n>\w+)\s+"
    r"(?P<units>months|quarters|years|weeks)\b[^\d.;]{0,30}?\baverag(?:ed|ing)\s+"
    r"(?:about\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_PER_UNIT_AFTER = re.compile(r"\s*(?:a|per|each)\s+(?P<unit>month|quarter|year|week)\b", re.IGNORECASE)
#: What every stated average is said with ("averaged", "averaging", "an average of").
_AVERAGE_WORDS = ("averag",)
_REVISED = re.compile(r"\brevis(?:ed|ions?)\b", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$")
#: Sentences before the average in which the revisions and the latest figure are looked for.
_REACH = 3
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12}
#: Kinds whose figures may be averaged: levels and changes of counts and amounts, rates.
_AVERAGED = frozenset({ClaimKind.COUNT, ClaimKind.AMOUNT, ClaimKind.CHANGE, ClaimKind.RATE, ClaimKind.MEAN,
                       ClaimKind.PERCENTAGE})


def _period_count(word: str) -> int | None:
    return int(word) if word.isdigit() else _COUNTS.get(word.lower())


def stated_averages(text: str, figures: Sequence[Figure], layout: Layout) -> list[Relation]:
    """``mean_of`` relations: from a stated average to each figure it averages."""
    if not may_hold(text, _AVERAGE_WORDS):
        return []  # no average stated
    out: list[Relation] = []
    for i, f in enumerate(figures):
        start, end = layout.sentence_bounds(f.sentence, len(text))
        if f.kind not in _AVERAGED:
            continue
        before = _PERIOD_BEFORE.search(text, max(start, f.start - 120), f.start)
        per = _PER_UNIT_AFTER.match(text, f.end, end)
        if before is not None and per is not None \
                and per.group("unit").lower() == before.group("units").lower().rstrip("s"):
            n = _period_count(before.group("n"))
            out.extend(_over_revisions(text, figures, layout, i, n))
            continue
        if not _BEFORE.search(text[max(start, f.start - 40) : f.start]):
            continue
        after = _AFTER.match(text, f.end, end)
        if after is None or after.group("unit").lower() != after.group("units").lower().rstrip("s"):
            continue  # "a month over the last three months": a count of the same periods
        n = _period_count(after.group("n"))
        averaged = [j for j in range(i) if figures[j].sentence == f.sentence and figures[j].kind in _AVERAGED
                    and figures[j].range_id is None]
        if not averaged and n is not None:
            out.extend(_over_revisions(text, figures, layout, i, n))
            continue
        if n is None or len(averaged) != n or n < 2:
            continue  # the figures stated are not the ones the period counts
        first = figures[averaged[0]]
        kinds = {figures[j].kind for j in averaged}
        if any(figures[j].unit != first.unit for j in averaged) or not (
                len(kinds) == 1 or (kinds == {ClaimKind.COUNT, ClaimKind.CHANGE}
                                    and all(figures[j].direction != "decrease" for j in averaged))):
            continue  # "grew by 180,000 in July, 150,000 in August": rises, counted alike
        how = f"{wording(text, first.start, after.end())}: an average of the figures before it"
        out.extend(Relation("mean_of", i, j, how, True) for j in averaged)
    return out


def _over_revisions(
    text: str, figures: Sequence[Figure], layout: Layout, i: int, n: int | None
) -> list[Relation]:
    """An average over the latest period and the revised ones the sentences before it state."""
    f = figures[i]
    if n is None or n < 2:
        return []
    near = [j for j in range(i) if f.sentence - _REACH <= figures[j].sentence <= f.sentence
            and figures[j].section == f.section]

    def revised_in(sentence: int) -> bool:
        return _REVISED.search(text, *layout.sentence_bounds(sentence, len(text))) is not None

    def monthly(j: int) -> bool:
        g = figures[j]
        return (g.kind in (ClaimKind.COUNT, ClaimKind.CHANGE) and g.unit == f.unit
                and g.direction != "decrease" and g.range_id is None
                and not g.value.lstrip().startswith(("-", "−")))

    revised = [j for j in near if monthly(j) and revised_in(figures[j].sentence)
               and _TO_BEFORE.search(text, max(0, figures[j].start - 5), figures[j].start)]
    if len(revised) != n - 1:
        return []
    first = min(figures[j].sentence for j in revised)
    latest = [j for j in range(i) if figures[j].section == f.section
              and first - _REACH <= figures[j].sentence < first
              and monthly(j)]
    if not latest:
        return []
    averaged = [latest[-1], *revised]
    head = figures[averaged[0]]
    how = (f"an average over {n} periods ({' '.join(text[f.start : f.end].split())!r}): the latest figure "
           f"({text[head.start : head.end]!r}) and the {n - 1} revised before it, taken in the order of the "
           "report, not tied by wording")
    return [Relation("mean_of", i, j, how, False) for j in averaged]
