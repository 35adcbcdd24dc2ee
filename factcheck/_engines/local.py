"""The local engine: this process for one job, a pool of processes for more."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from factcheck._engines import in_order, register

#: Batches in flight per worker: enough to keep every worker busy, few enough to keep memory flat.
IN_FLIGHT_PER_JOB = 4

_shared: Any = None


def _remember(shared: Any) -> None:
    """Pool initializer: the shared argument (the rules) crosses to each worker once, not per batch."""
    global _shared
    _shared = shared


def _call(function: Callable[[Any, Any], Any], batch: Any) -> Any:
    return function(batch, _shared)


@register("local")
def run(
    function: Callable[[Any, Any], Any],
    batches: Iterable[Any],
    shared: Any,
    *,
    jobs: int,
    scheduler: str | None,
    connection: Any = None,
) -> Iterator[Any]:
    """Processes on this machine (``--jobs``; one job runs in this process)."""
    if jobs <= 1:
        for batch in batches:
            yield function(batch, shared)
        return
    # fork is cheap (workers inherit the loaded library); the progress bar runs no thread to inherit
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_remember, initargs=(shared,)
    ) as pool:
        yield from in_order(lambda batch: pool.submit(_call, function, batch), batches,
                            jobs * IN_FLIGHT_PER_JOB)
