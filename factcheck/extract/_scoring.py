"""Scoring an extractor against a hand-made gold annotation (used by bench/ and tests/).

A predicted figure matches a gold figure when their spans overlap and their
values are equal; each gold figure matches at most one prediction. Relations
are scored on the gold ids their figures matched, so a relation counts only
if both its figures were found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from factcheck._models import ClaimKind, ClaimsFile
from factcheck._stated import parse_number

__all__ = [
    "Gold",
    "GoldFigure",
    "Predicted",
    "Score",
    "claims_figures",
    "claims_relations",
    "load_gold",
    "match",
    "score_relations",
]

Value = Fraction | str


@dataclass(frozen=True, slots=True)
class GoldFigure:
    id: str
    start: int
    end: int
    value: Value
    kind: str
    qualifier: str


@dataclass(frozen=True, slots=True)
class Gold:
    figures: list[GoldFigure]
    relations: set[tuple[str, str, str]]


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    value: Value
    kind: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    def __str__(self) -> str:
        return (
            f"P {self.precision:.3f}  R {self.recall:.3f}  "
            f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})"
        )


def _value(v: Any) -> Value:
    if isinstance(v, str) and v.startswith("-"):
        return v
    return Fraction(str(v))


def load_gold(path: Path) -> Gold:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    figures = [
        GoldFigure(f["id"], f["start"], f["end"], _value(f["value"]), f["kind"], f["qualifier"])
        for f in data["figures"]
    ]
    relations = {(r["kind"], r["a"], r["b"]) for r in data.get("relations", [])}
    return Gold(figures, relations)


def _claim_value(text: str, kind: ClaimKind) -> Value:
    return text if kind is ClaimKind.DATE else parse_number(text).value


def claims_figures(cf: ClaimsFile) -> list[Predicted]:
    """Every mention of every claim as a predicted figure (its own value if it states one)."""
    return sorted(
        (
            Predicted(
                m.start,
                m.end,
                _claim_value(m.value or c.value, c.kind),
                c.kind.value,
                (m.qualifier or c.qualifier).value,
            )
            for c in cf.claims
            for m in c.mentions
        ),
        key=lambda p: (p.start, p.end),
    )


def claims_relations(cf: ClaimsFile) -> set[tuple[str, tuple[int, int], tuple[int, int]]]:
    """Relations as spans: later mentions → first mention (``same``), and the stated links."""
    by_id = cf.by_id()
    out: set[tuple[str, tuple[int, int], tuple[int, int]]] = set()

    def first(cid: str) -> tuple[int, int]:
        m = by_id[cid].mentions[0]
        return m.start, m.end

    for c in cf.claims:
        if not c.mentions:
            continue
        head = (c.mentions[0].start, c.mentions[0].end)
        for m in c.mentions[1:]:
            out.add(("same", (m.start, m.end), head))
        for kind, ref in (
            ("part_of", c.part_of),
            ("change_of", c.change_of),
            ("baseline", c.baseline),
            ("share_of", c.share_of.whole if c.share_of else None),
        ):
            if ref is not None and by_id[ref].mentions:
                out.add((kind, head, first(ref)))
    return out


def _overlap(a: Predicted | GoldFigure, b: Predicted | GoldFigure) -> bool:
    return a.start < b.end and b.start < a.end


def _same_value(a: Value, b: Value) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    return a == b


def match(
    predicted: Sequence[Predicted], gold: Sequence[GoldFigure]
) -> tuple[Score, dict[tuple[int, int], str]]:
    """Figure score, and which gold id each matched prediction's span stands for."""
    used: set[str] = set()
    spans: dict[tuple[int, int], str] = {}
    for p in predicted:
        hit = next(
            (g for g in gold if g.id not in used and _overlap(p, g) and _same_value(p.value, g.value)),
            None,
        )
        if hit is not None:
            used.add(hit.id)
            spans[(p.start, p.end)] = hit.id
    tp = len(used)
    return Score(tp, len(predicted) - tp, len(gold) - tp), spans


def score_relations(
    predicted: Iterable[tuple[str, tuple[int, int], tuple[int, int]]],
    gold: set[tuple[str, str, str]],
    spans: dict[tuple[int, int], str],
) -> Score:
    found = {(kind, spans.get(a, f"?{a}"), spans.get(b, f"?{b}")) for kind, a, b in predicted}
    tp = len(found & gold)
    return Score(tp, len(found) - tp, len(gold) - tp)
