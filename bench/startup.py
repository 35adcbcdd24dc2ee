"""Start-up of the command, measured side by side with the libraries it cannot do without.

    python bench/startup.py            # 7 rounds
    python bench/startup.py --rounds 15

Each round runs ``python -c "import pydantic, typer, yaml"`` (the baseline: a
typer command that reads YAML into pydantic models cannot start faster) and
then ``factcheck --version``, ``factcheck --help``, ``factcheck verify
--help`` and ``factcheck verify`` on the bundled example, each in a fresh
process; the rounds are interleaved so that the machine's load, which moves
on a shared machine, weighs on all of them alike. Prints the median and the
best time of each, each with its ratio to the baseline's (median to median,
best to best), with the load average.

factcheck's bytecode is compiled first (``compileall``), as ``pip install``
does for an installed package: the libraries of the baseline have theirs, and
an editable checkout run with ``PYTHONDONTWRITEBYTECODE`` set would otherwise
compile every module from source in every round and be measured unfairly.

Targets (issue 15): ``--version`` and ``--help`` within 2× of the baseline,
``verify`` on the bundled example within 3×.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = [sys.executable, "-c", "import pydantic, typer, yaml"]
FACTCHECK = [sys.executable, "-m", "factcheck"]


def _seconds(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    package = Path(__file__).resolve().parents[1] / "factcheck"
    compileall.compile_dir(package, quiet=1)
    with tempfile.TemporaryDirectory(prefix="factcheck-startup-") as tmp:
        work = Path(tmp)
        commands = {
            'python -c "import pydantic, typer, yaml"': (BASELINE, None),
            "factcheck --version": ([*FACTCHECK, "--version"], 2.0),
            "factcheck --help": ([*FACTCHECK, "--help"], 2.0),
            "factcheck verify --help": ([*FACTCHECK, "verify", "--help"], None),
            "factcheck verify (bundled example)": ([*FACTCHECK, "verify", "-o", str(work / "out")], 3.0),
        }
        load = os.getloadavg()
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, (command, _) in commands.items():
                times[name].append(_seconds(command, work))
    median = {name: statistics.median(t) for name, t in times.items()}
    best = {name: min(t) for name, t in times.items()}
    baseline = 'python -c "import pydantic, typer, yaml"'
    print(f"load average {load[0]:.2f} at start, {os.getloadavg()[0]:.2f} at the end, on "
          f"{os.cpu_count()} cores; {args.rounds} interleaved rounds\n")
    print("| command | median | ratio | best | ratio | target |\n|---|---:|---:|---:|---:|---|")
    for name, (_, target) in commands.items():
        goal = f"≤ {target:g}×" if target else ""
        print(f"| {name} | {median[name]:.3f} s | {median[name] / median[baseline]:.2f}× "
              f"| {best[name]:.3f} s | {best[name] / best[baseline]:.2f}× | {goal} |")


if __name__ == "__main__":
    main()
