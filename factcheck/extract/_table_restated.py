"""A table's cell said again in the prose after it: "the Greens, on under a twentieth of the vote".

A pipe table gives each cell what its row's label and its column's header
name ("Share of Votes" on the row "Green"); prose under it often says a cell
again in rounder words, naming the row by its label and the column by its
noun ("the Greens, on under a twentieth of the vote"). A careful reader
takes that for the cell restated, and so does this reading: a share "of the
vote" in a sentence naming a row's label before it (the nearest such label,
written with its capital as in the table, and not the sentence's first word)
is the cell of that row in the column of shares of that noun, when the table
has exactly one, unless the words between say the row moved since ("rose to",
"up from") or the share is of another period. Which row a clause speaks of is a reading, and the prose's
hedge ("under", "more than") makes it a rounding: the link is a guess, so a
check on it can pass or ask for review, never fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._statements import LINE_ITEM

__all__ = ["restated_cell", "share_cells"]

#: What a table reading makes a share column's cell measure: "share_of_votes.green", "vote_share.green".
_SHARE_CELL = re.compile(r"^(?:(?:share|percentage|per_cent)_of_(?P<noun>[a-z]+)|(?P<noun2>[a-z]+)_share)\.")

ShareCells = dict[tuple[str, str], list[int]]

#: Words between the row's name and the share that make it a level moved to, of another time than the
#: table's ("the Greens rose to 40% of the vote"); "finished with" is no move.
_MOVED = re.compile(
    r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|climbed|jumped|dropped|slipped|"
    r"slumped|increased|decreased|(?:up|down)\s+(?:from|to|by)|now|since|polls?|polling)\b",
    re.IGNORECASE,
)


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def share_cells(figures: Sequence[Figure]) -> ShareCells:
    """The percentage cells of share columns, by the column's noun (singular) and the row's label."""
    cells: ShareCells = {}
    for i, f in enumerate(figures):
        if f.cue != LINE_ITEM or f.unit != "percent" or f.noun is None or f.measures is None:
            continue
        found = _SHARE_CELL.match(f.measures)
        if found is not None:
            noun = found.group("noun") or found.group("noun2")
            cells.setdefault((_singular(noun), f.noun), []).append(i)
    return cells


def _label_pattern(label: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(w) for w in label.split())
    return re.compile(rf"(?<![\w-])(?P<label>{words})(?:s|es)?(?![\w-])", re.IGNORECASE)


def restated_cell(
    text: str, layout: Layout, figures: Sequence[Figure], cells: ShareCells, i: int,
) -> tuple[int, str] | None:
    """The cell a prose share restates, and the row label that names it; ``None`` when none or several."""
    f = figures[i]
    if f.kind is not kinds.SHARE or f.unit != "percent" or not f.of_noun or f.cue == LINE_ITEM:
        return None
    if f.direction is not None or f.baseline_period is not None:
        return None  # a change, or a level set against another period's
    noun = _singular(f.of_noun.lower())
    start, _ = layout.sentence_bounds(f.sentence, len(text))
    if "|" in text[start : f.start]:
        return None  # a table's own line, not prose
    before = text[start : f.start]
    nearest: tuple[int, str] | None = None
    for (column, label), _ in cells.items():
        if column != noun:
            continue
        for m in _label_pattern(label).finditer(before):
            if m.start() == len(before) - len(before.lstrip()) or not m.group("label")[0].isupper():
                continue  # the sentence's first word, or a common word ("other", "change") in lower case
            if nearest is None or m.start() > nearest[0]:
                nearest = (m.start(), label)
    if nearest is None or _MOVED.search(before, nearest[0]):
        return None  # "the Greens rose to 40% of the vote": a level reached since, not the table's
    found = cells[(noun, nearest[1])]
    if len(found) != 1 or found[0] > i:
        return None
    cell = figures[found[0]]
    if cell.period is not None and f.period is not None and cell.period != f.period:
        return None  # the row's share in another year
    return found[0], nearest[1]
