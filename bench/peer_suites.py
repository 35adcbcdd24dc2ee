"""Figure reading measured on data the project did not write: other projects' suites and real text.

Scores ``factcheck extract`` and quantulum3 side by side on every suite in
``../shared/peer_suites/`` (Microsoft Recognizers-Text and quantulum3 test
cases, normalized; see that folder's README for the case format) and on the
labelled passages of ``../shared/real_dev/``. A predicted figure is found when
its span overlaps an expected figure's span and the values agree (the value or
one of its ``alt_values``; to one part in 10,000, so "66.67" reads "two-thirds"
labelled 66.667). Recall counts every expected figure; precision counts a
prediction against the case only where the case lists every figure
(``exhaustive``) or every figure of the prediction's kind (``exhaustive_kinds``),
and never inside an ``ignore`` span. The suites' own out-of-scope decisions
(``dropped.jsonl`` and the ``ignore`` spans) are printed with their reasons.

In real_dev the labels' README policy is applied to every reader alike, from
the text rather than from a reader's kind: figures labelled ``neutral`` (years,
dates, issue and section numbers) are not scored, and an unlabelled year, date
or ordinal is no false positive. Where the labels are uneven (a kind of figure
labelled in one place and not in a like place) or wrong, the figures are
listed as disputed (``DISPUTED``, ``names_a_period_or_age``) with their counts
and scored both ways: with the labels as given, and with the disputed set
apart. The kind of each found figure is compared with the label's kind.

    python bench/peer_suites.py [--only factcheck|quantulum3] [--installed]   # needs the `bench` extra

Skips (exit 0, with the reason) when ``../shared`` is absent, as in a user's clone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
# --installed measures the factcheck installed (the compiled build, say), not this checkout's sources
if "--installed" not in sys.argv:
    sys.path.insert(0, str(REPO))

import factcheck  # noqa: E402
from factcheck import extract_claims  # noqa: E402
from factcheck._build import extraction_build  # noqa: E402
from factcheck._stated import parse_number  # noqa: E402


def which_factcheck() -> str:
    """The build measured, so that every figure printed is labelled: compiled or not, and from where."""
    return f"factcheck {factcheck.__version__} ({extraction_build()}) from {Path(factcheck.__file__).parent}"


SHARED = REPO.parent / "shared"
SUITES = SHARED / "peer_suites"
REAL_DEV = SHARED / "real_dev"

#: factcheck claim kinds as the suites name them (amounts split by their unit below).
_CURRENCIES = {
    "USD",
    "EUR",
    "GBP",
    "GBX",
    "JPY",
    "CNY",
    "INR",
    "AUD",
    "CAD",
    "SGD",
    "CHF",
    "KHR",
    "THB",
    "IDR",
    "VND",
    "BTC",
    "ZAR",
    "NZD",
    "HKD",
    "RUB",
    "KRW",
    "BRL",
    "MXN",
    "SEK",
    "NOK",
    "DKK",
}
_TEMPERATURES = {"°C", "°F", "K"}


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: Fraction | None
    kind: str  # in the suites' vocabulary: number, percent, currency, dimension, ...
    claim_kind: str = ""


def suite_kind_of_claim(kind: str, unit: str | None) -> str:
    if kind in ("percentage", "share", "change") and unit in ("percent", "percentage points"):
        return "percent"
    if kind == "amount":
        if unit in _CURRENCIES or (unit and unit.isupper() and len(unit) == 3):
            return "currency"
        return "temperature" if unit in _TEMPERATURES else "dimension"
    if kind in ("change",) and unit in _CURRENCIES:
        return "currency"
    return {
        "duration": "duration",
        "age": "age",
        "rate": "rate",
        "ordinal": "ordinal",
        "score": "score",
        "date": "date",
        "year": "year",
    }.get(kind, "number")


#: A sign written at the start of a figure: factcheck states a fall as its size and a direction.
_WRITTEN_SIGN = re.compile(r"[-−]|minus\b|negative\b", re.IGNORECASE)


def factcheck_figures(text: str) -> list[Found]:
    claims = extract_claims(text)
    out = []
    for c in claims.claims:
        for m in c.mentions:
            stated = m.value or c.value
            value: Fraction | None
            if c.kind.value == "date":
                value = None
            else:
                try:
                    value = parse_number(stated).value
                except ValueError:
                    value = None
            falls = c.direction is not None and c.direction.value == "decrease"
            if value is not None and value > 0 and falls and _WRITTEN_SIGN.match(text, m.start):
                value = -value  # "minus five percent", "-2.1%": a fall, whose value as written is negative
            out.append(Found(m.start, m.end, value, suite_kind_of_claim(c.kind.value, c.unit), c.kind.value))
    return out


def quantulum_figures(text: str) -> list[Found]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        entity = q.unit.entity.name if q.unit.entity is not None else ""
        name = q.unit.name
        if name == "percentage" or entity == "percentage":
            kind = "percent"
        elif entity == "currency":
            kind = "currency"
        elif entity == "temperature":
            kind = "temperature"
        elif entity == "time":
            kind = "duration"
        elif name == "dimensionless":
            kind = "number"
        else:
            kind = "dimension"
        try:
            value: Fraction | None = Fraction(str(q.value))
        except (ValueError, ZeroDivisionError):
            value = None
        out.append(Found(q.span[0], q.span[1], value, kind))
    return out


def _close(a: Fraction | None, b: float) -> bool:
    if a is None:
        return False
    fb = Fraction(str(b))
    return abs(a - fb) <= abs(fb) * Fraction(1, 10_000) or a == fb


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_kind_tp: Counter[str] = field(default_factory=Counter)
    by_kind_fn: Counter[str] = field(default_factory=Counter)
    by_kind_fp: Counter[str] = field(default_factory=Counter)
    apart: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_case(case: dict[str, Any], found: list[Found], tally: Tally) -> None:
    text = case["text"]
    unused = list(found)
    ignore = [(i["start"], i["end"]) for i in case.get("ignore", [])]
    for want in case["expected"]:
        span = (want["start"], want["end"])
        values = [want["value"], *want.get("alt_values", [])]
        hit = next(
            (
                f
                for f in unused
                if _overlap((f.start, f.end), span) and any(_close(f.value, v) for v in values)
            ),
            None,
        )
        if hit is None:
            tally.fn += 1
            tally.by_kind_fn[want["kind"]] += 1
            got = [(text[f.start : f.end], str(f.value)) for f in found if _overlap((f.start, f.end), span)]
            tally.misses.append(
                f"{case['id']}: {want['surface']!r}={want['value']} got {got} | {text[:120]!r}"
            )
        else:
            unused.remove(hit)
            tally.tp += 1
            tally.by_kind_tp[want["kind"]] += 1
    gated = case.get("exhaustive_kinds") or []
    for f in unused:
        if any(_overlap((f.start, f.end), s) for s in ignore):
            continue
        if names_a_year_date_or_ordinal(text, f.start, f.end):
            tally.apart += 1
            continue
        if case.get("exhaustive") or f.kind in gated:
            tally.fp += 1
            tally.by_kind_fp[f.kind] += 1
            tally.false_alarms.append(
                f"{case['id']}: {text[f.start : f.end]!r}={f.value} ({f.kind}) | {text[:120]!r}"
            )


#: Cases kept by the suites' converter that are out of scope for news figures too, by why:
#: each is printed with its reason and counted neither for nor against either reader.
OUT_OF_SCOPE: dict[str, tuple[str, ...]] = {
    "a bare scale word with no number ('million', 'hundred thousand dollars'): news writes "
    "'a million' or 'one hundred thousand', and a bare 'millions of' is no figure": (
        "quantulum3-spellout-003",
        "quantulum3-spellout-004",
        "recognizers-number-020",
    ),
    "'half' with nothing it is half of (no 'of', 'the' or noun phrase): no figure to check": (
        "quantulum3-spellout-007",
        "recognizers-number-161",
    ),
    "a sentence about how numbers are written ('... are two valid numbers'), not a figure": (
        "recognizers-number-149",
        "recognizers-number-151",
    ),
    "number-word puzzle mixing a fraction or dozens into a compound ('two hundred thirty two and a "
    "thirtieth', 'three hundred and two dozens'), like the converter's compound-denominator puzzles": (
        "recognizers-number-025",
        "recognizers-number-223",
    ),
    "a unit letter decided by the topic ('573.15K' kelvin, '32K' kilowords, '1500b' bytes): in news "
    "'K' and 'b' after a figure mean thousand and billion": (
        "quantulum3-amb-009",
        "quantulum3-amb-013",
        "quantulum3-amb-017",
    ),
}
_OUT_OF_SCOPE_IDS = {case: why for why, cases in OUT_OF_SCOPE.items() for case in cases}


def load_suites() -> dict[str, list[dict[str, Any]]]:
    suites: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(SUITES.glob("*.jsonl")):
        if path.name == "dropped.jsonl":
            continue
        cases = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        suites[path.stem] = [c for c in cases if c["id"] not in _OUT_OF_SCOPE_IDS]
    return suites


def print_out_of_scope(suites: dict[str, list[dict[str, Any]]]) -> None:
    print("Out of scope for news figures (decided by the suites' converter; neither required nor penalised):")
    dropped = SUITES / "dropped.jsonl"
    if dropped.exists():
        reasons: Counter[tuple[str, str]] = Counter()
        for line in dropped.read_text("utf-8").splitlines():
            d = json.loads(line)
            reasons[(d["suite"], d.get("reason", "?"))] += 1
        for (suite, reason), n in sorted(reasons.items()):
            print(f"  dropped  {suite:24s} {n:3d}  {reason}")
    spans: Counter[tuple[str, str]] = Counter()
    for name, cases in suites.items():
        for c in cases:
            for i in c.get("ignore", []):
                spans[(name, i["why"])] += 1
    for (suite, why), n in sorted(spans.items()):
        print(f"  ignored  {suite:24s} {n:3d}  {why}")
    print("Out of scope for news figures (decided here, by case; neither required nor penalised):")
    for why, cases in OUT_OF_SCOPE.items():
        print(f"  {len(cases):3d}  {why}")
        print(f"       {', '.join(cases)}")
    print()


Reader = Callable[[str], list[Found]]


def run_suites(readers: dict[str, Reader], suites: dict[str, list[dict[str, Any]]], verbose: bool) -> None:
    tallies: dict[tuple[str, str], Tally] = {}
    seconds: Counter[str] = Counter()
    for read in readers.values():
        # a reader's one-off start (quantulum3 loads its classifier, some 9 s) is not its speed
        read("warm up: 3 apples and 2.5%")
    cases_run: Counter[str] = Counter()
    for name, cases in suites.items():
        for tool, read in readers.items():
            tally = Tally()
            t0 = time.process_time()
            results = [read(c["text"]) for c in cases]
            seconds[tool] += time.process_time() - t0
            cases_run[tool] += len(cases)
            for c, found in zip(cases, results, strict=True):
                score_case(c, found, tally)
            tallies[(name, tool)] = tally
    tools = list(readers)
    head = f"{'suite':26s} {'figures':>7s}  " + "  ".join(f"{t + ' R / P':>20s}" for t in tools)
    print(head)
    print("-" * len(head))
    for name in suites:
        first = tallies[(name, tools[0])]
        row = f"{name:26s} {first.tp + first.fn:7d}  "
        row += "  ".join(
            f"{tallies[(name, t)].recall:9.2f} / {tallies[(name, t)].precision:.2f}   " for t in tools
        )
        print(row)
    print()
    print("Per kind (recall over expected figures of that kind; false positives by predicted kind):")
    for tool in tools:
        tp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        for (_, t), tally in tallies.items():
            if t == tool:
                tp.update(tally.by_kind_tp)
                fn.update(tally.by_kind_fn)
                fp.update(tally.by_kind_fp)
        kinds = sorted(set(tp) | set(fn) | set(fp))
        cells = []
        for k in kinds:
            r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
            p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
            cells.append(f"{k} R {r:.2f} P {p:.2f} (fp {fp[k]})")
        print(f"  {tool:11s} " + "; ".join(cells))
    apart = {t: sum(tl.apart for (_, tt), tl in tallies.items() if tt == t) for t in tools}
    print(
        "  ordinals, dates and years found (read from the text alike for both readers), not counted: the "
        f"suites list them in other models, and their converter drops years: {apart}"
    )
    print()
    print(f"Speed on all suite cases (one core, CPU time, readers warmed up first; {extraction_build()}):")
    for tool in tools:
        print(f"  {tool:11s} {cases_run[tool] / seconds[tool]:10.0f} cases/s")
    if len(tools) == 2 and seconds[tools[0]]:
        print(f"  {tools[0]} is {seconds[tools[1]] / seconds[tools[0]]:.1f}x faster than {tools[1]}")
    print()
    if verbose:
        for (_name, tool), tally in tallies.items():
            if tool != "factcheck":
                continue
            for line in tally.misses:
                print(f"  MISS {line}")
            for line in tally.false_alarms:
                print(f"  FP   {line}")


def _label_value(f: dict[str, Any]) -> float:
    return float(f["value"])


# --- real_dev: the labels' own policy, applied to every reader alike -----------------------------
#
# The README of real_dev says the labels list "every figure a fact-checker would check" and mark
# years, dates, issue and section numbers that are labels, not claims, as ``neutral``. So a neutral
# label is neither required nor credited, and a predicted figure that reads as a year, a date or an
# ordinal is not a false positive when no label lists it. Both are decided from the text, not from
# what a reader calls the figure, so quantulum3 (which has no year or date kind) is treated alike.

_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_YEAR_TEXT = re.compile(r"(?:1[89]|20)\d\d(?:\s?[-–/]\s?(?:(?:1[89]|20)\d\d|\d\d))?")
_MONTH_TEXT = re.compile(rf"\b(?:{_MONTH_NAMES})\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s$")
_MONTH_AFTER = re.compile(rf"\s(?:{_MONTH_NAMES})\b")
_ORDINAL_TEXT = re.compile(
    r"\d+(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)",
    re.IGNORECASE,
)


def names_a_year_date_or_ordinal(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` reads as a year, a date (or its day) or an ordinal."""
    span = text[start:end].strip(" .,;:()")
    if _YEAR_TEXT.fullmatch(span) or _ORDINAL_TEXT.fullmatch(span) or _MONTH_TEXT.search(span):
        return True
    day = re.fullmatch(r"\d{1,2}", span)
    return bool(
        day and (_MONTH_BEFORE.search(text, max(0, start - 11), start) or _MONTH_AFTER.match(text, end))
    )


# --- real_dev: figures the labels leave out unevenly (disputed; scored both ways) ---------------
#
# Where the labels list a kind of figure in one place and not in another, an unlabelled prediction
# of that kind is disputed: the benchmark prints them and scores both with them (labels as given)
# and without them. A labelled figure inside a disputed span is set apart too.

#: Period lengths and age bounds: the labels list "12 months" (a comparison period), "seven years",
#: "19-week", "3 months" and "68 years" (youngest, oldest case), "15 months" (an age limit) but not
#: "the first 11 months", "ten years ago", "the previous 12 months", "aged 5-19", "aged 45 to 64".
#: Found from the text around the figure, for every reader alike.
_TIME_UNIT_IN = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)
_TIME_UNIT_AFTER = re.compile(r"[\s-]*(?:years?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\b(?:aged|ages|age\s+of)\s+[\d\s,–\-toandver]*$", re.IGNORECASE)
_AGE_GROUP_AFTER = re.compile(r"\s*(?:[-–]|to)?\s*\d*\s+age\s+(?:group|band)", re.IGNORECASE)
NAMING_PERIOD_OR_AGE = (
    "period lengths and age bounds: labelled in some passages ('12 months' compared, 'seven years' of "
    "records, '15 months' as an age limit) and not in others ('the first 11 months', 'aged 5-19')"
)


def names_a_period_or_age(text: str, start: int, end: int) -> bool:
    return bool(
        _TIME_UNIT_IN.search(text, start, end)
        or _TIME_UNIT_AFTER.match(text, end)
        or _AGED_BEFORE.search(text, max(0, start - 40), start)
        or _AGE_GROUP_AFTER.match(text, end)
    )


#: Figures the labels list in one place and leave out in another like place, by passage: each is
#: the first character of the figure and its text (checked against the passage when loaded).
DISPUTED: dict[str, dict[str, tuple[tuple[int, str], ...]]] = {
    "table cells labelled in some rows and not in others of the same column: seat counts of 1 and 0 "
    "and seat shares of 0% (05), seat counts after the first one or two parties of each country (06), "
    "the second table's repeated rows (24)": {
        "05": (
            (586, "1"),
            (616, "1"),
            (642, "0"),
            (646, "0%"),
            (664, "0"),
            (668, "0%"),
            (687, "0"),
            (691, "0%"),
            (711, "0"),
            (715, "0%"),
        ),
        "06": (
            (670, "16"),
            (679, "4"),
            (685, "3"),
            (694, "2"),
            (919, "70"),
            (927, "47"),
            (935, "21"),
            (942, "17"),
            (950, "9"),
            (962, "7"),
            (969, "6"),
            (976, "5"),
            (982, "4"),
            (990, "4"),
            (999, "32"),
            (1016, "19"),
            (1198, "18"),
            (1311, "6"),
            (1466, "8"),
            (1473, "3"),
            (1481, "2"),
            (1546, "4"),
            (1553, "2"),
            (1560, "1"),
            (1683, "7"),
            (1690, "1"),
        ),
        "24": (
            (773, "£418.6m"),
            (811, "£474.9m"),
            (821, "£418.6m"),
            (831, "+13%"),
            (972, "9.4p"),
            (996, "£37.2m"),
            (1005, "£32.2m"),
            (1014, "+15%"),
        ),
    },
    "the same kind of figure labelled once and not again: 'Of the 131 cases' but not 'The 131 cases' "
    "(17); '21 of them' but not '1 of them' (19); earnings per share of 92, 67, 80, 78, 45 and 15 cents "
    "but not the forecast '98 cents to $1', '$1' expected, '3 cents', '48 cents' (23)": {
        "17": ((1062, "131 cases"),),
        "19": ((1000, "1"),),
        "23": ((580, "98 cents"), (592, "$1"), (631, "$1"), (1120, "3 cents"), (1170, "48 cents")),
    },
    "numbers that say which group is meant: doses received ('people who had received 2 doses') are "
    "never labelled, while the like age limits ('5 years', '15 months') are": {
        "19": (
            (198, "2 doses"),
            (291, "1 dose"),
            (858, "at least 2 doses"),
            (1359, "1 dose"),
            (1388, "2 doses"),
        ),
    },
    "label defects: the volume and issue numbers of a newspaper labelled as counts (02; the README "
    "says issue numbers are neutral); 'neutral=true' written inside another field (07, 21, 28); the "
    "second '10.5' of 16 labelled at the first one's offset; 'five and seven per cent' labelled as "
    "one figure of 5 (10)": {
        "02": ((5, "37"), (14, "45")),
        "07": ((32, "11 cards"),),
        "21": ((1037, "27.0"),),
        "28": ((43, "2.1"),),
        "16": ((473, "10.5"), (749, "10.5")),
        "10": ((565, "five and seven per cent"),),
    },
}


def _disputed_spans(name: str, text: str) -> list[tuple[int, int, str]]:
    spans = []
    for why, by_file in DISPUTED.items():
        for start, phrase in by_file.get(name[:2], ()):
            if text[start : start + len(phrase)] != phrase:
                print(f"  (disputed entry {name[:2]} {phrase!r} at {start} no longer matches the passage)")
                continue
            spans.append((start, start + len(phrase), why))
    return spans


def _label_suite_kind(want: dict[str, Any]) -> str:
    unit = want.get("unit")
    if unit == "%":
        return "percent"
    if want["kind"] in ("amount", "change") and unit in (*_CURRENCIES, "GBX", "EUR thousand"):
        return "currency"
    return {"amount": "dimension", "rate": "rate", "age": "age", "duration": "duration"}.get(
        want["kind"], "number"
    )


@dataclass
class _RealDevScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    disputed_fp: int = 0
    disputed_tp: int = 0
    disputed_fn: int = 0
    apart: int = 0
    by_why: Counter[str] = field(default_factory=Counter)
    kind_same: int = 0
    suite_kind_same: int = 0
    by_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    kind_misses: Counter[tuple[str, str]] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    @staticmethod
    def _rp(tp: int, fp: int, fn: int) -> tuple[float, float]:
        return (tp / (tp + fn) if tp + fn else 1.0), (tp / (tp + fp) if tp + fp else 1.0)

    def strict(self) -> tuple[float, float]:
        return self._rp(self.tp + self.disputed_tp, self.fp + self.disputed_fp, self.fn + self.disputed_fn)

    def apart_disputed(self) -> tuple[float, float]:
        return self._rp(self.tp, self.fp, self.fn)


def _score_passage(
    name: str, text: str, figures: list[dict[str, Any]], found: list[Found], s: _RealDevScore
) -> None:
    disputed = _disputed_spans(name, text)

    def why_disputed(start: int, end: int) -> str | None:
        return next((w for a, b, w in disputed if a < end and start < b), None)

    def label_disputed(want: dict[str, Any]) -> str | None:
        return next((w for a, b, w in disputed if a == want["start"] and b - a == len(want["text"])), None)

    neutral = [(w["start"], w["end"]) for w in figures if w.get("neutral") and not label_disputed(w)]
    unused = list(found)
    for want in figures:
        span = (want["start"], want["end"])
        if span in neutral:
            continue
        hit = next(
            (f for f in unused if _overlap((f.start, f.end), span) and _close(f.value, _label_value(want))),
            None,
        )
        why = label_disputed(want)
        if hit is not None:
            unused.remove(hit)
            if why:
                s.disputed_tp += 1
                continue
            s.tp += 1
            s.by_kind[want["kind"]]["tp"] += 1
            s.suite_kind_same += hit.kind == _label_suite_kind(want)
            if hit.claim_kind:
                s.kind_same += hit.claim_kind == want["kind"]
                if hit.claim_kind != want["kind"]:
                    s.kind_misses[(want["kind"], hit.claim_kind)] += 1
                    s.lines.append(
                        f"KIND {name[:2]} {want['text']!r} {want['kind']} read as {hit.claim_kind}"
                    )
        elif why:
            s.disputed_fn += 1
            s.by_why[why] += 1
        else:
            s.fn += 1
            s.by_kind[want["kind"]]["fn"] += 1
            got = [
                (text[f.start : f.end], str(f.value), f.claim_kind)
                for f in found
                if _overlap((f.start, f.end), span)
            ]
            s.lines.append(f"MISS {name[:2]} {want['text']!r}={want['value']} ({want['kind']}) got {got}")
    for f in unused:
        ctx = text[max(0, f.start - 25) : f.end + 25].replace("\n", " ")
        if any(_overlap((f.start, f.end), n) for n in neutral) or names_a_year_date_or_ordinal(
            text, f.start, f.end
        ):
            s.apart += 1
            continue
        why = why_disputed(f.start, f.end) or (
            NAMING_PERIOD_OR_AGE if names_a_period_or_age(text, f.start, f.end) else None
        )
        if why:
            s.disputed_fp += 1
            s.by_why[why] += 1
            s.lines.append(f"DISP {name[:2]} {text[f.start : f.end]!r}={f.value} ...{ctx}...")
            continue
        s.fp += 1
        s.by_kind[f.claim_kind or f.kind]["fp"] += 1
        s.lines.append(
            f"FP   {name[:2]} {text[f.start : f.end]!r}={f.value} ({f.claim_kind or f.kind}) ...{ctx}..."
        )


def run_real_dev(readers: dict[str, Reader], verbose: bool) -> None:
    labels = yaml.safe_load((REAL_DEV / "labels.yaml").read_text("utf-8"))["files"]
    total = sum(len(v["figures"]) for v in labels.values())
    neutral = sum(1 for v in labels.values() for w in v["figures"] if w.get("neutral"))
    print(f"real_dev: {len(labels)} passages, {total} labelled figures")
    print(
        f"  README policy, for every reader: the {neutral} figures labelled neutral (years, dates, issue "
        "and section numbers: labels, not claims) are not scored, and a predicted year, date or ordinal "
        "no label lists is not a false positive (decided from the text, not from the reader's kind)."
    )
    scores: dict[str, _RealDevScore] = {}
    seconds: dict[str, float] = {}
    for tool, read in readers.items():
        s = _RealDevScore()
        t0 = time.perf_counter()
        for name, entry in labels.items():
            text = (REAL_DEV / name).read_text("utf-8")
            _score_passage(name, text, entry["figures"], read(text), s)
        seconds[tool] = time.perf_counter() - t0
        scores[tool] = s
    tools = list(scores)
    print(
        "  Disputed (labels uneven or wrong), per reader: figures it found there, and labels it missed there:"
    )
    for i, why in enumerate([*DISPUTED, NAMING_PERIOD_OR_AGE], 1):
        listed = sum(len(v) for v in DISPUTED.get(why, {}).values())
        counts = ", ".join(f"{t} {scores[t].by_why[why]}" for t in tools)
        print(f"   {i}. {why}{f' ({listed} spans)' if listed else ''}: {counts}")
    print()
    head = f"{'labels as given R / P':>22s} {'disputed set apart R / P':>26s}"
    print(f"  {'reader':11s} {head}   (tp fp fn apart)")
    for tool in tools:
        s = scores[tool]
        (r1, p1), (r2, p2) = s.strict(), s.apart_disputed()
        print(
            f"  {tool:11s} {r1:11.3f} / {p1:.3f} {r2:15.3f} / {p2:.3f}      "
            f"({s.tp} {s.fp} {s.fn}; {s.disputed_tp + s.disputed_fp + s.disputed_fn} disputed, "
            f"{s.apart} years/dates/ordinals)  {seconds[tool]:.2f} s"
        )
    print("  Kind of each found figure (disputed set apart), against the label's kind:")
    for tool in tools:
        s = scores[tool]
        coarse = f"number/percent/currency/dimension/rate/age/duration {s.suite_kind_same}/{s.tp}"
        fine = ""
        if s.kind_same:
            undecided = sum(n for (_, b), n in s.kind_misses.items() if b == "percentage")
            fine = (
                f"; every kind {s.kind_same}/{s.tp}, and {undecided} more left as 'percentage' (the "
                "reader's kind for a percentage whose wording does not say what it is of)"
            )
        print(f"  {tool:11s} {coarse}{fine}")
        if s.kind_misses:
            print(
                f"  {'':11s} kinds read otherwise (label -> read): "
                + ", ".join(f"{a}->{b} {n}" for (a, b), n in s.kind_misses.most_common())
            )
        kinds = ", ".join(
            f"{k} {c['tp']}/{c['tp'] + c['fn']} fp {c['fp']}" for k, c in sorted(s.by_kind.items())
        )
        print(f"  {'':11s} by kind: {kinds}")
    if verbose and "factcheck" in scores:
        for line in scores["factcheck"].lines:
            print(f"    {line}")
    print()


def run_real_dev_verdicts() -> None:
    """Failures the generic rule pack raises on each real_dev passage, by what the passage holds.

    A failure on a passage with no known inconsistency is a false alarm; the labels say which
    passages had one injected and which carry one as published.
    """
    from factcheck import evaluate, load_documents, load_rules
    from factcheck._bundled import bundled_rules

    labels = yaml.safe_load((REAL_DEV / "labels.yaml").read_text("utf-8"))["files"]
    rules = load_rules([bundled_rules() / "generic"])
    failed: Counter[str] = Counter()
    passages: Counter[str] = Counter()
    for name, entry in labels.items():
        if entry.get("injected"):
            what = "injected inconsistency"
        elif any(r.get("expected") == "fail" for r in entry.get("relations", [])):
            what = "inconsistent as published"
        else:
            what = "no known inconsistency"
        report = evaluate(load_documents([REAL_DEV / name]), rules)
        passages[what] += 1
        failed[what] += sum(1 for r in report.results if str(getattr(r.status, "value", r.status)) == "fail")
    print("real_dev verified with the generic rule pack (factcheck verify PASSAGE):")
    for what in ("no known inconsistency", "injected inconsistency", "inconsistent as published"):
        print(f"  {what:28s} {passages[what]:2d} passages, {failed[what]:3d} failed checks")
    print()


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=["factcheck", "quantulum3"])
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list factcheck's misses and false positives"
    )
    ap.add_argument("--installed", action="store_true", help="measure the installed factcheck")
    args = ap.parse_args(list(argv) if argv is not None else None)
    warnings.filterwarnings("ignore")
    print(f"measuring {which_factcheck()}")
    readers: dict[str, Reader] = {"factcheck": factcheck_figures, "quantulum3": quantulum_figures}
    if args.only:
        readers = {args.only: readers[args.only]}
    if "quantulum3" in readers:
        try:
            import quantulum3  # noqa: F401
        except ImportError:
            print("SKIP quantulum3: not installed (pip install -e '.[bench]')")
            del readers["quantulum3"]
    if not SUITES.is_dir():
        print(f"SKIP peer suites: {SUITES} is absent (it is in the team's shared data, not in a clone)")
    else:
        suites = load_suites()
        print_out_of_scope(suites)
        run_suites(readers, suites, args.verbose)
    if not (REAL_DEV / "labels.yaml").exists():
        print(f"SKIP real_dev: {REAL_DEV} is absent")
    else:
        run_real_dev(readers, args.verbose)
        run_real_dev_verdicts()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
