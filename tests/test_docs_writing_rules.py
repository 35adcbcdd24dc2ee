"""docs/writing-rules.md, followed step by step as a new user would, in an empty folder.

Blocks whose first line is ``# file: PATH`` are written there (``(appended)``:
added to it); ``sh`` blocks are run line by line, ``$ command`` followed by
lines its output must contain. Between steps, the fixes the text asks for.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

DOC = (REPO / "docs" / "writing-rules.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", DOC, flags=re.S)
#: What the reader is told to change after the command with this text.
FIXES = {
    "factcheck rules lint my-rules --claims article.claims.yaml#1": ("measuers", "measures"),
    "factcheck rules lint my-rules --claims article.claims.yaml#2": ("childern", "children"),
}


def _run(command: str, cwd: Path) -> tuple[int, str]:
    args = shlex.split(command)
    target = None
    if ">" in args:
        args, target = args[: args.index(">")], args[args.index(">") + 1]
    if args[0] == "factcheck":
        args = [sys.executable, "-m", "factcheck", *args[1:]]
    elif args[:3] == ["python", "-m", "pytest"]:
        args = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args[3:]]
    elif args[0] == "mkdir":
        (cwd / args[1]).mkdir()
        return 0, ""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if target is not None:
        (cwd / target).write_text(done.stdout, encoding="utf-8")
        return done.returncode, done.stderr
    return done.returncode, done.stdout + done.stderr


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def test_the_tutorial_works_from_an_empty_folder(tmp_path: Path) -> None:
    seen: dict[str, int] = {}
    ran = 0
    for lang, body in BLOCKS:
        first, _, rest = body.partition("\n")
        if first.startswith("# file: "):
            name = first.removeprefix("# file: ").strip()
            appended = name.endswith("(appended)")
            path = tmp_path / name.removesuffix("(appended)").strip()
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a" if appended else "w", encoding="utf-8") as f:
                f.write(("\n" if appended else "") + rest)
            continue
        if lang != "sh":
            continue
        steps = re.split(r"^\$ ", body, flags=re.M)[1:]
        for step in steps:
            command, *expected = step.rstrip("\n").split("\n")
            code, output = _run(command, tmp_path)
            ran += 1
            lines = [_squeeze(line) for line in output.splitlines()]
            for want in expected:
                assert any(_squeeze(want) in line for line in lines), (command, want, output)
            problem = bool(expected) and re.match(r"\S+:\d+:\d+: (?!warning)", expected[0])
            assert (code != 0) == bool(problem), (command, code, output)
            seen[command] = seen.get(command, 0) + 1
            fix = FIXES.get(f"{command}#{seen[command]}")
            if fix:
                rules = tmp_path / "my-rules" / "rules.yaml"
                rules.write_text(rules.read_text(encoding="utf-8").replace(*fix), encoding="utf-8")
    assert ran >= 10


def test_the_readmes_rule_examples_test_runs() -> None:
    import factcheck

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (block,) = [b for lang, b in re.findall(r"```(\w*)\n(.*?)```", readme, flags=re.S)
                if lang == "python" and "rule_examples" in b]
    namespace = {"RULES": factcheck.load_rules([REPO / "rules" / "generic"])}
    # compiled at the block's own lines of README.md, where Hypothesis reads the test's source back
    at_its_lines = "\n" * readme[: readme.index(block)].count("\n") + block
    exec(compile(at_its_lines, str(REPO / "README.md"), "exec"), namespace)  # the example as written
    namespace["test_a_failure_survives_learning_the_true_figures"]()
