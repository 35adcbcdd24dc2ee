"""text2num and Babel measured against the reader's hand-written code, on the peer suites' figures.

- Number words: every expected figure of the peer suites written in words is read
  by ``text_to_num.text2num`` (English) and by the hand-written grammar
  (``factcheck.extract._words.read_words``); each is right when it gives the
  expected value from the whole surface. Both are timed on the same phrases.
- Locale marks: Babel's CLDR symbols for the registered languages and their
  regional variants against a hand-kept table, and the cost of a lookup.

    python bench/number_libraries.py

Skips (exit 0, with the reason) when ``../shared/peer_suites`` is absent.
"""

from __future__ import annotations

import json
import sys
import time
from fractions import Fraction
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.extract._words import read_words  # noqa: E402
from factcheck.extract.languages import marks_for  # noqa: E402

SUITES = REPO.parent / "shared" / "peer_suites"
#: What a hand-kept table would say (decimal, group) — the table Babel replaces.
HAND_TABLE = {"en": (".", ","), "fr": (",", " "), "es": (",", "."), "de": (",", ".")}
REGIONAL = ["en", "en-IN", "en-ZA", "fr", "fr-CH", "fr-CA", "es", "es-MX", "de", "de-CH", "de-AT"]


def word_figures() -> list[tuple[str, float]]:
    out = []
    for path in sorted(SUITES.glob("*.jsonl")):
        if path.name == "dropped.jsonl":
            continue
        for line in path.read_text("utf-8").splitlines():
            case = json.loads(line)
            for f in case.get("expected", []):
                forms = f.get("forms", [])
                if "words" in forms and "digits+words" not in forms and f["kind"] in ("number", "fraction"):
                    out.append((f["surface"], f["value"]))
    return out


def _right(got: Fraction | int | None, want: float) -> bool:
    if got is None:
        return False
    w = Fraction(str(want))
    return abs(Fraction(got) - w) <= abs(w) * Fraction(1, 10_000) or Fraction(got) == w


def main() -> int:
    from text_to_num import text2num

    if not SUITES.is_dir():
        print(f"SKIP: {SUITES} is absent")
        return 0
    figures = word_figures()

    def by_text2num(s: str) -> int | None:
        try:
            return int(text2num(s.lower(), "en"))
        except ValueError:
            return None

    def by_hand(s: str) -> Fraction | None:
        r = read_words(s)
        return r.value if r is not None and r.length == len(s.rstrip(" .")) else None

    print(f"Number words: {len(figures)} numbers and fractions written in words in the peer suites")
    for name, read in (("text2num", by_text2num), ("hand-written", by_hand)):
        right = sum(_right(read(s), v) for s, v in figures)
        t0 = time.perf_counter()
        for _ in range(20):
            for s, _v in figures:
                read(s)
        dt = (time.perf_counter() - t0) / (20 * len(figures))
        print(
            f"  {name:13s} right {right}/{len(figures)} ({right / len(figures):.0%})"
            f"  {dt * 1e6:6.1f} µs a phrase"
        )
    print()
    print("Locale marks (decimal, group) from Babel/CLDR vs a hand-kept table:")
    for code in REGIONAL:
        m = marks_for(code)
        babel = (m.decimal, sorted(m.groups - {" ", "\u00a0", "\u2009", "\u202f"})) if m else None
        hand = HAND_TABLE.get(code)
        print(f"  {code:6s} babel {babel!r:28s} hand table {hand!r}")
    marks_for.cache_clear()
    t0 = time.perf_counter()
    for code in REGIONAL:
        marks_for(code)
    print(
        f"  first lookup of {len(REGIONAL)} locales: {(time.perf_counter() - t0) * 1e3:.1f} ms (then cached)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
