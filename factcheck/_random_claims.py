"""Random claims a rule's selectors choose: the building blocks of the Hypothesis strategies.

Each draw is one ``random.Random`` driven by Hypothesis (see
:mod:`factcheck._rule_strategies`): a rule's examples are found by trying many
candidates, which must be cheap. Relations build their instances from these
(:mod:`factcheck._relations`), beside the code that finds them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from factcheck._models import EXACT_KINDS, Claim, ClaimKind, Direction, Mention, Qualifier
from factcheck._rules import Selector

__all__ = ["Pick", "first_number", "number_text", "random_claim"]

T = TypeVar("T")

_WHOLE_KINDS = frozenset({*EXACT_KINDS, ClaimKind.DURATION})
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SCALES = [Fraction(1)] * 5 + [Fraction(1, 2), Fraction(2), Fraction(1, 10), Fraction(10), Fraction(100)]
_QUALIFIERS = [Qualifier.EXACT] * 4 + list(Qualifier)


class Pick:
    """Choices from a ``random.Random`` seeded by one Hypothesis draw.

    A rule's examples are found by trying many candidates (up to ``TRIES``
    per example), each a few dozen choices. Made through Hypothesis, every
    choice is recorded for shrinking, and that bookkeeping was most of the
    time: on a busy machine the first examples took more than the second
    Hypothesis allows (``HealthCheck.too_slow``), in our suite and in users'.
    So Hypothesis draws a seed, and the choices are plain ``random`` calls:
    examples stay reproducible; shrinking makes the seed small, not the
    claim set.
    """

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def one(self, seq: Sequence[T]) -> T:
        return seq[self.rnd.randrange(len(seq))]

    def integer(self, lo: int, hi: int) -> int:
        return self.rnd.randint(lo, hi)

    def word(self, n: int = 6) -> str:
        return self.one(_LETTERS) + "".join(self.one(_LETTERS + "0123456789")
                                            for _ in range(self.integer(0, n)))

    def measure(self) -> str:
        return ".".join(self.word(5) for _ in range(self.integer(1, 3)))




def number_text(pick: Pick, kind: ClaimKind, near: Sequence[Fraction]) -> str:
    """A stated figure of ``kind``: near an anchor (often), or anywhere plausible."""
    if kind is ClaimKind.DATE:
        year = pick.one(["", "2024", "2025"])
        return f"{year or '-'}-{pick.integer(1, 12):02d}-{pick.integer(1, 28):02d}"
    anchors = [a for a in near if abs(a) < 10**9] or [Fraction(100)]
    anchor = pick.one(anchors) * (Fraction(1) if kind is ClaimKind.YEAR else pick.one(_SCALES))
    spread = max(int(abs(anchor) / 4), 3)
    offset = pick.one([Fraction(0), Fraction(0), Fraction(1), Fraction(-1),
                       Fraction(pick.integer(-20 * spread, 20 * spread), 20)])
    value = anchor + offset
    mode = pick.integer(0, 9)
    if mode == 0:
        value = Fraction(pick.integer(-50, 2500))
    elif mode <= 2 and kind is not ClaimKind.YEAR:  # any order of magnitude, for ratios of figures
        value = Fraction(10) ** pick.integer(0, 5) * pick.integer(1, 9)
    if kind in _WHOLE_KINDS or pick.integer(0, 1):
        return str(round(value))
    return f"{Decimal(value.numerator) / Decimal(value.denominator):.1f}"


def _matching(pick: Pick, patterns: str | list[str] | None, fallback: Callable[[], str]) -> str:
    """A value that matches a selector's pattern(s); ``*`` is filled in."""
    if patterns is None:
        return fallback()
    pattern = pick.one(patterns if isinstance(patterns, list) else [patterns])
    return re.sub(r"[*?]", lambda _: pick.one(["a", "b", "minor", "x1"]), pattern)


def random_claim(
    pick: Pick,
    selector: Selector | None = None,
    *,
    id: str | None = None,
    kind: ClaimKind | None = None,
    near: Sequence[Fraction] = (),
    **fields: Any,
) -> Claim:
    s = selector or Selector()
    kinds = s.kind if isinstance(s.kind, list) else [s.kind] if s.kind else list(ClaimKind)
    k = kind or pick.one(kinds)
    value = number_text(pick, k, near)
    qualifier = pick.one(_QUALIFIERS)
    data: dict[str, Any] = {
        "id": id or _matching(pick, s.id, pick.word),
        "kind": k,
        "measures": _matching(pick, s.measures, pick.measure),
        "value": value,
        "qualifier": qualifier,
    }
    for key in ("period", "place", "unit"):
        if getattr(s, key) is not None:
            data[key] = _matching(pick, getattr(s, key), str)
    if k is ClaimKind.CHANGE or s.direction is not None:
        data["direction"] = s.direction or pick.one(list(Direction))
        data.setdefault("unit", pick.one(["percent", "percent", None]))
    mentions = max(s.min_mentions or 0, pick.integer(0, 2))
    stated = [(value, qualifier)] + [
        (number_text(pick, k, [Fraction(first_number(value))]) if k is not ClaimKind.DATE else value,
         pick.one(list(Qualifier)))
        for _ in range(max(mentions - 1, 0))
    ]
    data["mentions"] = [
        Mention(start=100 * i, end=100 * i + len(v) + 1, quote=f"{v}.", value=v, qualifier=q)
        for i, (v, q) in enumerate(stated[:mentions])
    ]
    data.update(fields)
    return Claim.model_validate(data)


def first_number(text: str) -> str:
    return text if re.fullmatch(r"-?\d+(\.\d+)?", text) else "100"
