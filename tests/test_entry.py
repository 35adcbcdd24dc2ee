"""The console script starts without the cyclic GC and hands it back once the command has loaded."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

_AFTER = ("import gc, sys\nsys.argv = ['factcheck', *sys.argv[1:]]\nfrom factcheck._entry import entry\n"
          "try:\n    entry()\nexcept SystemExit:\n    pass\n"
          "print(gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)\n")


def _entry(*args: str, cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-c", _AFTER, *args], capture_output=True, text=True, cwd=cwd,
                          check=True)
    return done.stderr.splitlines()[-1]


@pytest.mark.parametrize("command", [["verify", "-o", "out"], ["rules", "list"], ["schema", "claims"]])
def test_a_command_collects_garbage_again_with_start_up_frozen(tmp_path: Path, command: list[str]) -> None:
    assert _entry(*command, cwd=tmp_path) == "True True"


def test_version_ends_before_the_collector_is_needed(tmp_path: Path) -> None:
    assert _entry("--version", cwd=tmp_path) == "False False"


def test_main_on_its_own_leaves_the_collector_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    frozen = gc.get_freeze_count()
    code, _, _ = run_cli(["verify", "-o", "out"], monkeypatch, capsys)
    assert code == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
