"""The engine seam: every bulk task runs through a ``concurrent.futures.Executor``.

On a laptop that is a ``ProcessPoolExecutor``; with the ``bulk`` extra
(``pip install filingcheck[bulk]``) it is Dask distributed: a ``LocalCluster`` of N worker
processes by default, or the scheduler at ``--scheduler tcp://host:8786``. The task functions
(pipeline/bulk/extract.py) are plain top-level functions and know nothing of either; Dask
retries the task of a worker that died (``retries``), a process pool fails it and the day is
simply extracted again by the next run.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

from core.errors import ValidationError

ENGINES = ("process", "dask")
TASK_RETRIES = 3  # a task is retried on another worker when its worker dies


@contextmanager
def executor(workers: int = 1, *, engine: str = "process",
             scheduler: str | None = None) -> Iterator[Executor]:
    """An Executor running ``workers`` processes (ignored when joining a ``scheduler``)."""
    if workers < 1:
        raise ValidationError(f"--workers {workers}: give at least 1")
    if scheduler is not None or engine == "dask":
        with _dask_executor(workers, scheduler) as pool:
            yield pool
        return
    if engine != "process":
        raise ValidationError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    # spawn, not fork: a forked child would inherit the driver's threads and open DuckDB files
    with ProcessPoolExecutor(max_workers=workers,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


@contextmanager
def _dask_executor(workers: int, scheduler: str | None) -> Iterator[Executor]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ValidationError("the Dask engine needs the bulk extra: pip install "
                              "'filingcheck[bulk]' (or run without --scheduler to use a "
                              "process pool)") from None
    if scheduler is not None:
        with Client(scheduler) as client:
            yield client.get_executor(retries=TASK_RETRIES, pure=False)
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client.get_executor(retries=TASK_RETRIES, pure=False)
