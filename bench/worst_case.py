"""Worst case for claim assembly: one section of thousands of figures, no paragraph breaks.

Issue 10 asks for bounded time under the size cap: an article of 30, 60 and
125 KB of short sentences, each with four figures of the same few kinds
(written for this benchmark, seeded), is extracted with
`factcheck.extract_claims`. Near-linear assembly keeps the seconds per KB
about the same as the text grows; the target is <= 2 s for 125 KB on an
idle core.

    python bench/worst_case.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import extract_claims  # noqa: E402


def article(size: int, seed: int = 10) -> str:
    rng = random.Random(seed)
    nouns = ["schools", "tonnes", "cases", "victims", "people"]
    out: list[str] = []
    length = 0
    while length < size:
        s = (f"{rng.randint(1000, 90000):,} {rng.choice(nouns)} in {rng.randint(1930, 2024)}, "
             f"up {rng.randint(1, 99)}% from {rng.randint(100, 9999)}.")
        out.append(s)
        length += len(s) + 1
    return " ".join(out)[:size]


def main() -> None:
    print(f"{'size':>7}  {'claims':>7}  {'seconds':>8}  {'s per KB':>8}  (CPU time of this process)")
    for kb in (30, 60, 125):
        text = article(kb * 1000)
        start = time.process_time()
        drafted = extract_claims(text)
        took = time.process_time() - start
        print(f"{kb:>5}KB  {len(drafted.claims):>7}  {took:>8.2f}  {took / kb:>8.3f}")
    print("target: <= 2 s for 125 KB on an idle core")


if __name__ == "__main__":
    main()
