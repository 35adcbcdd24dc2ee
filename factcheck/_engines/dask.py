"""The Dask engine: the same batches on a Dask distributed cluster (``pip install '…[dask]'``).

Dask schedules; factcheck only keeps a bounded number of batches submitted and
yields their outcomes in the order given. Workers read the documents
themselves, so every worker needs the input paths (a shared file system).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from factcheck._engines import in_order, register
from factcheck._errors import UsageError

#: Batches in flight per worker thread of the cluster.
IN_FLIGHT_PER_THREAD = 4


@contextlib.contextmanager
def connect(jobs: int, scheduler: str | None) -> Iterator[Any]:
    """A client of the cluster at ``scheduler`` (or of a LocalCluster started here) for a whole run."""
    client, cluster = _client(scheduler, jobs)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _client(scheduler: str | None, jobs: int) -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError(
            "--engine dask needs Dask distributed: pip install 'factcheck-numbers[dask]'"
        ) from None
    if scheduler:
        return distributed.Client(scheduler), None  # type: ignore[no-untyped-call]
    cluster = distributed.LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=jobs, threads_per_worker=1, protocol="tcp", host="127.0.0.1", dashboard_address=None,
        processes=jobs > 1,
    )
    return distributed.Client(cluster), cluster  # type: ignore[no-untyped-call]


@register("dask", connect=connect)
def run(
    function: Callable[[Any, Any], Any],
    batches: Iterable[Any],
    shared: Any,
    *,
    jobs: int,
    scheduler: str | None,
    connection: Any = None,
) -> Iterator[Any]:
    """A Dask cluster at ``--scheduler`` (or a LocalCluster of ``--jobs`` workers)."""
    with contextlib.ExitStack() as opened:
        client = connection if connection is not None else opened.enter_context(connect(jobs, scheduler))
        threads = max(1, sum(client.nthreads().values()))
        shared_future = client.scatter(shared, broadcast=True, hash=False)  # a key of its own per run
        yield from in_order(lambda batch: client.submit(function, batch, shared_future, pure=False),
                            batches, threads * IN_FLIGHT_PER_THREAD)
