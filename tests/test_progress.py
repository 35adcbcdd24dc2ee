"""The progress bar: drawn on a terminal, nothing at all otherwise."""

from __future__ import annotations

import io
import sys

import pytest

from factcheck._progress import progress_bar


def test_no_bar_when_standard_error_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with progress_bar() as update:
        assert update is None
    assert capsys.readouterr().err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_counts_documents_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress_bar() as update:
        assert update is not None
        update(3, 10)
        update(10, 10)
    assert "10/10" in terminal.getvalue()
