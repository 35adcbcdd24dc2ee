"""Fuzz every reader for minutes: claims files (YAML, JSON), rule packs, numbers, the extractor,
message templates and CEL expressions (the targets of ``tests/hostile/fuzz.py``).

Each target runs in rounds of Hypothesis examples until its share of the time
is spent. A round that finds an exception other than the documented one
reports the shrunk example and the error; the run goes on with the next
target. Printed per target: examples run, failures, the slowest example.

    python bench/fuzz.py [--minutes 5] [--only templates,expressions]
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.hostile.fuzz import TARGETS  # noqa: E402

ROUND = 200


def fuzz(name: str, seconds: float) -> dict[str, Any]:
    target = TARGETS[name]
    examples = 0
    slowest = (0.0, None)
    failures: list[str] = []
    end = time.monotonic() + seconds

    def timed(value: Any) -> None:
        nonlocal examples, slowest
        examples += 1
        start = time.perf_counter()
        target.check(value)
        took = time.perf_counter() - start
        if took > slowest[0]:
            slowest = (took, value)

    while time.monotonic() < end:
        run = settings(max_examples=ROUND, deadline=None, database=None, derandomize=False,
                       suppress_health_check=list(HealthCheck))(given(target.strategy)(timed))
        try:
            run()
        except Exception as exc:  # a finding: report it and go on
            failures.append("".join(traceback.format_exception_only(exc)).strip()[:2000])
            if len(failures) >= 3:
                break
    return {"examples": examples, "failures": failures, "slowest": slowest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--only", default="", help="comma-separated target names")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(TARGETS)
    share = args.minutes * 60 / len(names)
    print(f"{'target':<12} {'examples':>9} {'failures':>9} {'slowest s':>10}  slowest example")
    total_failures = 0
    for name in names:
        result = fuzz(name, share)
        took, value = result["slowest"]
        total_failures += len(result["failures"])
        print(f"{name:<12} {result['examples']:>9} {len(result['failures']):>9} {took:>10.3f}  "
              f"{str(repr(value))[:60]}", flush=True)
        for failure in result["failures"]:
            print(f"    FAILURE: {failure}", flush=True)
    print(f"total failures: {total_failures}")


if __name__ == "__main__":
    main()
