"""The pre-commit hook this repository ships runs `factcheck verify` on changed claims files."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "tests" / "reports" / "data"


@pytest.fixture(scope="module")
def hook() -> dict[str, Any]:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (only,) = [h for h in hooks if h["id"] == "factcheck-verify"]
    for key in ("id", "name", "entry", "language"):  # what pre-commit requires of a hook
        assert only[key], key
    return dict(only)


def test_hook_selects_claims_files_only(hook: dict[str, Any]) -> None:
    files = re.compile(hook["files"])
    for name in ("a.claims.yaml", "news/b.claims.yml", "c.claims.json"):
        assert files.search(name), name
    for name in ("rules/generic/rules.yaml", "article.txt", "claims.yaml.bak", "README.md"):
        assert not files.search(name), name
    assert hook["pass_filenames"] is True


def _run_hook(hook: dict[str, Any], newsroom: Path, *files: str) -> subprocess.CompletedProcess[str]:
    entry = shlex.split(hook["entry"])
    assert entry[0] == "factcheck"
    command = [sys.executable, "-m", "factcheck.cli", *entry[1:], "--rules", "rules", *files]
    return subprocess.run(command, cwd=newsroom, capture_output=True, text=True, check=False)


def test_hook_blocks_a_commit_with_a_failed_check_and_writes_nothing(
    hook: dict[str, Any], tmp_path: Path
) -> None:
    newsroom = tmp_path / "newsroom"
    (newsroom / "rules").mkdir(parents=True)
    shutil.copy(DEMO / "demo.rules.yaml", newsroom / "rules" / "demo.yaml")
    for name in ("demo.claims.yaml", "demo.txt"):
        shutil.copy(DEMO / name, newsroom / name)
    done = _run_hook(hook, newsroom, "demo.claims.yaml")
    assert done.returncode == 1, done.stderr
    assert "2 failed" in done.stdout
    assert sorted(p.name for p in newsroom.iterdir()) == ["demo.claims.yaml", "demo.txt", "rules"]

    broken = newsroom / "broken.claims.yaml"
    broken.write_text("schema: factcheck/claims/v1\ndocument: {id: x, title: y}\nclaims: [{id: a}]\n")
    done = _run_hook(hook, newsroom, "broken.claims.yaml")
    assert done.returncode == 2
    assert done.stderr.startswith("broken.claims.yaml:")


def test_the_ci_examples_parse_and_use_real_formats() -> None:
    from factcheck.reports import formats

    doc = (REPO / "docs" / "integrations.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, flags=re.S)
    assert len(blocks) >= 3
    for block in blocks:
        assert yaml.safe_load(block)
    used = set(re.findall(r"--format (\w+)", doc))
    assert used
    assert used <= set(formats())


DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")), REPO / ".pre-commit-hooks.yaml"]


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_install_instructions_name_what_exists(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    # `factcheck` on PyPI is another project; ours is installed from a clone
    assert not re.search(r"pip install ['\"]?factcheck(?![-\w])", text)
    for placeholder in ("OWNER", "v0.1.0", "<this repository", "your-org"):
        assert placeholder not in text
    for rev in re.findall(r"rev: +([^\s`]+)", text):
        assert re.fullmatch(r"[0-9a-f]{40}", rev), rev  # no release tags yet: a commit


def test_the_example_revision_is_a_commit_of_this_repository() -> None:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    revs = {r for p in DOCS for r in re.findall(r"rev: *([0-9a-f]{40})", p.read_text(encoding="utf-8"))}
    assert revs
    for rev in revs:
        done = subprocess.run(["git", "merge-base", "--is-ancestor", rev, "HEAD"], cwd=REPO, check=False)
        assert done.returncode == 0, rev


def test_the_local_hook_in_the_docs_is_the_shipped_hook(hook: dict[str, Any]) -> None:
    doc = (REPO / "docs" / "integrations.md").read_text(encoding="utf-8")
    configs = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", doc, flags=re.S)]
    (local,) = [h for c in configs if isinstance(c, dict) and "repos" in c
                for r in c["repos"] if r["repo"] == "local" for h in r["hooks"]]
    for key in ("id", "name", "entry", "files", "require_serial"):
        assert local[key] == hook[key], key


def test_the_distribution_is_not_the_unrelated_pypi_project() -> None:
    from importlib.metadata import version

    from factcheck._version import DISTRIBUTION, VERSION

    assert DISTRIBUTION != "factcheck"
    assert version(DISTRIBUTION) == VERSION
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'name = "{DISTRIBUTION}"' in pyproject


def test_wheels_carry_every_example_but_not_the_example_reports() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    examples = {p.relative_to(REPO).as_posix() for p in (REPO / "examples").iterdir() if p.is_file()}
    assert {k for k in included if k.startswith("examples")} == examples
    assert all(included[k] == f"factcheck/_bundled/{k}" for k in examples)
