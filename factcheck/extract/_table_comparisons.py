"""A table's row compared across its year columns in the prose after it: "revenue was lower than in 2022".

A pipe table with a column per year gives each row's figure for each year
(see :mod:`._tables`); prose under it often says which way a row moved,
naming the row by its label and the earlier year by its column: "Overall,
revenue was a little lower than in 2022". That is the row's figure in the
other year column stated as below (or above) its figure in the named year:
the direction a check can test. Only a row with exactly two years is read,
the later year being the one the sentence speaks of, and only figures
written without a sign: costs written negative ("-1,250") are lower when
they are smaller, which a comparison of signed values would read the other
way. Which year the sentence speaks of is a reading of the layout, not
stated, so the link is a guess: it can pass or ask for review, never fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation
from factcheck.extract._statements import LINE_ITEM

__all__ = ["table_comparisons"]

_LOWER = frozenset({"lower", "smaller", "less"})
_COMPARED = (r"\s+(?:was|were|is|are)\s+(?:(?:slightly|marginally|somewhat|much|far|a\s+little|a\s+bit)\s+)?"
             r"(?P<word>lower|higher|smaller|larger|bigger|greater|less|more)\s+than\s+(?:it\s+was\s+)?"
             r"(?:in\s+|for\s+)?(?P<year>(?:19|20)\d\d)\b")


def _rows(figures: Sequence[Figure]) -> dict[str, dict[str, int]]:
    """Each table row's figure per year column (rows said twice with one value each year, once)."""
    rows: dict[str, dict[str, int]] = {}
    values: dict[tuple[str, str], set[str]] = {}
    for i, f in enumerate(figures):
        if f.cue == LINE_ITEM and f.noun and f.period is not None and f.period.isdigit():
            rows.setdefault(f.noun, {}).setdefault(f.period, i)
            values.setdefault((f.noun, f.period), set()).add(f.value)
    return {label: years for label, years in rows.items()
            if len(years) == 2 and all(len(values[(label, y)]) == 1 for y in years)}


def _unsigned(text: str, f: Figure) -> bool:
    return f.sign is None and not text[f.start : f.end].lstrip().startswith(("-", "−", "("))


def table_comparisons(
    text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]
) -> None:
    """Add "fell_from" / "rose_from" for a row the prose after its table compares with a named year."""
    del layout  # lines and cells, not sentences, carry a table's structure
    if "|" not in text:
        return  # no pipe table
    rows = _rows(figures)
    if not rows:
        return
    last_cell = max(f.end for f in figures if f.cue == LINE_ITEM)
    prose = text[last_cell:]
    for label, years in rows.items():
        words = r"\s+".join(re.escape(w) for w in label.split())
        for m in re.finditer(rf"(?<![\w-]){words}{_COMPARED}", prose, re.IGNORECASE):
            earlier = m.group("year")
            later = next((y for y in years if y != earlier), None)
            if earlier not in years or later is None or later < earlier:
                continue
            new, old = years[later], years[earlier]
            if not (_unsigned(text, figures[new]) and _unsigned(text, figures[old])):
                continue
            kind = "fell_from" if m.group("word").lower() in _LOWER else "rose_from"
            said = " ".join(m.group(0).split())
            how = (f"the prose after the table says {said!r}: the row's {later} column against its {earlier} "
                   "column, the later year read from the layout, not stated")
            relations.append(Relation(kind, new, old, how, False))
            break
