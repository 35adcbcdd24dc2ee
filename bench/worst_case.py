"""Worst case for `factcheck verify`: one section of thousands of figures, no paragraph breaks.

Issue 10 asks for bounded time under the size cap: an article of 30, 60 and
125 KB of short sentences, each with four figures of the same few kinds
(written for this benchmark, seeded), is extracted with
`factcheck.extract_claims` and verified with the generic rules
(`factcheck.evaluate`, the engine `factcheck verify` runs). Near-linear work
keeps the seconds per KB about the same as the text grows; the target is
<= 2 s for 125 KB, extraction and verification together, on an idle core.
The last lines time the whole command, `factcheck verify ARTICLE -f json`, on
16, 32 and 125 KB articles in a fresh process (start-up and the report
included), wall and CPU seconds, with the load average beside them.

    python bench/worst_case.py [--skip-command]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import LoadedClaims, evaluate, extract_claims, load_rules  # noqa: E402
from factcheck._bundled import bundled_rules  # noqa: E402


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


def _command(text: str) -> tuple[float, float]:
    """Wall and CPU seconds of `factcheck verify ARTICLE -f json` in a fresh process.

    CPU time is the child's own (user + system): on a shared machine it says
    what the command costs where wall time also counts the wait for a core.
    """
    with tempfile.TemporaryDirectory(prefix="factcheck-worst-") as tmp:
        article_path = Path(tmp) / "dense.txt"
        article_path.write_text(text, encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "verify", str(article_path), "-f", "json",
                        "-o", str(Path(tmp) / "out")], capture_output=True, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-command", action="store_true", help="do not time the whole command")
    args = parser.parse_args()
    rules = load_rules([bundled_rules() / "generic"])
    print(f"{'size':>7}  {'claims':>7}  {'results':>7}  {'extract s':>9}  {'verify s':>8}  {'total s':>7}  "
          f"{'s per KB':>8}  (CPU time of this process)")
    for kb in (30, 60, 125):
        text = article(kb * 1000)
        start = time.process_time()
        drafted = extract_claims(text)
        extracted = time.process_time()
        report = evaluate([LoadedClaims(drafted, Path("dense.txt"), text, None)], rules)
        verified = time.process_time()
        took = verified - start
        print(f"{kb:>5}KB  {len(drafted.claims):>7}  {len(report.results):>7}  {extracted - start:>9.2f}  "
              f"{verified - extracted:>8.2f}  {took:>7.2f}  {took / kb:>8.3f}")
    if not args.skip_command:
        print(f"load average {os.getloadavg()[0]:.2f}; whole command `factcheck verify ARTICLE -f json`:")
        for kb in (16, 32, 125):
            wall, cpu = _command(article(kb * 1000))
            print(f"{kb:>5}KB  {wall:>6.2f} s wall  {cpu:>6.2f} s CPU")
    print("target: <= 2 s for 125 KB on an idle core")


if __name__ == "__main__":
    main()
