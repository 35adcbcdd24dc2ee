"""Same inputs, same reports: byte for byte, across runs, hash seeds and the order inputs are given in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factcheck import reports, verify
from tests.conftest import REPO

DOCUMENTS = [
    REPO / "tests" / "data" / "contradictory.claims.yaml",
    REPO / "tests" / "reports" / "data" / "demo.claims.yaml",
    REPO / "examples" / "cambodia-2023-illustrative.claims.yaml",
]
RULES = [REPO / "rules" / "generic", REPO / "rules" / "cambodia-cross-border-crime"]
FILE_FORMATS = [name for name, f in reports.formats().items() if f.filename is not None]


def _rendered(documents: list[Path], rules: list[Path]) -> dict[str, str]:
    return verify(documents, rules=rules, formats=FILE_FORMATS, output=None).rendered


def test_the_order_of_claims_files_and_rule_packs_does_not_change_any_report() -> None:
    first = _rendered(DOCUMENTS, RULES)
    assert _rendered(DOCUMENTS[::-1], RULES[::-1]) == first
    assert _rendered([DOCUMENTS[1], DOCUMENTS[2], DOCUMENTS[0]], RULES) == first
    assert set(first) == set(FILE_FORMATS)


def test_reports_are_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        args = [sys.executable, "-m", "factcheck", "verify", *map(str, DOCUMENTS), "-o", str(out)]
        for rules in RULES:
            args += ["--rules", str(rules)]
        for name in FILE_FORMATS:
            args += ["-f", name]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == len(FILE_FORMATS)
