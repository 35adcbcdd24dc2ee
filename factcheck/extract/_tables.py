"""Tables written with pipes: each cell a line item of its row and column, and what the layout states.

"Party | Share of Votes | Total Seats | Share of Seats |" over rows such as
"Labour | 32.2% | 203 | 31.2% |", or an income statement "Line | Notes | 2016,
€ 1,000 | 2015, € 1,000 |" over "TURNOVER | 1 | 586,120 | 600,224 |". Read as
prose, the cells are bare numbers that group by value ("+15%" of revenue with
"+15%" of net debt); read as a table, each cell is what its row's label
measures, for its column's period, and the layout states:

- the same row in two tables (statutory and adjusted results), same column, is
  one figure stated twice;
- a column headed as shares ("Share of Votes") lists shares of one whole, at
  most 100 % together, 100 % when a row is the rest ("Other"). That the rows
  are disjoint parts of one whole is a reading, not stated: a guess;
- a share column beside a count column of the same noun ("Total Seats",
  "Share of Seats") gives each share's part on its row — certain by layout; its
  whole is the largest count of that noun stated outside the table, a guess;
- in a statement whose costs are written negative, a row in capitals or named
  "Total …" is the sum of the rows since the last such row, and a row named for
  two rows right above it ("Finance income and costs") is their sum. Statements
  may leave lines out, so both are guesses: they can pass, or ask for review;
- a column of counts of one noun ("Total Seats") adds up to the count of that
  noun the text states right after the table ("649/650 seats declared"): the
  rows may leave some out, so a guess;
- a last row named "Total" is the sum of the rows above it, column by column:
  certain by layout when a row above holds the rest ("Other or missing"), a
  guess otherwise (the rows may be a selection). This is also read in tables
  whose lines open on a pipe ("| Falls | 198,576 |").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.extract import _kinds as kinds
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation
from factcheck.extract._statements import LINE_ITEM

__all__ = ["tables"]

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
#: A column header naming its unit in thousands: "€ 1,000", "£000", "$ thousands", "EUR '000".
_THOUSANDS = re.compile(r"(?P<currency>[€£$]|EUR|GBP|USD)\s*(?:1[,.]?000|'?000|thousands?)\b", re.IGNORECASE)
_CURRENCY = {"€": "EUR", "£": "GBP", "$": "USD"}
_SHARE_HEADER = re.compile(
    r"^(?:share|percentage|per\s*cent|%)\s+of\s+(?P<noun>[a-z]+)$|^(?P<noun2>[a-z]+)\s+share$", re.IGNORECASE
)
_SEPARATOR = re.compile(r"^[\s|:-]*$")
#: Fewest rows for a block of pipe lines to be read as a table.
_MIN_ROWS = 2


@dataclass(slots=True)
class _Row:
    label: str
    #: figure index by column number
    cells: dict[int, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Table:
    header: list[str]
    rows: list[_Row] = field(default_factory=list)


def _normal(label: str) -> str:
    label = label.lower().replace("&", " and ").replace("’", "'")
    return " ".join(re.sub(r"[^a-z ]+", " ", label).split())


def _key(label: str) -> str:
    return _normal(label).replace(" ", "_")


def _cells(line: str, at: int) -> list[tuple[int, int, str]]:
    """The cells of a pipe line, each with its start and end in the text."""
    out = []
    start = 0
    for m in re.finditer(r"\|", line):
        out.append((at + start, at + m.start(), line[start : m.start()]))
        start = m.end()
    if line[start:].strip():
        out.append((at + start, at + len(line), line[start:]))
    return out


def _tables(text: str, figures: Sequence[Figure], *, opening_pipe: bool = False) -> list[_Table]:
    """Every block of pipe lines: a header line, then rows whose first cell is a label.

    With ``opening_pipe``, the blocks whose lines open on a pipe ("| Falls | 198,576 |"), that pipe
    closing no cell; without, those lines hold no label and end a block.
    """
    starts = sorted((f.start, i) for i, f in enumerate(figures))
    positions = [s for s, _ in starts]
    found: list[_Table] = []
    table: _Table | None = None
    at = 0
    for line in text.split("\n"):
        here, at = at, at + len(line) + 1
        if line.count("|") < 2:
            table = None
            continue
        if _SEPARATOR.match(line):
            continue
        cells = _cells(line, here)
        if opening_pipe:
            if not line.lstrip().startswith("|"):
                table = None
                continue
            cells = cells[1:]
        inside = [[i for _, i in starts[bisect.bisect_left(positions, b) : bisect.bisect_left(positions, e)]]
                  for b, e, _ in cells]
        label = cells[0][2].strip()
        figures_in_cells = [i for k, ids in enumerate(inside) if k for i in ids if _a_cell(text, figures[i])]
        if table is None or not figures_in_cells:
            table = _Table([c[2].strip() for c in cells])
            found.append(table)
            continue
        if not re.search(r"[A-Za-z]", label) or inside[0] or any(len(ids) > 1 for ids in inside):
            table = None
            continue
        table.rows.append(_Row(label, {k: ids[0] for k, ids in enumerate(inside) if k and ids}))
    return [t for t in found if len(t.rows) >= _MIN_ROWS]


def _a_cell(text: str, f: Figure) -> bool:
    """A figure of a cell, not a heading's year or date ("2,063" is a figure: a year has no comma)."""
    return f.kind is not kinds.DATE and (f.kind is not kinds.YEAR or "," in text[f.start : f.end])


def tables(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Read pipe-table cells as line items and add the relations their layout states (see the module)."""
    del layout  # lines and cells, not sentences, carry a table's structure
    if "|" not in text:
        return  # no pipe line
    for table in _tables(text, figures):
        periods = {k: (m.group(1) if (m := _YEAR.search(name)) else None)
                   for k, name in enumerate(table.header)}
        for row in table.rows:
            for k, i in row.cells.items():
                column = table.header[k] if k < len(table.header) else ""
                _read_cell(text, figures[i], row.label, column, periods.get(k))
        _share_columns(text, figures, table, relations)
        _statement_sums(figures, table, relations)
        _column_totals(text, figures, table, relations)
        _foot_totals(figures, table, relations)
    for table in _tables(text, figures, opening_pipe=True):
        _foot_totals(figures, table, relations)


def _read_cell(text: str, f: Figure, label: str, column: str, period: str | None) -> None:
    if f.kind is kinds.YEAR and "," in text[f.start : f.end]:
        f.kind, f.value = kinds.COUNT, text[f.start : f.end]  # "2,063": a year is not written so
    f.cue = LINE_ITEM
    f.noun = _normal(label)
    f.modifiers = ()
    if period is not None:
        f.measures = _key(label)
        f.period = period
        f.bases["period"] = (f"the column of the table: {column!r}", True)
    else:
        f.measures = f"{_key(label)}.change" if f.kind is kinds.CHANGE \
            else f"{_key(column)}.{_key(label)}"
    thousands = _THOUSANDS.search(column)
    if thousands is not None and f.kind in (kinds.COUNT, kinds.AMOUNT) and f.unit is None:
        currency = thousands.group("currency")
        f.kind, f.unit = kinds.AMOUNT, f"{_CURRENCY.get(currency, currency.upper())} thousand"
        f.bases["kind"] = (f"a cell of a table whose column is in thousands: {column!r}", True)


def _share_noun(column: str) -> str | None:
    found = _SHARE_HEADER.match(_normal(column))
    return (found.group("noun") or found.group("noun2")) if found else None


def _share_columns(text: str, figures: Sequence[Figure], table: _Table, relations: list[Relation]) -> None:
    """A column headed as shares, listed together; beside a count column of its noun, each share's part."""
    for k, column in enumerate(table.header):
        noun = _share_noun(column)
        shares = [row.cells[k] for row in table.rows if k in row.cells
                  and figures[row.cells[k]].unit == "percent" and not _normal(row.label).startswith("total")]
        if noun is None or len(shares) < 2:
            continue
        how = (f"a column of the table headed {column!r}: its rows read as disjoint shares of one whole, "
               "not stated")
        for i in shares:
            figures[i].kind = kinds.SHARE
            if i != shares[0]:
                relations.append(Relation("listed_with", i, shares[0], how, False))
        counts = [c for c, name in enumerate(table.header) if c != k and _normal(name).split()[-1:] == [noun]]
        if len(counts) != 1:
            continue
        inside = {i for row in table.rows for i in row.cells.values()}
        wholes = [j for j, f in enumerate(figures) if j not in inside and f.kind is kinds.COUNT
                  and (f.noun or "").split()[-1:] == [noun]]
        if not wholes:
            continue
        whole = max(wholes, key=lambda j: _size(figures[j]))
        for row in table.rows:
            share, part = row.cells.get(k), row.cells.get(counts[0])
            if share is None or part is None or _size(figures[part]) > _size(figures[whole]):
                continue
            stated = text[figures[whole].start : figures[whole].end]
            found = (f"the count on its row, in the column {table.header[counts[0]]!r}; its whole taken as "
                     f"the largest count of {noun} stated outside the table ({stated!r}), not by wording")
            relations.append(Relation("share_of", share, whole, found, False))
            relations.append(Relation("share_part", share, part,
                                      f"stated by the layout: the row {row.label!r}", True))


def _size(f: Figure) -> float:
    try:
        return abs(float(re.sub(r"[^\d.]", "", f.value.replace(",", "")) or 0))
    except ValueError:
        return 0.0


def _signed(f: Figure) -> bool:
    return bool(f.sign) or f.value.lstrip().startswith(("-", "−"))


def _statement_sums(figures: Sequence[Figure], table: _Table, relations: list[Relation]) -> None:
    """Subtotals of a statement whose costs are written negative: the rows since the last one, added up."""
    cells = [i for row in table.rows for i in row.cells.values()]
    if not any(_signed(figures[i]) for i in cells):
        return
    labels = [row.label for row in table.rows]
    capitals = [lab.isupper() for lab in labels]
    if all(capitals):
        return
    open_rows: list[_Row] = []
    for row, upper in zip(table.rows, capitals, strict=True):
        name = _normal(row.label)
        named = _named_parts(name, open_rows)
        if named:
            _sum(figures, row, named, f"the row {row.label!r} is named for the rows "
                 f"{' and '.join(repr(r.label) for r in named)} right above it", relations)
            open_rows = [r for r in open_rows if r not in named] + [row]
            continue
        if (upper or name.startswith("total ")) and len(open_rows) >= 2:
            _sum(figures, row, open_rows, f"the row {row.label!r} of a statement, costs written negative, "
                 "read as the sum of the rows since the last subtotal; lines may be left out", relations)
            open_rows = [row]
            continue
        open_rows.append(row)


def _named_parts(name: str, open_rows: list[_Row]) -> list[_Row]:
    """ "finance income and costs" over "Finance income" and "Finance costs": the two rows it names."""
    first, sep, second = name.partition(" and ")
    if not sep or len(open_rows) < 2:
        return []
    head = first.split()[:-1]
    wanted = [first, " ".join([*head, second])]
    last_two = open_rows[-2:]
    return last_two if [_normal(r.label) for r in last_two] == wanted else []


def _sum(
    figures: Sequence[Figure], total: _Row, parts: list[_Row], how: str, relations: list[Relation]
) -> None:
    for column, t in total.cells.items():
        mine = [r.cells[column] for r in parts if column in r.cells]
        units = {figures[i].unit for i in [t, *mine]}
        if len(mine) >= 2 and len(units) == 1:
            relations.extend(Relation("sum_of", t, i, how, False) for i in mine)


#: How far after a table its column's total is looked for.
_TOTAL_REACH = 400


def _column_totals(text: str, figures: Sequence[Figure], table: _Table, relations: list[Relation]) -> None:
    """A column of counts of one noun, added up, against the first count of that noun after the table."""
    inside = {i for row in table.rows for i in row.cells.values()}
    if not inside or any(_normal(row.label).startswith("total") for row in table.rows):
        return
    end = max(figures[i].end for i in inside)
    after = [j for j, f in enumerate(figures) if end < f.start <= end + _TOTAL_REACH and j not in inside]
    for k, column in enumerate(table.header):
        words = _normal(column).split()
        cells = [row.cells[k] for row in table.rows if k in row.cells]
        if not words or not words[-1].endswith("s") or len(cells) < 3 or len(cells) < len(table.rows) \
                or any(figures[i].kind is not kinds.COUNT or figures[i].unit is not None for i in cells):
            continue
        noun = words[-1]
        total = next((j for j in after if figures[j].kind is kinds.COUNT and figures[j].unit is None
                      and ((figures[j].noun or "").split()[-1:] == [noun]
                           or (figures[j].measures or "").split(".")[0] == noun)), None)
        if total is None or any(r.a in cells and r.kind == "sum_of" for r in relations):
            continue
        how = (f"the column {column!r} added up, against the first count of {noun} stated after the table "
               f"({text[figures[total].start : figures[total].end]!r}); the rows may leave some out, so read "
               "for review")
        relations.extend(Relation("sum_of", total, i, how, False) for i in cells)


#: Labels of a row that totals the table: "Total", "Grand total", "All causes".
_FOOT_TOTAL = re.compile(r"^(?:grand\s+)?totals?$|^all(?:\s+[a-z]+){0,2}$")
#: Labels of a row that sums others or breaks one down: the rows above are then not one level of parts.
_NESTED = re.compile(r"^(?:sub\s?)?totals?\b|\btotal$|^of\s+wh(?:ich|om)\b|^incl(?:uding|\.)?\b|^excl")
#: Labels of a row that holds the rest: the rows above then cover the whole.
_THE_REST = re.compile(r"^(?:all\s+)?others?\b|^(?:the\s+)?rest\b|^(?:not\s+stated|unknown|missing)\b")


def _foot_totals(figures: Sequence[Figure], table: _Table, relations: list[Relation]) -> None:
    """A last row named "Total", each of its cells the sum of the cells above it in its column.

    Certain by layout when a row above holds the rest ("Other or missing"), so
    the rows cover the whole; otherwise the rows may be a selection, and the
    sum is a guess: it passes, or asks for review.
    """
    *rows, foot = table.rows
    if len(rows) < 2 or not _FOOT_TOTAL.match(_normal(foot.label)) \
            or any(_NESTED.search(_normal(row.label)) for row in rows):
        return
    exhaustive = any(_THE_REST.match(_normal(row.label)) for row in rows)
    how = (f"the row {foot.label!r} at the foot of the table: the sum of the rows above it"
           + ("" if exhaustive else ", which may be a selection, so read for review"))
    for column, t in foot.cells.items():
        total = figures[t]
        cells = [row.cells.get(column) for row in rows]
        mine = [i for i in cells if i is not None]
        if len(mine) != len(rows) or any(r.a == t and r.kind == "sum_of" for r in relations) \
                or any((figures[i].unit, figures[i].kind) != (total.unit, total.kind) for i in mine) \
                or total.kind not in _ADDED_KINDS \
                or _NOT_ADDED.search(table.header[column] if column < len(table.header) else ""):
            continue
        relations.extend(Relation("sum_of", t, i, how, exhaustive) for i in mine)


#: What a total row adds up: counts and amounts, not rates, shares or changes in percent.
_ADDED_KINDS = frozenset({kinds.COUNT, kinds.AMOUNT})
#: A column header naming what does not add up down the column ("Change %(YoY)", "Share", "Avg price"):
#: its total row is the whole's own rate, not the sum of the rows'.
_NOT_ADDED = re.compile(
    r"%|per\s*cent|\b(?:change|growth|share|rate|ratio|average|avg|mean|median|yoy|y-o-y|price|index)\b",
    re.IGNORECASE,
)
