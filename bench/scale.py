"""Corpus scale, measured side by side: speed, speed-up with 2 processes, memory, detection.

    python bench/scale.py                               # 10,000 and 100,000 documents (long)
    python bench/scale.py --quick                       # 1,000 documents, to try it
    python bench/scale.py --sizes 10000 --rounds 2      # 1 and 2 processes alternated, twice
    python bench/scale.py --sizes 10000 100000 --forms jsonl --jobs 2 --light --skip-text   # memory

For each size it writes a synthetic corpus (``bench/corpus.py``: claims files
of 21 claims, inconsistencies injected in 5 % of paragraphs) as YAML files in
folders and as one JSON Lines file, runs ``factcheck verify FOLDER|FILE
--jobs N`` (the one corpus path) on each in a fresh process, and prints
documents/s and checks/s (results that are not skipped), the speed-up of 2
processes over 1, the peak memory (largest process), and how many documents
with an injected inconsistency got a failure (and how many clean documents
did: false alarms). The runs with 1 and 2 processes alternate (``--rounds``)
and each row shows the load average when it started, because this machine is
shared: a speed-up means something only between runs made under the same
load. Raw text is measured on the same documents as articles (one JSON Lines
line each): sentences/s including extraction and verification.

Start-up is measured by ``bench/startup.py``.

Targets (issue 15): claims ≥ 2,000 documents/s on one core from JSON Lines
and ≥ 500/s from YAML; raw text ≥ 5,000 sentences/s; ≥ 1.7× with 2
processes; peak memory at 100k within 1.2× of 10k.
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


def _run(args: list[str], cwd: Path | None = None) -> tuple[float, int, int, float]:
    """(wall seconds, peak RSS in MB, exit code, CPU seconds) of one command and the workers it waited for."""
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return (time.perf_counter() - start, usage.ru_maxrss // 1024, process.returncode,
            usage.ru_utime + usage.ru_stime)


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


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(work: int = 10_000_000) -> float:
    """What 2 processes give on this machine right now: a CPU-bound loop, twice the work in 2 processes.

    On a shared machine this is the ceiling for any 2-process speed-up measured beside it.
    """
    import multiprocessing

    start = time.perf_counter()
    _burn(work)
    one = time.perf_counter() - start
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [work, work])
    return 2 * one / (time.perf_counter() - start)


#: ``--light``: the two rules that can find the injected inconsistencies, for runs that measure
#: memory at sizes where the full packs would take hours on a busy machine.
LIGHT_RULES = """schema: factcheck/rules/v1
pack: light
description: The two rules that find the inconsistencies bench/corpus.py injects.
rules:
  - id: part-within-whole
    title: A part never exceeds its whole
    severity: error
    check: parts_within_whole
    relation: part_of
    message: "{{ parts | map(attribute='stated') | join(', ') }} within {{ whole.stated }}"
  - id: share-matches-counts
    title: A stated share agrees with its part and whole
    severity: error
    check: share
    relation: share_of
    message: "{{ share }} of {{ whole.stated }}"
"""

FORMS = {"yaml": ("YAML", "."), "jsonl": ("JSON Lines", "claims.jsonl")}


def measure_size(size: int, work: Path, jobs: list[int], forms: list[str], rounds: int,
                 rules: list[str]) -> None:
    for form in forms:
        label, target = FORMS[form]
        folder = work / f"{form}-{size}"
        corpus.write(folder, size, 0.05, 15, form)
        speeds: dict[int, list[float]] = {n: [] for n in jobs}
        cpus: dict[int, list[float]] = {n: [] for n in jobs}
        for _ in range(rounds):
            for n in jobs:
                out = work / f"out-{form}-{size}-{n}"
                load = os.getloadavg()[0]
                machine = machine_speedup()
                command = [*FACTCHECK, "verify", target, "--jobs", str(n), "-o", str(out), *rules]
                seconds, peak, code, cpu = _run(command, cwd=folder)
                speeds[n].append(size / seconds)
                cpus[n].append(cpu)
                found, bad, alarms, clean = _detection(out, folder / "expected.jsonl")
                checks = _checks(out)
                first = speeds[jobs[0]][-1] if speeds[jobs[0]] else None
                speedup = f"{speeds[n][-1] / first:.2f}×" if first and n != jobs[0] else "1.00×"
                # what the speed-up would be if each process had a core of its own: n × CPU of the first
                # number of processes / CPU of this one (the main process's work counted in full)
                bound = (f"{n / jobs[0] * cpus[jobs[0]][-1] / cpu:.2f}×" if cpus[jobs[0]] and n != jobs[0]
                         else "1.00×")
                print(f"| {size:,} | {label} | {n} | {load:.1f} | {machine:.2f}× | {size / seconds:,.0f} | "
                      f"{checks / seconds:,.0f} | {speedup} | {1000 * cpu / size:.1f} | {bound} | {peak} | "
                      f"{found}/{bad} | {alarms}/{clean} | exit {code} |", flush=True)
                shutil.rmtree(out)
        if len(jobs) > 1 and rounds > 1:
            best = {n: max(v) for n, v in speeds.items()}
            ratio = best[jobs[-1]] / best[jobs[0]]
            print(f"| {size:,} | {label} | best of {rounds} | | | " + " / ".join(
                f"{best[n]:,.0f}" for n in jobs) + f" | | {ratio:.2f}× | | | | | | |", flush=True)
        shutil.rmtree(folder)


def measure_text(size: int, work: Path) -> str:
    folder = work / f"articles-{size}"
    corpus.write(folder, size, 0.05, 15, "articles-jsonl")
    sentences = 0
    with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            sentences += len(re.findall(r"[.!?](?:\s|$)", json.loads(line)["text"]))
    out = work / "out-articles"
    seconds, peak, code, _ = _run([*FACTCHECK, "verify", "articles.jsonl", "--jobs", "1", "-o", str(out)],
                               cwd=folder)
    found, bad, alarms, clean = _detection(out, folder / "expected.jsonl")
    shutil.rmtree(folder)
    shutil.rmtree(out)
    return (f"| {size:,} articles, {sentences:,} sentences | 1 | {sentences / seconds:,.0f} sentences/s | "
            f"{size / seconds:,.0f} documents/s | {peak} MB | {found}/{bad} found, {alarms}/{clean} false "
            f"alarms | exit {code} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents only")
    parser.add_argument("--sizes", type=int, nargs="*", default=None)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--forms", nargs="*", choices=tuple(FORMS), default=list(FORMS))
    parser.add_argument("--rounds", type=int, default=1, help="alternate the numbers of processes so often")
    parser.add_argument("--light", action="store_true", help="two rules instead of the bundled packs "
                        "(those that find the injected inconsistencies): memory at 100k in minutes")
    parser.add_argument("--skip-text", action="store_true")
    parser.add_argument("--text-documents", type=int, default=None, help="articles for raw text "
                        "(default: the first size)")
    args = parser.parse_args()
    sizes = args.sizes or ([1000] if args.quick else [10_000, 100_000])
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(a shared machine: compare ratios measured in the same run)")
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        work = Path(tmp)
        print("\n'machine' is what 2 processes of a CPU-bound loop did over 1 just before the run: the "
              "ceiling for the speed-up on a shared machine.")
        print("'CPU ms/doc' is the CPU time of the main process and its workers per document; 'CPU-bound' "
              "the speed-up if each process had a core of its own (n × CPU of 1 process / CPU of n).")
        print("\n| documents | input | processes | load | machine | documents/s | checks/s | speed-up | "
              "CPU ms/doc | CPU-bound | peak MB | injected found | false alarms | |\n"
              "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        rules = []
        if args.light:
            (work / "light.yaml").write_text(LIGHT_RULES, encoding="utf-8")
            rules = ["--no-bundled", "--rules", str(work / "light.yaml")]
            print("\n--light: two rules (part-within-whole, share-matches-counts), not the bundled packs")
        for size in sizes:
            measure_size(size, work, args.jobs, args.forms, args.rounds, rules)
        if not args.skip_text:
            print("\n| raw text | processes | speed | documents/s | peak | detection | |\n"
                  "|---|---:|---:|---:|---:|---|---|")
            print(measure_text(args.text_documents or sizes[0], work), flush=True)


if __name__ == "__main__":
    main()
