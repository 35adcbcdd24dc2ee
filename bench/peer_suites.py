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

In real_dev, years and dates labelled ``neutral`` (labels, not claims) and
predicted years/dates the labels do not list are reported apart from the
precision: the labels list the years a fact-checker would check, not every
period an article names. Durations and ages the labels do not list are shown
apart by kind for the same reason (``_NAMING_KINDS``).

    python bench/peer_suites.py [--only factcheck|quantulum3]   # needs the `bench` extra

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
sys.path.insert(0, str(REPO))

from factcheck import extract_claims  # noqa: E402
from factcheck._stated import parse_number  # noqa: E402

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
#: Kinds the suites do not count as numbers (Recognizers has separate ordinal and date models;
#: quantulum3 reads no dates): shown apart.
_APART = {"ordinal", "score", "date", "year"}


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
        if f.kind in _APART:
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
        "  ordinals, scores, dates and years found, not counted (the suites list them in other models, "
        f"and their converter drops years): {apart}"
    )
    print()
    print("Speed on all suite cases (one core, CPU time, each reader warmed up first):")
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


#: Kinds that mostly name which figure is meant rather than state one: "over the first nine
#: months of the year" names a period (as a year does), "residents aged 18-24" names a group.
#: The labels list those a fact-checker would check (a threshold such as "out of work for 52
#: weeks or more", a measured "average shift of 7.5 hours") and leave out the rest, as they
#: leave out years and dates; so a predicted figure of these kinds that the labels do not list
#: is shown apart, not counted as a false positive. Labelled ones still count for recall.
_NAMING_KINDS = {"duration", "age"}


def run_real_dev(readers: dict[str, Reader], verbose: bool) -> None:
    labels = yaml.safe_load((REAL_DEV / "labels.yaml").read_text("utf-8"))["files"]
    print(
        f"real_dev: {len(labels)} passages, "
        f"{sum(len(v['figures']) for v in labels.values())} labelled figures"
    )
    for tool, read in readers.items():
        tp = fp = fn = 0
        apart = 0
        naming: Counter[str] = Counter()
        by_kind: dict[str, Counter[str]] = defaultdict(Counter)
        t0 = time.perf_counter()
        lines: list[str] = []
        for name, entry in labels.items():
            text = (REAL_DEV / name).read_text("utf-8")
            found = read(text)
            unused = list(found)
            for want in entry["figures"]:
                span = (want["start"], want["end"])

                def agrees(f: Found, want: dict[str, Any] = want, span: tuple[int, int] = span) -> bool:
                    if not _overlap((f.start, f.end), span):
                        return False
                    if want["kind"] == "date":
                        return f.claim_kind in ("date", "year") or _close(f.value, _label_value(want))
                    return _close(f.value, _label_value(want))

                hit = next((f for f in unused if agrees(f)), None)
                if hit is not None:
                    unused.remove(hit)
                    tp += 1
                    by_kind[want["kind"]]["tp"] += 1
                elif want.get("neutral"):
                    apart += 1
                else:
                    fn += 1
                    by_kind[want["kind"]]["fn"] += 1
                    got = [
                        (text[f.start : f.end], str(f.value), f.claim_kind)
                        for f in found
                        if _overlap((f.start, f.end), span)
                    ]
                    lines.append(
                        f"MISS {name[:2]} {want['text']!r}={want['value']} ({want['kind']}) got {got}"
                    )
            neutral_spans = [(w["start"], w["end"]) for w in entry["figures"] if w.get("neutral")]
            for f in unused:
                if f.claim_kind in ("year", "date", *_APART) or any(
                    _overlap((f.start, f.end), s) for s in neutral_spans
                ):
                    apart += 1
                    continue
                if (f.claim_kind or f.kind) in _NAMING_KINDS:
                    naming[f.claim_kind or f.kind] += 1
                    ctx = text[max(0, f.start - 25) : f.end + 25].replace("\n", " ")
                    lines.append(f"NAME {name[:2]} {text[f.start : f.end]!r} ({f.claim_kind}) ...{ctx}...")
                    continue
                fp += 1
                by_kind[f.claim_kind or f.kind]["fp"] += 1
                ctx = text[max(0, f.start - 25) : f.end + 25].replace("\n", " ")
                lines.append(
                    f"FP   {name[:2]} {text[f.start : f.end]!r}={f.value} "
                    f"({f.claim_kind or f.kind}) ...{ctx}..."
                )
        dt = time.perf_counter() - t0
        r = tp / (tp + fn) if tp + fn else 1.0
        p = tp / (tp + fp) if tp + fp else 1.0
        print(
            f"  {tool:11s} R {r:.3f}  P {p:.3f}  (tp {tp}, fp {fp}, fn {fn}; "
            f"{apart} years/dates/ordinals/scores apart)  {dt:.2f} s"
        )
        kinds = ", ".join(
            f"{k} {c['tp']}/{c['tp'] + c['fn']} fp {c['fp']}" for k, c in sorted(by_kind.items())
        )
        print(f"  {'':11s} {kinds}")
        if naming:
            print(
                f"  {'':11s} apart, by kind: {dict(sorted(naming.items()))} "
                "(period lengths and age bounds the labels do not list; see _NAMING_KINDS)"
            )
        if verbose and tool == "factcheck":
            for line in lines:
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
    args = ap.parse_args(list(argv) if argv is not None else None)
    warnings.filterwarnings("ignore")
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
