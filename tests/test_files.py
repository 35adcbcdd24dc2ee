"""Writing a run's files: all or none, and SIGINT/SIGTERM leave the old set or the whole new one."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from factcheck import _files
from factcheck._errors import UsageError
from factcheck._files import write_files

OLD = {"report.json": "old json\n", "report.md": "old markdown\n", "report.html": "old html\n"}
NEW = {"report.json": "new json\n", "report.md": "new markdown\n", "report.html": "new html\n"}


def _folder(tmp_path: Path) -> Path:
    for name, text in OLD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.fixture
def delivered() -> Iterator[list[int]]:
    """The SIGINT and SIGTERM signals received while the test runs (recorded, not acted on)."""
    seen: list[int] = []

    def record(signum: int, frame: FrameType | None) -> None:
        seen.append(signum)

    previous = {s: signal.signal(s, record) for s in (signal.SIGINT, signal.SIGTERM)}
    yield seen
    for s, handler in previous.items():
        signal.signal(s, handler)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("when", ["staging", "renaming"])
def test_a_signal_while_writing_takes_effect_once_the_new_set_is_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int, when: str,
    delivered: list[int],
) -> None:
    folder = _folder(tmp_path)
    stage, replace = _files._stage, os.replace
    calls: list[Any] = []

    def stage_and_signal(target: Path, text: str) -> Path:
        calls.append(target)
        if len(calls) == 2:
            os.kill(os.getpid(), signum)
        return stage(target, text)

    def replace_and_signal(source: Any, target: Any) -> None:
        replace(source, target)
        calls.append(target)
        if len(calls) == 1:
            os.kill(os.getpid(), signum)

    if when == "staging":
        monkeypatch.setattr(_files, "_stage", stage_and_signal)
    else:
        monkeypatch.setattr(_files.os, "replace", replace_and_signal)
    write_files({folder / n: t for n, t in NEW.items()})
    assert delivered == [signum]
    assert _contents(folder) == NEW  # no temporary file, no old report


def test_a_failure_while_writing_leaves_every_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    stage = _files._stage

    def full_disk_on_the_third(target: Path, text: str) -> Path:
        if target.name == "report.html":
            raise OSError(28, "No space left on device")
        return stage(target, text)

    monkeypatch.setattr(_files, "_stage", full_disk_on_the_third)
    with pytest.raises(UsageError) as raised:
        write_files({folder / n: t for n, t in NEW.items()})
    assert str(raised.value) == f"{folder / 'report.html'}: cannot write here: No space left on device"
    assert _contents(folder) == OLD


def test_files_are_written_with_the_mode_open_would_give(tmp_path: Path) -> None:
    write_files({tmp_path / "a" / "report.json": "{}\n"})
    mode = (tmp_path / "a" / "report.json").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


# A shell starts background jobs with SIGINT ignored, and a child inherits that: the child
# restores Python's own handler, as an interactive run of factcheck has it.
_CHILD = """
import signal, sys, time
from pathlib import Path
signal.signal(signal.SIGINT, signal.default_int_handler)
from factcheck import _files
stage = _files._stage
def slow_stage(target, text):
    print("staging", flush=True)
    time.sleep(0.3)
    return stage(target, text)
_files._stage = slow_stage
folder = Path(sys.argv[1])
_files.write_files({folder / n: t for n, t in %r.items()})
print("done", flush=True)
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_real_process_killed_while_writing_leaves_the_complete_new_set(tmp_path: Path, signum: int) -> None:
    import subprocess
    import sys

    folder = _folder(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", _CHILD % NEW, str(folder)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "staging"
    child.send_signal(signum)
    out, _ = child.communicate(timeout=60)
    assert child.returncode != 0  # the signal took effect, once the files were complete
    assert "done" not in out
    assert _contents(folder) == NEW
