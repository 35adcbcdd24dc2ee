"""Corpus scale, measured side by side: speed, speed-up with 2 processes, memory, detection, start-up.

    python bench/scale.py             # 10,000 and 100,000 documents (long)
    python bench/scale.py --quick     # 1,000 documents, to try it
    python bench/scale.py --sizes 10000 --skip-startup

For each size it writes a synthetic corpus (``bench/corpus.py``: claims files
of 21 claims, inconsistencies injected in 5 % of paragraphs) as YAML files and
as one JSON Lines file, runs ``factcheck verify … --jobs N`` on each in a
fresh process, and prints documents/s and checks/s (results that are not
skipped), the speed-up of 2 processes over 1, the peak memory of the main
process, and how many documents with an injected inconsistency got a failure
(and how many clean documents did: false alarms). Raw text is measured on
the same documents as articles (one JSON Lines line each): sentences/s
including extraction and verification.

Start-up ratios compare ``factcheck verify`` on the bundled example,
``factcheck --help`` and ``factcheck --version`` with ``python -c "import
pydantic, typer, yaml"`` in the same run (best of 5 each), because this
machine is shared and absolute times move with its load.

Targets (issue 15): claims ≥ 2,000 documents/s on one core from JSON Lines
and ≥ 500/s from YAML; raw text ≥ 5,000 sentences/s; ≥ 1.7× with 2
processes; peak memory at 100k within 1.2× of 10k; verify within 3× of the
import baseline, --help/--version within 2×.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402 - the generator beside this file

FACTCHECK = [sys.executable, "-m", "factcheck"]


def _run(args: list[str], cwd: Path | None = None) -> tuple[float, int, int]:
    """(wall seconds, peak RSS of the process in MB, exit code) of one command."""
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss // 1024, process.returncode


def _detection(out: Path, expected: Path) -> tuple[int, int, int, int]:
    """(injected documents found, injected documents, clean documents with a failure, clean documents)."""
    injected = {}
    with expected.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            injected[row["document"]] = bool(row["injected"])
    found = alarms = 0
    with (out / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            failed = row.get("failed", 0) > 0
            if injected.get(row.get("document", "")):
                found += failed
            else:
                alarms += failed
    bad = sum(injected.values())
    return found, bad, alarms, len(injected) - bad


def _checks(out: Path) -> int:
    data = json.loads((out / "aggregate.json").read_text(encoding="utf-8"))
    return int(data["results"] - data["summary"]["skipped"])


def measure_size(size: int, work: Path, jobs: list[int]) -> list[str]:
    rows = []
    forms = {"YAML": ("yaml", "."), "JSON Lines": ("jsonl", "claims.jsonl")}
    for label, (form, target) in forms.items():
        folder = work / f"{form}-{size}"
        corpus.write(folder, size, 0.05, 15, form)
        speeds = {}
        for n in jobs:
            out = work / f"out-{form}-{size}-{n}"
            seconds, peak, code = _run([*FACTCHECK, "verify", target, "--jobs", str(n), "-o", str(out)],
                                       cwd=folder)
            speeds[n] = size / seconds
            found, bad, alarms, clean = _detection(out, folder / "expected.jsonl")
            checks = _checks(out)
            speedup = f"{speeds[n] / speeds[jobs[0]]:.2f}×" if n != jobs[0] else "1.00×"
            rows.append(f"| {size:,} | {label} | {n} | {size / seconds:,.0f} | {checks / seconds:,.0f} | "
                        f"{speedup} | {peak} | {found}/{bad} | {alarms}/{clean} | exit {code} |")
            print(rows[-1], flush=True)
            shutil.rmtree(out)
        shutil.rmtree(folder)
    return rows


def measure_text(size: int, work: Path) -> str:
    folder = work / f"articles-{size}"
    corpus.write(folder, size, 0.05, 15, "articles-jsonl")
    sentences = 0
    with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            sentences += len(re.findall(r"[.!?](?:\s|$)", json.loads(line)["text"]))
    out = work / "out-articles"
    seconds, peak, code = _run([*FACTCHECK, "verify", "articles.jsonl", "--jobs", "1", "-o", str(out)],
                               cwd=folder)
    found, bad, alarms, clean = _detection(out, folder / "expected.jsonl")
    shutil.rmtree(folder)
    shutil.rmtree(out)
    return (f"| {size:,} articles, {sentences:,} sentences | 1 | {sentences / seconds:,.0f} sentences/s | "
            f"{size / seconds:,.0f} documents/s | {peak} MB | {found}/{bad} found, {alarms}/{clean} false "
            f"alarms | exit {code} |")


def _best(args: list[str], work: Path, times: int = 5) -> float:
    return min(_run(args, cwd=work)[0] for _ in range(times))


def measure_startup(work: Path) -> list[str]:
    baseline = _best([sys.executable, "-c", "import pydantic, typer, yaml"], work)
    rows = [f"| python -c \"import pydantic, typer, yaml\" | {baseline:.2f} s | 1.00× | |"]
    for label, args, target in (
        ("factcheck verify (bundled example)", ["verify", "-o", str(work / "startup")], 3),
        ("factcheck --help", ["--help"], 2),
        ("factcheck --version", ["--version"], 2),
    ):
        best = _best([*FACTCHECK, *args], work)
        rows.append(f"| {label} | {best:.2f} s | {best / baseline:.2f}× | ≤ {target}× |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents only")
    parser.add_argument("--sizes", type=int, nargs="*", default=None)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-text", action="store_true")
    parser.add_argument("--text-documents", type=int, default=None, help="articles for raw text "
                        "(default: the first size)")
    args = parser.parse_args()
    sizes = args.sizes or ([1000] if args.quick else [10_000, 100_000])
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(a shared machine: compare ratios measured in the same run)")
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        work = Path(tmp)
        if not args.skip_startup:
            print("\n| start-up | best of 5 | ratio | target |\n|---|---:|---:|---|")
            print("\n".join(measure_startup(work)), flush=True)
        print("\n| documents | input | processes | documents/s | checks/s | speed-up | peak MB (main) "
              "| injected found | false alarms | |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for size in sizes:
            measure_size(size, work, args.jobs)
        if not args.skip_text:
            print("\n| raw text | processes | speed | documents/s | peak | detection | |\n"
                  "|---|---:|---:|---:|---:|---|---|")
            print(measure_text(args.text_documents or sizes[0], work), flush=True)


if __name__ == "__main__":
    main()
