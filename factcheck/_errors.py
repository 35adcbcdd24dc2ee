"""Errors that point: every problem in an input carries its file, line and column."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from factcheck._safe_text import one_line

__all__ = ["FactcheckError", "InputError", "Problem", "UsageError", "reading"]


@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """One thing wrong in an input file; sorts by place, prints as ``file:line:col: message``."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        # one line per problem, and nothing a terminal would act on (messages quote inputs)
        return one_line(f"{self.file}:{self.line}:{self.column}: {self.message}")


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


class UsageError(FactcheckError):
    """The call itself is wrong (an unknown option value); nothing was read or written."""


class InputError(FactcheckError):
    """One or more problems in the inputs; nothing was verified or written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """Turn a file that cannot be read as UTF-8 text into an :class:`InputError` that points at it."""
    try:
        yield
    except FileNotFoundError:
        raise InputError([Problem(str(path), 1, 1, "no such file")]) from None
    except UnicodeDecodeError as exc:
        raise InputError([Problem(str(path), 1, exc.start + 1, "not UTF-8 text")]) from None
    except OSError as exc:
        raise InputError([Problem(str(path), 1, 1, exc.strerror or str(exc))]) from None
