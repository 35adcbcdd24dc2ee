"""Cyclic garbage collected less often while figures are read and rules run.

Extraction and the engine allocate figures, frames, intervals, results and
records by the thousand, none of them in reference cycles (reference counting
frees them), while the collector, run every 700 allocations, walks every young
object each time and, every so often, everything else alive: on an article of
12,000 figures a tenth of extraction and a third of the rules' time. One
counter for the whole process, so nested or concurrent deferrals restore the
threshold once, when the outermost ends, whichever thread.
"""

from __future__ import annotations

import gc
import threading

__all__ = ["DEFERRED_THRESHOLD", "collections_deferred"]

#: Allocations between two young-generation collections while deferred (Python's default: 700).
DEFERRED_THRESHOLD = 50_000

_deferring = threading.Lock()
_deferred_depth = 0
_saved_threshold: tuple[int, ...] | None = None


class _Deferral:
    """What :func:`collections_deferred` returns: a class, where a generator's context costs more than the
    one-sentence text it may wrap."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _deferred_depth, _saved_threshold
        with _deferring:
            if _deferred_depth == 0:
                _saved_threshold = gc.get_threshold()
                first, *older = _saved_threshold
                if first:
                    gc.set_threshold(max(first, DEFERRED_THRESHOLD), *older)
            _deferred_depth += 1

    def __exit__(self, *exc: object) -> None:
        global _deferred_depth, _saved_threshold
        with _deferring:
            _deferred_depth -= 1
            if _deferred_depth == 0 and _saved_threshold is not None:
                gc.set_threshold(*_saved_threshold)
                _saved_threshold = None


_DEFERRAL = _Deferral()


def collections_deferred() -> _Deferral:
    """Raise the young-generation threshold for the duration; a caller's 0 (collection off) is kept."""
    return _DEFERRAL
