"""Fact boxes: lines of labelled figures that state parts by their layout.

Two layouts are read. A line of labelled cells split by "|" right under a line
that states one figure breaks that figure down ("Income £283m" over "Tickets
£93m | TV £86m | Shops £18m"): together the cells make it up. A box under a
heading that names totals ("The totals across the league", then "Turnover
£2.7bn") gives the whole of which each later line with the same label
("Turnover: £283m") is one member's part. Neither is stated in words, and a
breakdown may leave items out or round them, so every link is a guess: it
passes, or asks for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import may_hold
from factcheck.extract._figures import Figure
from factcheck.extract._links import Relation

__all__ = ["fact_boxes"]

_AMOUNTS = frozenset({kinds.AMOUNT, kinds.COUNT})
_IGNORED = frozenset({kinds.YEAR, kinds.ORDINAL, kinds.DATE})
_TOTALS_HEADING = re.compile(r"\btotals?\b", re.IGNORECASE)
#: A word every match of :data:`_TOTALS_HEADING` holds.
_TOTAL_WORDS = ("total",)
_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z&'’ -]{1,40}?)\s*[:\-–]?\s*$")
_LINKED = frozenset({"part_of", "sum_of", "share_part", "change_of", "baseline"})


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def fact_boxes(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link the cells of a breakdown line to the figure above them, and members' lines to a totals box."""
    if "|" not in text and not may_hold(text, _TOTAL_WORDS):
        return  # neither a line of cells nor a box of totals
    lines = _lines(text)
    on_line: list[list[int]] = [[] for _ in lines]
    starts = [s for s, _ in lines]
    line_of: dict[int, int] = {}
    k = 0
    for i, f in enumerate(figures):
        while k + 1 < len(starts) and starts[k + 1] <= f.start:
            k += 1
        if figures[i].kind not in _IGNORED:
            on_line[k].append(i)
            line_of[i] = k
    linked = {j for r in relations if r.kind in _LINKED for j in (r.a, r.b)}
    _breakdown_lines(text, figures, lines, on_line, linked, relations)
    _totals_boxes(text, figures, lines, on_line, linked, relations)


def _previous_line(lines: list[tuple[int, int]], text: str, n: int) -> int | None:
    return n - 1 if n > 0 and text[lines[n - 1][0] : lines[n - 1][1]].strip() else None


def _breakdown_lines(
    text: str, figures: Sequence[Figure], lines: list[tuple[int, int]], on_line: list[list[int]],
    linked: set[int], relations: list[Relation],
) -> None:
    for n, (start, end) in enumerate(lines):
        row = text[start:end]
        cells = row.split("|")
        if len(cells) < 3 or row.strip().startswith("|") or row.strip().endswith("|"):
            continue  # a table row: see _tables
        items = on_line[n]
        if len(items) != len(cells) or any(figures[j].kind not in _AMOUNTS or j in linked for j in items):
            continue
        unit = figures[items[0]].unit
        bounds = []
        offset = start
        for cell in cells:
            bounds.append((offset, offset + len(cell)))
            offset += len(cell) + 1
        if any(figures[j].unit != unit or not (lo <= figures[j].start < hi and not text[lo : figures[j].start]
                                               .strip().endswith(("from", "than")))
               for j, (lo, hi) in zip(items, bounds, strict=True)):
            continue
        above = _previous_line(lines, text, n)
        if above is None:
            continue
        wholes = [j for j in on_line[above] if figures[j].unit == unit and figures[j].kind in _AMOUNTS
                  and figures[j].cue is None]
        if not wholes or (wholes[0] in linked and not _only_moved(relations, wholes[0])):
            continue
        whole = wholes[0]
        how = (f"a line of {len(items)} labelled cells right under "
               f"{' '.join(text[lines[above][0] : figures[whole].end].split())[:60]!r} "
               "(read as its breakdown by layout; items may be left out or rounded, so for review)")
        relations.extend(Relation("sum_of", whole, j, how, False) for j in items)
        linked.update(items)


def _only_moved(relations: list[Relation], j: int) -> bool:
    """Is ``j`` linked only as the new end of a move ("£283m, up from £245m")? It may still be a whole."""
    return all(r.kind in ("rose_from", "fell_from") and r.a == j for r in relations if j in (r.a, r.b))


def _totals_boxes(
    text: str, figures: Sequence[Figure], lines: list[tuple[int, int]], on_line: list[list[int]],
    linked: set[int], relations: list[Relation],
) -> None:
    n = 0
    while n < len(lines):
        heading = text[lines[n][0] : lines[n][1]]
        if on_line[n] or not _TOTALS_HEADING.search(heading) or len(heading) > 80:
            n += 1
            continue
        box: dict[str, int] = {}
        m = n + 1
        while m < len(lines) and on_line[m]:
            first = on_line[m][0]
            labelled = _LABEL.match(text, lines[m][0], figures[first].start)
            if labelled is not None and figures[first].kind in _AMOUNTS:
                box.setdefault(labelled.group(1).lower(), first)
            m += 1
        for later in range(m, len(lines)):
            row = text[lines[later][0] : lines[later][1]].lower()
            for label, whole in box.items():
                if not re.match(rf"\s*{re.escape(label)}\b", row):
                    continue
                parts = [j for j in on_line[later] if figures[j].unit == figures[whole].unit
                         and figures[j].kind is figures[whole].kind and figures[j].cue is None]
                if not parts or (parts[0] in linked and not _only_moved(relations, parts[0])):
                    continue
                how = (f"{label!r} in a box of totals ({' '.join(heading.split())[:50]!r}) and again on a "
                       "later line: read as one member's part of the total, by layout, not by wording")
                relations.append(Relation("part_of", parts[0], whole, how, False))
                linked.add(parts[0])
        n = m
