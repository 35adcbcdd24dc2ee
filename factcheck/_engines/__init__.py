"""Where a corpus is verified: a registry of engines (``local`` processes, a ``dask`` cluster).

An engine runs one picklable function over batches of work and yields the
outcomes in the order the batches were given, holding only a bounded number
in flight, so that a run's memory does not grow with the corpus and its
output does not depend on which worker finished first. Adding an engine is
one module in this package that registers itself; nothing else changes.
"""

from __future__ import annotations

import collections
import contextlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from factcheck._registry import Registry

__all__ = ["ENGINES", "Connect", "Engine", "EngineRun", "in_order", "register"]


class EngineRun(Protocol):
    def __call__(
        self,
        function: Callable[[Any, Any], Any],
        batches: Iterable[Any],
        shared: Any,
        *,
        jobs: int,
        scheduler: str | None,
        connection: Any = None,
    ) -> Iterator[Any]:
        """``function(batch, shared)`` for every batch, yielded in the order of ``batches``.

        ``connection`` is what the engine's ``connect`` opened, so that a run's
        several steps share one cluster; without it the run opens its own.
        """
        ...


#: Opens what several runs of one engine share (a Dask client and its cluster): ``connect(jobs, scheduler)``.
Connect = Callable[[int, str | None], AbstractContextManager[Any]]


@contextlib.contextmanager
def _nothing(jobs: int, scheduler: str | None) -> Iterator[None]:
    yield None


@dataclass(frozen=True, slots=True)
class Engine:
    name: str
    run: EngineRun
    description: str
    connect: Connect = _nothing


#: Every engine, one module of this package each, by name.
ENGINES: Registry[Engine] = Registry("engine", package=__name__)


def register(name: str, connect: Connect = _nothing) -> Callable[[EngineRun], EngineRun]:
    """Register the decorated function as engine ``name`` (``connect``: what its runs share)."""

    def decorate(function: EngineRun) -> EngineRun:
        doc = (function.__doc__ or name).strip().splitlines()[0]
        ENGINES.add(name, Engine(name, function, doc, connect))
        return function

    return decorate


def in_order(submit: Callable[[Any], Any], batches: Iterable[Any], in_flight: int) -> Iterator[Any]:
    """Each batch's result, in the order given, with at most ``in_flight`` submitted and pending.

    ``submit`` returns a future (anything with ``result()``); waiting on the oldest one keeps
    the output order fixed whichever worker finishes first.
    """
    pending: collections.deque[Any] = collections.deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
