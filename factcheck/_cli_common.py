"""What every ``factcheck`` command shares at the edge: the exit codes, and how a bad argument is refused.

A bad argument, whichever command and whichever kind (an unknown format,
schema or severity), is a :class:`~factcheck.UsageError` that ``cli.main``
prints as one ``factcheck: <message>`` line and exit code 2. Choices are
checked here rather than by typer, whose wording of a bad choice comes from
the libraries underneath it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from enum import IntEnum
from typing import TypeVar

from factcheck._errors import UsageError

__all__ = ["ExitCode", "one_of", "pause_gc_for_start_up", "started"]


class ExitCode(IntEnum):
    OK = 0
    #: a check (or a rule test) failed
    FAILED = 1
    #: bad input or a bad argument; nothing was verified
    BAD_INPUT = 2
    #: interrupted (Ctrl-C), as shells report SIGINT
    INTERRUPTED = 130


T = TypeVar("T")


def one_of(what: str, value: str, choices: Iterable[T]) -> T:
    """The choice whose text is ``value``, or a usage error listing the choices (``what``: its name)."""
    by_text = {str(c): c for c in choices}
    if value not in by_text:
        raise UsageError(f"unknown {what} {value!r}; choose from {', '.join(by_text)}")
    return by_text[value]


#: Whether the console script paused the cyclic garbage collector for start-up (:mod:`factcheck._entry`).
_gc_paused = False


def pause_gc_for_start_up(paused: bool) -> None:
    """Record whether the caller disabled the collector for start-up, for :func:`started` to undo."""
    global _gc_paused
    _gc_paused = paused


def started() -> None:
    """The command's modules are loaded: collect garbage from here on, never scanning what start-up built.

    Every command says so once it has imported what it needs; start-up ran
    without the collector only if the console script paused it.
    """
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()
