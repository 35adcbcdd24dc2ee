"""Shares whose part and whole are figures named elsewhere: margins, and "its wage bill to 54% of turnover".

A margin is a profit over the revenue it was earned on: "an operating margin
of 8.2%" is the operating profit's share of revenue. A share whose clause
names its part by another noun ("holds its payroll to 61% of income") is the
payroll's share of income. Neither states which figures it is computed from;
they are taken as the figures the text names so (by a label such as
"Operating profit" above a figure, or "Turnover: £90m"), and only when each
name has one figure. Every link is a guess: it passes, or asks for review.
A margin's qualifiers must match the profit's ("underlying operating" is not
the reported operating profit); without a profit of exactly those words, no link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import may_hold, may_hold_short
from factcheck.extract._figures import Figure, _key
from factcheck.extract._links import Relation, any_in_percent

__all__ = ["named_shares"]

_AMOUNTS = frozenset({kinds.AMOUNT, kinds.COUNT})
#: Words that qualify a profit and so a margin ("underlying operating margin").
_QUALIFIERS = frozenset({"underlying", "operating", "gross", "net", "pre-tax", "adjusted", "trading",
                         "ebitda", "ebit", "statutory", "reported", "core", "profit"})
_MARGIN = re.compile(
    r"((?:\b[A-Za-z-]+\*?\s+){1,4})margins?\s+(?:of\s+|was\s+|were\s+|at\s+|stood\s+at\s+|(?:rose|fell|grew)\s+to\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: What every match of :data:`_MARGIN` holds.
_MARGIN_WORDS = ("margin",)
_REVENUE = frozenset({"revenue", "revenues", "sales", "turnover", "net sales", "total revenue",
                      "group revenue", "total revenues", "group turnover", "total sales"})
#: A label closing a line before its figure: "Turnover, 3rd in the region: " or "Revenue: ".
_LINE_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z*' -]{1,40}?)\s*(?::|\s\d[^:\n]{0,40}:)\s*$")
#: A line naming only the unit of the figure below it ("£ million", "pence").
_UNIT_LINE = re.compile(r"^\s*(?:[£$€]\s*(?:m|bn|million|billion)?|(?:[£$€]\s*)?(?:millions?|billions?|pence|"
                        r"cents|thousands?|%))\s*$", re.IGNORECASE)
_HEADING = re.compile(r"^\s*([A-Za-z][A-Za-z*' -]{1,40})\s*$")
#: The subject naming a share's part: "keeps its payroll at 61% of ...".
_PART_SUBJECT = re.compile(
    r"\b(?:its|their|the\s+club's|the\s+company's)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:to|at|was|is|were|are|"
    r"stood\s+at|came\s+to|amounted\s+to|made\s+up|accounted\s+for|represented)\s+(?:a|an|just|about|some|"
    r"around|nearly|almost)?\s*(?:[a-z]+\s+)?$",
)
#: What every match of :data:`_PART_SUBJECT` holds.
_PART_SUBJECT_WORDS = ("its", "their", "club's", "company's")
#: How far before a margin or a share the words naming it are read.
_REACH = 80


def _words(name: str) -> str:
    return " ".join(name.replace("*", " ").lower().split())


def _name(text: str, f: Figure) -> str | None:
    """The label a figure stands under: "Turnover: £90m", or a heading above a figure alone on its line."""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    found = _LINE_LABEL.match(text[line_start : f.start])
    if found:
        return _words(found.group(1))
    if text[line_start : f.start].strip() or text[f.end : line_end].strip():
        return None
    end = line_start - 1
    for _ in range(3):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _UNIT_LINE.match(line):
            end = start - 1
            continue
        heading = _HEADING.match(line)
        return _words(heading.group(1)) if heading else None
    return None


def _only(
    figures: Sequence[Figure], names: dict[int, str], wanted: set[str], period: str | None
) -> int | None:
    """The one figure named by one of ``wanted`` (all such figures state one value), else none."""
    found = [j for j, n in names.items()
             if n in wanted and (period is None or figures[j].period in (period, None))]
    if not found or len({figures[j].value for j in found}) != 1:
        return None
    return found[0]


def _profit_names(qualifiers: list[str]) -> set[str]:
    rest = [q for q in qualifiers if q != "profit"]
    if rest and rest[-1] in ("ebitda", "ebit"):
        return {" ".join(rest)}
    names = {" ".join([*rest, "profit"])}
    if rest[-1:] == ["pre-tax"]:
        names.add(" ".join([*rest[:-1], "profit before tax"]))
    return names


def _may_be_named(f: Figure, margins: bool) -> bool:
    """Might ``f``, a percentage, be a margin (only if the text names one: ``margins``), or a share whose
    part is named before it (a share of a named whole)?"""
    if f.kind is kinds.SHARE:
        return margins or bool(f.of_noun)  # a share of no named whole names no part
    return margins and f.kind is kinds.PERCENTAGE and f.of_noun is None


def _naming(text: str, f: Figure, margins: bool) -> tuple[list[str], str] | None:
    """What the words before ``f`` name it by: a margin's qualifiers ("underlying operating"), or else the
    part a share of a named whole is of ("its payroll"); none when they name neither (read before any
    label, which costs more). A text that names no margin (not ``margins``) is not searched for one."""
    before = text[max(0, f.start - _REACH) : f.start]
    margin = _MARGIN.search(before) if margins and may_hold_short(before, _MARGIN_WORDS) else None
    if margin and f.of_noun is None:
        qualifiers: list[str] = []
        for word in reversed(_words(margin.group(1)).split()):
            if word not in _QUALIFIERS:
                break
            qualifiers.insert(0, word)
        return (qualifiers, "") if qualifiers else None
    if f.kind is kinds.SHARE and f.of_noun:
        subject = _PART_SUBJECT.search(before) if may_hold_short(before, _PART_SUBJECT_WORDS) else None
        return ([], subject.group(1)) if subject is not None else None
    return None


def named_shares(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link margins and shares with a named part to the figures their names point to, as guesses."""
    if not any_in_percent(figures):
        return  # no percentage: no margin and no share
    margins = may_hold(text, _MARGIN_WORDS)
    linked = {r.a for r in relations if r.kind in ("share_of", "share_of_unstated")}
    wordings = [(i, wording) for i, f in enumerate(figures)
                if f.unit == "percent" and _may_be_named(f, margins) and i not in linked
                and (wording := _naming(text, f, margins)) is not None]
    if not wordings:
        return  # the words before none of them name a margin or a part: the labels are not read
    names: dict[int, str] = {}
    for j, w in enumerate(figures):
        if w.kind in _AMOUNTS and w.cue not in ("baseline", "change") and (name := _name(text, w)):
            names[j] = name
    if not names:
        return
    for i, (qualifiers, part_name) in wordings:
        f = figures[i]
        if qualifiers:
            part = _only(figures, names, _profit_names(qualifiers), f.period)
            whole = _only(figures, names, set(_REVENUE), f.period)
            what = f"{' '.join(qualifiers)} margin"
            of = "revenue"
        else:
            part = _only(figures, names, {part_name}, f.period)
            whole = _only(figures, names, {_words(f.of_noun or "")}, f.period)
            what, of = f"its {part_name}", f.of_noun or ""
        if part is None or whole is None or part == whole:
            continue
        how = (f"{what!r} read as the share of the figure named {names[part]!r} in the figure named "
               f"{names[whole]!r} ({of}), by their labels, not by wording")
        relations.append(Relation("share_of", i, whole, how, False))
        relations.append(Relation("share_part", i, part, how, False))
        if f.measures is None:
            f.measures = f"{_key(names[part])}.share"
