"""Errors that point: every problem in an input carries its file, line and column."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FactcheckError", "InputError", "Problem"]


@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """One thing wrong in an input file; sorts by place, prints as ``file:line:col: message``."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


class InputError(FactcheckError):
    """One or more problems in the inputs; nothing was verified or written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
