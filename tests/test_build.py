"""``--version`` and the benchmarks say whether the compiled extractor runs: read, not assumed."""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import SimpleNamespace

import pytest

from factcheck import _build

PROBE = "factcheck.extract._claims"


@pytest.mark.parametrize(("file", "compiled"), [
    ("/site/factcheck/extract/_claims.py", False),
    (f"/site/factcheck/extract/_claims{EXTENSION_SUFFIXES[0]}", True),
])
def test_the_loaded_module_says_which_build_runs(
    monkeypatch: pytest.MonkeyPatch, file: str, compiled: bool
) -> None:
    monkeypatch.setitem(sys.modules, PROBE, SimpleNamespace(__file__=file))
    assert _build.extraction_compiled() is compiled
    assert _build.extraction_build() == ("compiled: yes" if compiled else "compiled: no")


def test_unloaded_the_installed_files_say_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delitem(sys.modules, PROBE, raising=False)
    monkeypatch.setattr(_build, "__file__", str(tmp_path / "_build.py"))
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "_claims.py").touch()
    assert not _build.extraction_compiled()
    (tmp_path / "extract" / f"_claims{EXTENSION_SUFFIXES[0]}").touch()
    assert _build.extraction_compiled()
