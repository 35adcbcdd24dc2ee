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


def test_the_readme_states_the_limits_the_code_keeps() -> None:
    from factcheck import _cel, _limits, _sandbox

    section = README[README.index("## Safe by default"):README.index("## Layout")]
    squeezed = " ".join(section.split())
    assert _limits.DEFAULT_MAX_INPUT_BYTES == 128 * 1024
    assert "at most **128 KiB**" in squeezed
    for words in (
        f"{_limits.ENV_MAX_INPUT_BYTES} environment variable", "--max-input-bytes N", "--text-root",
        f"at most {_limits.DEFAULT_MAX_FIGURES:,} figures", f"the limit is {_limits.DEFAULT_MAX_FIGURES:,}",
        f"{_limits.ENV_MAX_FIGURES} environment variable", "--max-figures N",
        f"more than {_limits.MAX_NESTING} levels deep",
        f"more than {_limits.MAX_ALIAS_EXPANSION:,} values",
        f"more than {_limits.MAX_NUMBER_DIGITS} digits",
        f"at most {_cel.MAX_LENGTH:,} characters", "at most four comprehensions",
        f"beyond {_limits.MAX_TEMPLATE_SEQUENCE:,} items", f"at most {_limits.MAX_TEMPLATE_RANGE:,} items",
        f"at most {_sandbox.MAX_STEPS:,} steps", f"at most {_limits.MAX_TEMPLATE_OUTPUT:,} characters",
    ):
        assert words.replace("`", "") in squeezed.replace("`", ""), words
    assert _cel.MAX_COMPREHENSIONS == 4
