"""Worst case for `factcheck verify`: one section of thousands of figures, no paragraph breaks.

Issue 10 asks for every input under the size cap to be answered in <= 2 s. The
densest prose is short sentences with four figures each (written here,
seeded): 125 KB of it holds some 12,000 figures. Costlier per figure is one
sentence template said over and over of one counted noun with other values
("Of the 412 pupils, 37 (9%) passed and 3 in 5 failed."): every figure meets
every earlier group of its noun. Work grows with the figures, so an article
with more than ``--max-figures`` (default
``factcheck._limits.DEFAULT_MAX_FIGURES``) is refused before any is read.

Printed:

- per size, in this process with the bound lifted: figures, claims, results,
  and the CPU seconds of extraction (`factcheck.extract_claims`) and
  verification with the generic rules (`factcheck.evaluate`), per KB too;
- per size, the whole command `factcheck verify ARTICLE -f json` in a fresh
  process (start-up and the report included) under the default bound: wall and
  CPU seconds, and whether it was refused by the bound (exit 2);
- the same command, and `factcheck extract ARTICLE`, on articles of both
  kinds with exactly as many figures as the bound allows, and the time to
  refuse one with one figure more.

The load average is printed beside the command timings: wall time on a shared
machine includes the wait for a core, CPU time does not.

    python bench/worst_case.py [--skip-command] [--sizes 16 32 64 125]
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
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import LoadedClaims, evaluate, extract_claims, load_rules  # noqa: E402
from factcheck._bundled import bundled_rules  # noqa: E402
from factcheck._limits import max_figures, set_max_figures  # noqa: E402
from factcheck.extract import figures_to_read  # noqa: E402
from factcheck.extract._figures import _CANDIDATE  # noqa: E402


def _sentences(size: int, seed: int, sentence: Callable[[random.Random], str]) -> str:
    """Sentences drawn one after another until the text is ``size`` characters long."""
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        s = sentence(rng)
        out.append(s)
        length += len(s) + 1
    return " ".join(out)[:size]


def article(size: int, seed: int = 10) -> str:
    nouns = ["schools", "tonnes", "cases", "victims", "people"]
    return _sentences(size, seed, lambda rng: (
        f"{rng.randint(1000, 90000):,} {rng.choice(nouns)} in {rng.randint(1930, 2024)}, "
        f"up {rng.randint(1, 99)}% from {rng.randint(100, 9999)}."))


def template(size: int, seed: int = 10) -> str:
    """One sentence said over and over of one counted noun, with other values each time."""
    return _sentences(size, seed, lambda rng: (
        f"Of the {rng.randint(100, 999)} pupils, {rng.randint(1, 99)} ({rng.randint(1, 99)}%) passed "
        f"and {rng.randint(1, 9)} in {rng.randint(2, 9)} failed."))


KINDS = {"dense": article, "template": template}


def with_figures(count: int, kind: str = "dense") -> str:
    """An article of ``kind`` with exactly ``count`` figures: cut after the sentence part holding the last."""
    make = KINDS[kind]
    text = make(max(1000, count * 14))
    while figures_to_read(text) < count:
        text = make(len(text) * 2)
    ends = [m.end() for m in _CANDIDATE.finditer(text)]
    cut = text[: ends[count - 1]]
    stop = text.find(".", len(cut))
    return (text[: stop + 1] if stop >= 0 and figures_to_read(text[: stop + 1]) == count else cut)


def _command(text: str, command: str = "verify") -> tuple[float, float, int]:
    """Wall and CPU seconds and the exit code of `factcheck verify ARTICLE -f json` in a fresh process.

    CPU time is the child's own (user + system): on a shared machine it says
    what the command costs where wall time also counts the wait for a core.
    """
    with tempfile.TemporaryDirectory(prefix="factcheck-worst-") as tmp:
        article_path = Path(tmp) / "dense.txt"
        article_path.write_text(text, encoding="utf-8")
        extra = ["-f", "json", "-o", str(Path(tmp) / "out")] if command == "verify" else \
            ["-o", str(Path(tmp) / "dense.claims.yaml")]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "factcheck", command, str(article_path), *extra],
                              capture_output=True, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-command", action="store_true", help="do not time the whole command")
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 32, 64, 125], help="article sizes in KB")
    args = parser.parse_args()
    bound = max_figures()
    rules = load_rules([bundled_rules() / "generic"])
    print(f"{'article':>16}  {'figures':>7}  {'claims':>7}  {'results':>7}  {'extract s':>9}  "
          f"{'verify s':>8}  {'total s':>7}  {'s per KB':>8}  (CPU time of this process, bound lifted)")
    set_max_figures(10**9)
    for kind, kb in [("dense", kb) for kb in args.sizes] + [("template", kb) for kb in args.sizes[:2]]:
        text = KINDS[kind](kb * 1000)
        start = time.process_time()
        drafted = extract_claims(text)
        extracted = time.process_time()
        report = evaluate([LoadedClaims(drafted, Path("dense.txt"), text, None)], rules)
        verified = time.process_time()
        took = verified - start
        print(f"{f'{kind} {kb} KB':>16}  {figures_to_read(text):>7,}  {len(drafted.claims):>7}  "
              f"{len(report.results):>7}  {extracted - start:>9.2f}  {verified - extracted:>8.2f}  "
              f"{took:>7.2f}  {took / kb:>8.3f}")
    set_max_figures(None)
    if not args.skip_command:
        print(f"\nwhole command `factcheck verify ARTICLE -f json`, bound {bound:,} figures "
              f"(load average {os.getloadavg()[0]:.2f}):")
        print(f"{'article':>22}  {'figures':>7}  {'wall s':>6}  {'CPU s':>6}  refused by the bound")
        rows = [(f"dense {kb} KB", article(kb * 1000)) for kb in args.sizes]
        rows += [(f"{kind} at the bound", with_figures(bound, kind)) for kind in KINDS]
        rows += [("one over the bound", with_figures(bound + 1))]
        for name, text in rows:
            wall, cpu, code = _command(text)
            print(f"{name:>22}  {figures_to_read(text):>7,}  {wall:>6.2f}  {cpu:>6.2f}  "
                  f"{'yes (exit 2)' if code == 2 else f'no (exit {code})'}")
        for kind in KINDS:
            wall, cpu, code = _command(with_figures(bound, kind), "extract")
            print(f"{f'extract, {kind}':>22}  {bound:>7,}  {wall:>6.2f}  {cpu:>6.2f}  exit {code}")
        print(f"load average {os.getloadavg()[0]:.2f}")
    print("target: every input under the size cap answered in <= 2 s (wall, on this machine)")


if __name__ == "__main__":
    main()
