"""The README stays true: its two opening commands, CI's command, and its YAML examples."""

from __future__ import annotations

import re
from pathlib import Path

import factcheck
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, flags=re.S)


def test_the_readme_opens_with_the_two_commands() -> None:
    (_, run), (_, test) = BLOCKS[:2]
    assert run.strip().endswith("factcheck verify")
    assert test.strip().endswith("pytest")
    assert README.index("```") < README.index("## ")


def test_ci_runs_the_readmes_test_command() -> None:
    test_command = BLOCKS[1][1].strip()
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_the_yaml_examples_load(tmp_path: Path) -> None:
    yaml_blocks = [body for lang, body in BLOCKS if lang == "yaml"]
    claims = next(b for b in yaml_blocks if "factcheck/claims/v1" in b)
    rules = next(b for b in yaml_blocks if "factcheck/rules/v1" in b)
    (tmp_path / "example.claims.yaml").write_text(claims.replace("  text: flood-relief.txt", ""),
                                                  encoding="utf-8")
    (tmp_path / "example.rules.yaml").write_text(rules, encoding="utf-8")
    loaded = factcheck.load_claims(tmp_path / "example.claims.yaml")
    compiled = factcheck.load_rules([tmp_path / "example.rules.yaml"])
    report = factcheck.evaluate([loaded], compiled)
    assert [r.status for r in report.results] == ["fail"]  # 450 households with children among 412
