"""English number words: "fifty-three million", "one and a half", "two hundred point five", "3 dozen".

text2num reads plain cardinals in eight languages (and does so for French,
Spanish and German here), but not what English news writes around them:
fractions joined by "and" ("three and a fifth"), "half a million", "a
dozen", decimals read out ("nine point nought four"), lakh and crore. This
small grammar reads those; it stops where the words stop making one number
("five and seven" is two numbers), and says how much of the text it used.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from factcheck.extract import _lexicon as lx

__all__ = ["WordsReading", "read_words"]

_ZERO: Final = {"zero": 0, "nought": 0, "naught": 0, "nil": 0}
_BIG: Final = {**{k: v for k, v in lx.SCALE_WORDS.items() if k != "hundred"}, **lx.EXTRA_SCALES}
_COUNTED_AFTER_A: Final = frozenset({"hundred", "dozen", *_BIG})
_ARTICLES_OR_BIG: Final = frozenset({"a", "an", *_BIG})
_DIGIT_WORDS: Final = frozenset({*lx.UNITS_WORDS, *_ZERO})
_TOKEN: Final = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
_GAP: Final = re.compile(r"[\s-]*")


@dataclass(frozen=True, slots=True)
class WordsReading:
    """The value read, the last scale word (kept as written: "53 million"), and the characters used."""

    value: Fraction
    scale: str | None
    length: int
    has_fraction: bool = False


def _small(w: str) -> int | None:
    if w in lx.UNITS_WORDS:
        return lx.UNITS_WORDS[w]
    if w in lx.TENS_WORDS:
        return lx.TENS_WORDS[w]
    return _ZERO.get(w)


def _fraction_part(tokens: list[tuple[str, int, int]], i: int) -> tuple[Fraction, int] | None:
    """ "a half", "three fifths", "fifty-four hundredths" at token ``i``: the fraction, the next index."""
    if i >= len(tokens):
        return None
    w = tokens[i][0]
    if w in ("a", "an", "one"):
        num, j = 1, i + 1
    else:
        n = _small(w)
        if n is None:
            return None
        num, j = n, i + 1
        if w in lx.TENS_WORDS and j < len(tokens) and tokens[j][0] in lx.UNITS_WORDS:
            num += lx.UNITS_WORDS[tokens[j][0]]
            j += 1
    if j < len(tokens) and tokens[j][0] in lx.FRACTION_DENOMINATORS:
        return Fraction(num, lx.FRACTION_DENOMINATORS[tokens[j][0]]), j + 1
    return None


@functools.lru_cache(maxsize=4096)
def read_words(text: str) -> WordsReading | None:
    """The number the words at the start of ``text`` make, or ``None``.

    Read once per wording: a text says "two", "three million" again and again (the reading is frozen).
    """
    tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    total = Fraction(0)
    current = Fraction(0)
    scale: str | None = None
    seen = False
    used = 0
    last = ""  # kind of the last token read: unit, ten, hundred, scale, frac
    has_fraction = False
    hundreds = False  # whether the group read since the last scale word has its "hundred"
    i = 0
    while i < len(tokens):
        w, s, e = tokens[i]
        if i and not _GAP.fullmatch(text, tokens[i - 1][2], s):
            break  # "five, six": a list, not one number
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if w[0].isdigit():
            # "4 thousand 3 hundred", "3 hundred and 21", "322 hundred": digits among number words
            if seen and last not in ("scale", "hundred"):
                break
            if seen and last == "hundred" and "." in w:
                break
            current += Fraction(w)
            seen, last, used = True, "unit", e
            i += 1
            continue
        if w == "and":
            # "one hundred and two", "a million and one", "three and a half"; not "five and seven"
            frac_part = _fraction_part(tokens, i + 1)
            if frac_part is not None and seen:
                frac, j = frac_part
                if last == "scale" and not current and scale is not None:
                    total += frac * _BIG[scale]  # "3 million and a half" is 3.5 million
                else:
                    current += frac
                has_fraction, last, used = True, "frac", tokens[j - 1][2]
                i = j
                continue
            if last in ("hundred", "scale"):
                i += 1
                continue
            break
        if w in ("a", "an") and nxt in ("half", "quarter") and not seen:
            i += 1
            continue
        if w in ("a", "an", "one") and nxt in lx.FRACTION_DENOMINATORS and seen:
            den = lx.FRACTION_DENOMINATORS[nxt]
            current += Fraction(1, den)
            has_fraction, seen, last, used = True, True, "frac", tokens[i + 1][2]
            i += 2
            continue
        if w in ("a", "an"):
            if nxt in _COUNTED_AFTER_A and not seen:
                current, seen, last, used = Fraction(1), True, "unit", e
                i += 1
                continue
            break
        if w in lx.FRACTION_DENOMINATORS and seen and last in ("unit", "ten"):
            # "twenty-three fifths", "and three fifths": the number read so far over the denominator
            den = lx.FRACTION_DENOMINATORS[w]
            whole_part = current
            numerator = whole_part % 100 if whole_part >= 100 else whole_part
            current = whole_part - numerator + Fraction(numerator) / den
            if total and not current:
                pass
            has_fraction, last, used = True, "frac", e
            i += 1
            continue
        if w in ("half", "quarter") and not seen and nxt in _ARTICLES_OR_BIG:
            j = i + 1 + (nxt in ("a", "an"))
            big = tokens[j][0] if j < len(tokens) else ""
            if big in _BIG or big == "dozen":
                factor = 12 if big == "dozen" else _BIG[big]
                frac = Fraction(1, 2 if w == "half" else 4)
                total, seen, last, used = frac * factor, True, "scale", tokens[j][2]
                scale = None if big == "dozen" else big
                i = j + 1
                continue
            break
        value = _small(w)
        if value is not None:
            if last in ("unit", "frac") or (last == "ten" and not (w in lx.UNITS_WORDS and value < 10)):
                break  # "five six": two numbers
            if last == "ten" and value >= 10:
                break
            current += value
            seen, used = True, e
            last = "ten" if w in lx.TENS_WORDS else "unit"
            i += 1
            continue
        if w in ("dozen", "dozens") and seen:
            current = (current or Fraction(1)) * 12
            last, used = "hundred", e
            i += 1
            continue
        if w == "hundred" and hundreds:
            break  # "3 hundred and 2 hundred": two numbers; "322 hundred" is one
        if w == "hundred" and (seen or not used):
            current = (current or Fraction(1)) * 100
            seen, last, used, hundreds = True, "hundred", e, True
            i += 1
            continue
        if w in _BIG and (seen or not used):
            if last == "scale" and not current:
                total = (total or Fraction(1)) * _BIG[w]  # "three lakh crore"
            else:
                total += (current or 1) * _BIG[w]
            current = Fraction(0)
            scale = w
            seen, last, used, hundreds = True, "scale", e, False
            i += 1
            continue
        if w == "point" and seen and last in ("unit", "ten", "hundred", "scale"):
            digits = ""
            j = i + 1
            while j < len(tokens):
                dv = _small(tokens[j][0])
                if dv is None:
                    break
                if dv < 10 and tokens[j][0] in _DIGIT_WORDS:
                    digits += str(dv)
                    j += 1
                    continue
                unit_after = tokens[j + 1][0] if j + 1 < len(tokens) else ""
                if (
                    tokens[j][0] in lx.TENS_WORDS
                    and unit_after in lx.UNITS_WORDS
                    and lx.UNITS_WORDS[unit_after] < 10
                ):
                    digits += str(dv + lx.UNITS_WORDS[unit_after])
                    j += 2
                else:
                    digits += str(dv)
                    j += 1
                break
            if not digits:
                break
            current += Fraction(int(digits), 10 ** len(digits))
            has_fraction, last, used = True, "frac", tokens[j - 1][2]
            i = j
            continue
        break
    if not seen:
        return None
    return WordsReading(total + current, scale if not current else None, used, has_fraction)
