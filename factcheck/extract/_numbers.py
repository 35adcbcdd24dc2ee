"""Digits as a locale writes them: "1,234.5", "1.234,5", "1 234,5", "1'234.5" → "1234.5".

A run of digits and marks is read with the document's marks when its
language is known. When it is not, the marks are inferred from the figures
in the document that can be read only one way ("2.5" or "1,234,567" say the
point is the decimal mark; "20,7" or "1.234,5" say the comma is), and a
figure that could be read either way ("1,234", "1.500") with no such evidence,
or against mixed evidence, is read the English way and flagged as a guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from factcheck.extract.languages import Marks

__all__ = ["ENGLISH_MARKS", "Reading", "infer_marks", "read_digits"]

ENGLISH_MARKS: Final = Marks(".", frozenset({",", " ", "\u00a0", "\u2009", "\u202f"}))
COMMA_MARKS: Final = Marks(",", frozenset({".", " ", "\u00a0", "\u2009", "\u202f", "'", "’"}))
_SPACES: Final = frozenset(" \u00a0\u2009\u202f")
#: Longer digit runs are not figures a reader states (and int() refuses them past 4,300 digits).
MAX_DIGITS: Final = 40


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure's digits in the form ``parse_number`` reads ("1234.5"), and whether the marks were guessed."""

    digits: str
    guessed: bool = False


# Each branch starts with a digit (the look-behind comes after it), so the regex engine skips
# to the next digit instead of trying a look-behind at every character of the text.
_POINT_EVIDENCE: Final = re.compile(
    r"\d(?<![\d.,]\d)\d{0,2}(?:,\d{3})+\.\d|\d(?<![\d.,]\d)\d*\.\d{1,2}(?!\d|[.,]\d)|\d,\d{3},\d{3}"
)
_COMMA_EVIDENCE: Final = re.compile(
    r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})+,\d|\d(?<![\d.,]\d)\d*,\d{1,2}(?!\d|[.,]\d)|\d\.\d{3}\.\d{3}"
)


#: What every branch of both patterns above holds: a point or a comma, then a digit.
_MARK_THEN_DIGIT: Final = re.compile(r"[.,]\d")
#: What every branch of ``_COMMA_EVIDENCE`` holds: a comma and one or two digits with no third ("20,7"),
#: or a point and three digits, then another mark ("1.234,5", "1.234.567"). A text in English holds
#: neither ("1,234" has three digits after its comma) and is searched from one mark to the next, instead
#: of trying the evidence at every digit of the text.
_COMMA_EVIDENCE_MAY_FOLLOW: Final = re.compile(r",\d\d?(?!\d)|\.\d{3}[.,]")


def infer_marks(text: str) -> Marks | None:
    """The marks a text of unknown language uses, or ``None`` when no figure (or mixed ones) decide it."""
    if _MARK_THEN_DIGIT.search(text) is None:
        return None  # a quick scan (to each point or comma) where most short texts stop: neither can match
    point = _POINT_EVIDENCE.search(text) is not None
    comma = _COMMA_EVIDENCE_MAY_FOLLOW.search(text) is not None and _COMMA_EVIDENCE.search(text) is not None
    if point and not comma:
        return ENGLISH_MARKS
    if comma and not point:
        return COMMA_MARKS
    return None


#: Indian grouping: lakhs and crores by two digits ("12,34,567").
_INDIAN: Final = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


def _groups_ok(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


@functools.lru_cache(maxsize=8192)
def read_digits(token: str, marks: Marks | None) -> Reading | None:
    """The value of a digit run, or ``None`` when the marks make no number of it.

    Read once per token and marks (a text repeats its figures; the reading is frozen).

    ``marks`` is the document's convention, known or inferred; ``None`` (not
    known, nothing to infer from) reads the English way and flags every
    figure that could be read the other way as guessed.
    """
    if token.isdigit():
        return Reading(token) if len(token) <= MAX_DIGITS else None
    if len(token) > MAX_DIGITS * 2 or sum(c.isdigit() for c in token) > MAX_DIGITS:
        return None
    known = marks is not None
    m = marks or ENGLISH_MARKS
    seps = [c for c in token if not c.isdigit()]
    if not seps:
        return Reading(token)
    if all(c in _SPACES or c in "'’" for c in seps):
        parts = re.split(r"[ \u00a0\u2009\u202f'’]", token)
        return Reading("".join(parts)) if _groups_ok(parts) else None
    body, dec = token, ""
    last = max(token.rfind("."), token.rfind(","))
    last_mark = token[last]
    others = {c for c in token[:last] if not c.isdigit()}
    tail = token[last + 1 :]
    if others and last_mark not in others:
        # two kinds of mark: the last one is the decimal mark ("1,234.5", "1.234,5")
        body, dec = token[:last], tail
        parts = re.split(r"[^\d]", body)
        if not (_groups_ok(parts) or _INDIAN.fullmatch(body)):
            return None
        return Reading("".join(parts) + "." + dec)
    if others:
        # one mark used more than once: it groups ("1,234,567", "1.234.567")
        parts = re.split(r"[^\d]", token)
        if not (_groups_ok(parts) or (last_mark == "," and _INDIAN.fullmatch(token))):
            return None
        if last_mark == m.decimal and known:
            return None
        return Reading("".join(parts))
    # a single mark: "1,5", "1,234", "1.5", "1.234"
    head = token[:last]
    if len(tail) != 3 or len(head) > 3 or head == "0":
        # only a decimal mark can be followed by other than three digits
        if last_mark == m.decimal or not known:
            return Reading(f"{head}.{tail}", guessed=not known and last_mark == ",")
        return None
    if last_mark == m.decimal:
        return Reading(f"{head}.{tail}", guessed=not known)
    return Reading(head + tail, guessed=not known)
