"""Does `factcheck verify` cry wolf on real text, and does it find what is wrong?

Three sets of text the project did not write, each read from ``../shared``:

- ``real_dev``: paraphrased real passages with labelled figures and relations,
  seven injected inconsistencies and a few published ones (``labels.yaml``);
- ``contradoc``: documents with one human-verified injected self-contradiction
  (numeric subset of ContraDoc) and clean documents;
- ``finverbench``: rendered financial statements, clean or with one injected error.

Per set it prints: clean documents flagged (a failure where nothing is wrong),
failures that are false alarms, injected errors found *and pointed at* (a failed
result's span overlaps the evidence), and for real_dev the share of labelled
relations the tool checks (a result that is not skipped whose spans cover every
figure of the relation). Each document is verified in-process with the generic
pack, as ``factcheck verify DOC.txt`` does.

    python bench/trust.py                 # the table
    python bench/trust.py --details       # also every false alarm and miss
    python bench/trust.py --relations     # also every labelled relation left unchecked
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import Status, evaluate, load_rules  # noqa: E402
from factcheck._bundled import bundled_rules  # noqa: E402
from factcheck._results import Result  # noqa: E402
from factcheck.extract import load_article  # noqa: E402

SHARED = REPO.parent / "shared"
RULES = load_rules([bundled_rules() / "generic"])


@dataclass
class Row:
    name: str
    clean_docs: int = 0
    clean_flagged: int = 0
    false_alarms: int = 0
    errors: int = 0
    errors_found: int = 0
    #: injected errors not found but pointed at by a "needs review" inconclusive result
    errors_for_review: int = 0
    relations: int = 0
    relations_checked: int = 0
    relations_passed_or_failed: int = 0
    skipped: str | None = None
    by_type: dict[str, list[int]] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _results(path: Path) -> list[Result]:
    return evaluate([load_article(path)], RULES).results


def _overlaps(result: Result, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s.start < end and start < s.end for s in result.spans for start, end in spans)


def _covers(result: Result, spans: list[tuple[int, int]]) -> bool:
    return all(any(s.start < end and start < s.end for s in result.spans) for start, end in spans)


def _failures(results: list[Result]) -> list[Result]:
    return [r for r in results if r.status is Status.FAIL]


def _describe(r: Result) -> str:
    quotes = " | ".join(dict.fromkeys(s.quote for s in r.spans))
    return f"{r.rule}: {quotes} :: {r.explanation[:160]}"


def real_dev() -> Row:
    row = Row("real_dev")
    folder = SHARED / "real_dev"
    if not (folder / "labels.yaml").is_file():
        row.skipped = f"{folder} is absent"
        return row
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["files"]
    for name, label in sorted(labels.items()):
        figures = label["figures"]

        def spans(indexes: list[int], figures: list[dict[str, Any]] = figures) -> list[tuple[int, int]]:
            return [(figures[i]["start"], figures[i]["end"]) for i in indexes]

        results = _results(folder / name)
        wrong = [spans(r["figures"]) for r in label.get("relations", []) if r.get("expected") == "fail"]
        if "injected" in label:
            wrong.append(spans(label["injected"]["figures"]))
        failures = _failures(results)
        false = [f for f in failures if not any(_overlaps(f, w) for w in wrong)]
        if not wrong:
            row.clean_docs += 1
            row.clean_flagged += bool(false)
        row.false_alarms += len(false)
        row.details += [f"  false alarm  {name}: {_describe(f)}" for f in false]
        if "injected" in label:
            row.errors += 1
            target = spans(label["injected"]["figures"])
            if any(_overlaps(f, target) for f in failures):
                row.errors_found += 1
            else:
                row.details.append(f"  missed       {name}: {label['injected']['type']}: "
                                   f"{label['injected']['why'][:120]}")
        for rel in label.get("relations", []):
            row.relations += 1
            target = spans([i for i in rel["figures"] if not figures[i].get("neutral")])
            checked = [r for r in results if r.status is not Status.SKIPPED and _covers(r, target)]
            row.relations_checked += bool(checked)
            tally = row.by_type.setdefault(rel["type"], [0, 0])
            tally[0] += bool(checked)
            tally[1] += 1
            if not checked and "--relations" in sys.argv:
                quotes = " / ".join(figures[i]["text"] for i in rel["figures"])
                row.details.append(f"  unchecked    {name}: {rel['type']}: {quotes}")
            row.relations_passed_or_failed += any(r.status in (Status.PASS, Status.FAIL) for r in checked)
    return row


def _cases(folder: Path) -> list[dict[str, Any]] | None:
    path = folder / "cases.jsonl"
    if not path.is_file():
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled_set(name: str, *, reach_only: bool) -> Row:
    row = Row(name)
    folder = SHARED / name
    cases = _cases(folder)
    if cases is None:
        row.skipped = f"{folder} is absent"
        return row
    for case in cases:
        results = _results(folder / case["file"])
        failures = _failures(results)
        if case["label"] == "clean":
            row.clean_docs += 1
            row.clean_flagged += bool(failures)
            row.false_alarms += len(failures)
            row.details += [f"  false alarm  {case['id']}: {_describe(f)}" for f in failures]
            continue
        evidence = [(e["start"], e["end"]) for e in case["evidence"]]
        pointed = [f for f in failures if _overlaps(f, evidence)]
        row.false_alarms += len(failures) - len(pointed)
        row.details += [f"  false alarm  {case['id']}: {_describe(f)}" for f in failures if f not in pointed]
        if reach_only and not case.get("in_reach"):
            continue
        row.errors += 1
        if pointed:
            row.errors_found += 1
        else:
            review = [r for r in results if r.status is Status.INCONCLUSIVE and _overlaps(r, evidence)
                      and r.explanation.startswith("needs review")]
            row.errors_for_review += bool(review)
            texts = " / ".join(e["text"] for e in case["evidence"])
            row.details.append(f"  missed       {case['id']}: {case['type']}: {texts}"
                               + ("  (pointed at for review)" if review else ""))
    return row


def _ratio(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f} %)" if d else "-"


def main(argv: list[str]) -> int:
    rows = []
    for make in (
        real_dev,
        lambda: labelled_set("contradoc", reach_only=True),
        lambda: labelled_set("finverbench", reach_only=False),
    ):
        t0 = time.perf_counter()
        row = make()
        row.seconds = time.perf_counter() - t0
        rows.append(row)
    header = ("set", "clean docs flagged", "false alarms", "errors found+pointed", "relations checked",
              "of which pass/fail", "seconds")
    lines = [header]
    for r in rows:
        if r.skipped:
            lines.append((r.name, f"skipped: {r.skipped}", "", "", "", "", ""))
            continue
        lines.append((
            r.name,
            _ratio(r.clean_flagged, r.clean_docs),
            str(r.false_alarms),
            _ratio(r.errors_found, r.errors),
            _ratio(r.relations_checked, r.relations) if r.relations else "-",
            _ratio(r.relations_passed_or_failed, r.relations) if r.relations else "-",
            f"{r.seconds:.1f}",
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for n, line in enumerate(lines):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print("\ntargets: 0 clean docs flagged in every set; every real_dev error found; >= 80 % of in-reach "
          "ContraDoc contradictions found; >= 80 % of real_dev relations checked")
    for r in rows:
        if r.errors_for_review:
            print(f"{r.name}: {r.errors_for_review} more errors pointed at by a 'needs review' "
                  "inconclusive result (not counted as found)")
    for r in rows:
        if r.by_type:
            print(f"{r.name} relations checked, by type: "
                  + ", ".join(f"{t} {n}/{d}" for t, (n, d) in sorted(r.by_type.items())))
    if "--details" in argv or "--relations" in argv:
        for r in rows:
            if r.details:
                print(f"\n{r.name}:")
                print("\n".join(r.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
