"""Financial statements laid out as text: line items, their columns, and the totals over them.

A rendered statement is a list of lines "Label ..... 8,522 ..... 6,896" under a
heading, with a header naming the columns ("Current  Prior") and rules between
blocks. Read as prose, its figures are bare numbers; read as a statement, each
is a line item of one period, and the layout states how they relate:

- the same line item in two statements ("Net Income" on the income statement
  and again atop the cash-flow statement), same column period, is one figure
  stated twice — certain;
- a "Total …" line closes the lines above it (a subtotal in place of its own
  lines: "Total Current Assets" within "Total Assets"). Statements often leave
  lines out, so the stated parts need not add up to the total; but assets and
  liabilities are never negative, so the stated parts of such a total never
  exceed it — certain when every stated part is written without a minus sign,
  none is a flow (revenues and income above "Total Assets" make a table of
  highlights, not a balance sheet), and the column holds amounts, not changes.

Not read as certain: that the parts add up to the total (lines are left out),
nor identities between differently named lines ("total liabilities and equity"
and "total assets", "ending cash" and the balance sheet's cash) — statements
gathered from several filings, with restricted cash or minority interests
between the lines, need not state them equal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck._models import ClaimKind
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation

__all__ = ["LINE_ITEM", "statements"]

#: The cue of a figure read as a line item of a statement.
LINE_ITEM = "line item"

_LINE = re.compile(r"^([^\n]*)$", re.MULTILINE)
_ROW = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z&'’,.()/ -]*?[A-Za-z)])[ \t]{2,}(?P<cells>\S.*?)[ \t]*$")
_NUMBER = re.compile(r"[-−(]?\d[\d,.]*\d|[-−(]?\d")
_RULE = re.compile(r"^[ \t]*[-=_–—]{5,}[ \t]*$")
_UNDERLINE = re.compile(r"^[ \t]*={3,}[ \t]*$")
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")
_PERIOD = re.compile(r"^[ \t]*(?:Period|Fiscal year|Year)[ \t]*:[ \t]*(?P<period>\S[^\n]*?)[ \t]*$",
                     re.IGNORECASE | re.MULTILINE)
_SCALE = re.compile(
    r"\bin\s+(?P<scale>thousands|millions|billions)\s+of\s+"
    r"(?P<currency>[A-Z]{3}|US dollars|dollars|euros|pounds)\b",
    re.IGNORECASE,
)
_CURRENCIES = {"us dollars": "USD", "dollars": "USD", "euros": "EUR", "pounds": "GBP"}
_CURRENT = {"current", "current year", "this year"}
_PRIOR = {"prior", "prior year", "previous", "previous year", "last year"}
_YEARISH = re.compile(r"^(?P<prefix>FY ?)?(?P<year>(?:19|20)\d\d)$", re.IGNORECASE)

#: Totals of quantities that are never negative: the stated parts of one stay within it.
_NEVER_NEGATIVE = frozenset({"assets", "liabilities"})
#: Words of lines that are flows over a period, not holdings at its end: no part of total assets.
_FLOWS = frozenset({"revenue", "revenues", "income", "sales", "profit", "profits", "loss", "earnings",
                    "expenses", "expense", "turnover", "dividend", "dividends", "share"})
#: A column header that says its cells are changes: "change(%)", "% chg".
_CHANGE_COLUMN = re.compile(r"%|\bchange\b|\bchg\b", re.IGNORECASE)
#: Fewest line items for a block of lines to be read as a statement.
_MIN_ROWS = 3


@dataclass(slots=True)
class _Row:
    label: str
    statement: int
    #: figure index by column period
    cells: dict[str | None, int]


def _normal(label: str) -> str:
    label = label.lower().replace("&", " and ").replace("’", "'")
    label = re.sub(r"[^a-z ]+", " ", label.replace("'s", "s").replace("s'", "s"))
    return " ".join(label.split())


def _key(label: str) -> str:
    return _normal(label).replace(" ", "_")


def _previous(period: str | None) -> str | None:
    if period is None:
        return None
    found = _YEARISH.match(period.strip())
    if found is None:
        return None
    return f"{found.group('prefix') or ''}{int(found.group('year')) - 1}"


def _column_period(name: str, own: str | None) -> str:
    lowered = " ".join(name.lower().split())
    if lowered in _CURRENT:
        return own or "current"
    if lowered in _PRIOR:
        return _previous(own) or "prior"
    return name


def statements(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Read statement lines as line items and add the relations their layout states (see the module)."""
    del layout  # lines, not sentences, carry a statement's structure
    if "  " not in text and "\t" not in text:
        return  # a line item stands two spaces or a tab from its label: prose has no statement
    rows = _rows(text, figures)
    if len(rows) < _MIN_ROWS:
        return
    scale = _SCALE.search(text[: figures[next(iter(rows[0].cells.values()))].start])
    unit = None
    if scale is not None:
        currency = scale.group("currency")
        currency = _CURRENCIES.get(currency.lower(), currency.upper())
        unit = f"{currency} {scale.group('scale').lower()[:-1]}"
    seen: dict[tuple[str, str | None], tuple[_Row, int]] = {}
    for row in rows:
        for period, i in row.cells.items():
            f = figures[i]
            number = _NUMBER.match(text, f.start)
            if number is not None and f.end > number.end():
                f.end = number.end()  # a figure read on into the next line's label
            f.cue = LINE_ITEM
            f.noun = _normal(row.label)
            f.modifiers = ()
            f.measures = _key(row.label)
            f.period = period
            f.bases["period"] = (f"the column of the statement: {period!r}", True) if period else \
                ("the statement names no period", False)
            if unit is not None:
                f.kind, f.unit = ClaimKind.AMOUNT, unit
                f.bases["kind"] = (f"a line item of a statement {scale.group(0) if scale else ''}", True)
            earlier = seen.get((f.measures, period))
            if earlier is not None and earlier[0].statement != row.statement:
                f.bases["mentions"] = (f"the line item {row.label!r} stated again in another statement, "
                                       "same period", True)
            elif earlier is not None:
                f.bases["mentions"] = (f"the label {row.label!r} twice in one statement", False)
            seen.setdefault((f.measures, period), (row, i))
    _totals(rows, figures, relations)


def _rows(text: str, figures: Sequence[Figure]) -> list[_Row]:
    """Every line of a statement that is a label and its figures, in order."""
    by_start = {f.start: i for i, f in enumerate(figures)}
    starts = sorted(by_start)
    own = _PERIOD.search(text)
    own_period = own.group("period") if own else None
    rows: list[_Row] = []
    statement = 0
    header: list[tuple[int, str]] = []  # (end column, period) of each column
    lines = [(m.start(), m.group(1)) for m in _LINE.finditer(text)]
    for n, (at, line) in enumerate(lines):
        if n + 1 < len(lines) and _UNDERLINE.match(lines[n + 1][1]) and line.strip():
            statement, header = statement + 1, []  # a heading underlined with "="
            continue
        if not line.strip() or _RULE.match(line):
            continue
        row = _ROW.match(line)
        cells = _cells(row, at, starts, by_start, figures) if row else None
        if row is None or cells is None:
            named = _header(line)
            if named:
                header = [(end, _column_period(name, own_period)) for end, name in named]
            continue
        placed: dict[str | None, int] = {}
        for i in cells:
            number = _NUMBER.match(text, figures[i].start)
            column = (number.end() if number else figures[i].end) - at
            period = own_period
            if header:
                period = min(header, key=lambda h: abs(h[0] - column))[1]
            if period in placed:
                placed = {}
                break
            placed[period] = i
        if placed:
            rows.append(_Row(row.group("label"), statement, placed))
    return rows


def _cells(row: re.Match[str], at: int, starts: list[int], by_start: dict[int, int],
           figures: Sequence[Figure]) -> list[int] | None:
    """The figures of a row's cells, if the cells hold figures and nothing else."""
    begin, end = at + row.start("cells"), at + row.end("cells")
    found = [by_start[s] for s in starts if begin <= s < end]
    if not found or len(found) > 4:
        return None
    covered = begin
    for i in found:
        gap = row.string[covered - at : figures[i].start - at]
        number = _NUMBER.match(row.string, figures[i].start - at)
        if gap.strip(" \t$€£()") or number is None:
            return None
        covered = at + number.end()
    return None if row.string[covered - at : end - at].strip(" \t)") else found


def _header(line: str) -> list[tuple[int, str]]:
    """Column names right above the figures ("Current   Prior", "2024   2023"), by where each ends."""
    if len(line) - len(line.lstrip()) < 10:
        return []
    cells = [(m.end(), m.group(0)) for m in _HEADER_CELL.finditer(line)]
    if len(cells) < 2:
        return []
    if any(len(name.split()) > 3 for _, name in cells):
        return []
    return cells


def _totals(rows: list[_Row], figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Each "Total …" line with the lines it closes: the stated parts of a never-negative total."""
    open_rows: list[_Row] = []
    statement = -1
    for row in rows:
        if row.statement != statement:
            statement, open_rows = row.statement, []
        words = _normal(row.label).split()
        if not words or words[0] != "total":
            open_rows.append(row)
            continue
        parts: list[_Row] = []
        for earlier in reversed(open_rows):
            earlier_words = _normal(earlier.label).split()
            if earlier_words and earlier_words[0] == "total" and earlier_words[-1] not in words:
                break  # another total: a block of its own ("Total Assets" above the liabilities)
            parts.append(earlier)
        parts.reverse()
        open_rows = [r for r in open_rows if r not in parts] + [row]
        _named_sum(row, parts, relations)
        if words[-1] not in _NEVER_NEGATIVE or not parts \
                or any(not _FLOWS.isdisjoint(_normal(r.label).split()) for r in parts):
            continue  # "Operating Revenues … Net Income … Total Assets": highlights, not the assets' lines
        for period, total in row.cells.items():
            if period is not None and _CHANGE_COLUMN.search(period):
                continue  # "change(%)": the column's cells are changes, no amounts to add
            mine = [r.cells[period] for r in parts if period in r.cells]
            if not mine or any(figures[i].sign or figures[i].value.lstrip().startswith(("-", "−"))
                               for i in mine):
                continue
            how = (f"stated by the layout: the lines above {row.label!r} are its parts, and "
                   f"{words[-1]} are never negative")
            subtotal = any(_normal(r.label).startswith("total ") for r in parts if period in r.cells)
            disjoint, why = True, how
            if subtotal and words[-1] == "liabilities":
                disjoint, why = False, (f"{how}; but a long-term obligation is often stated with its "
                                        "current portion, which the current subtotal holds too")
            for k, i in enumerate(mine):
                relations.append(Relation("part_of", i, total, how, True))
                if k:
                    relations.append(Relation("listed_with", i, mine[0], why, disjoint))


def _named_sum(row: _Row, parts: list[_Row], relations: list[Relation]) -> None:
    """ "Total Liabilities & Equity" over "Total Liabilities" and "Total Equity": the sum its name states.

    Read as a guess: minority interests or temporary equity may stand between
    the two, so the last of them is taken as the total minus the first, for
    review rather than failure.
    """
    name = _normal(row.label)
    if not name.startswith("total ") or " and " not in name:
        return
    first, _, second = name.removeprefix("total ").partition(" and ")
    named = {_normal(r.label): r for r in parts}
    one, two = named.get(f"total {first}"), named.get(f"total {second}")
    if one is None or two is None:
        return
    how = (f"the name {row.label!r} states it is {one.label!r} and {two.label!r}; but other lines "
           "(minority interests, temporary equity) may stand between them")
    for period, total in row.cells.items():
        if period in one.cells and period in two.cells:
            rest = two.cells[period]
            relations.append(Relation("difference_minuend", rest, total, how, False))
            relations.append(Relation("difference_subtrahend", rest, one.cells[period], how, False))
