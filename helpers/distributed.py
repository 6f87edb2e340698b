"""The per-article analysis on Dask: every core of this machine, or an existing Dask cluster.

:func:`helpers.pipeline.analyse` hands the articles that are not in the cache
to a *runner*. :func:`choose_runner` picks one:

* ``WORKBOOK_DASK_SCHEDULER=tcp://host:8786`` (or ``scheduler=`` in
  ``open_workbook`` / ``--scheduler`` of ``python -m helpers.report``): the
  articles go, in chunks, to the workers of that running Dask distributed
  cluster. The workers need this project installed (``pip install -e .``) but
  not the corpus: each chunk carries its texts, and the codebooks travel once,
  as file contents.
* otherwise, from :data:`DASK_FROM` uncached articles on a machine with more
  than one core: a ``LocalCluster`` of worker processes, one per core, started
  for this run and closed after it;
* otherwise (a few articles, or ``WORKBOOK_DASK_SCHEDULER=off``): in this
  process, with no cluster start-up cost.

Whatever the runner, the client writes each result to the per-article JSON
cache and the tables to the partitioned Parquet store (:mod:`helpers.store`),
in corpus order, so the tables are the same row for row.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import warnings
import tempfile
from pathlib import Path
from typing import Callable, Iterator, Sequence

__all__ = ["DASK_FROM", "SCHEDULER_ENV", "CHUNK", "scheduler_address", "choose_runner", "dask_runner"]

DASK_FROM = 400           # uncached articles from which a local cluster repays its start-up (measured: README)
SCHEDULER_ENV = "WORKBOOK_DASK_SCHEDULER"
WORKERS_ENV = "WORKBOOK_DASK_WORKERS"
CHUNK = 16                # articles per task
OFF = {"off", "none", "0", "no", "local-process"}

Runner = Callable[[list, object], Iterator[tuple[int, dict]]]
_WORKER_NLP: dict[str, tuple] = {}   # codebook digest -> (codebooks, nlp), one per worker process


def scheduler_address(scheduler: str | None = None) -> str | None:
    """``scheduler``, else ``$WORKBOOK_DASK_SCHEDULER`` ("" when unset): an address, ``local``, or ``off``."""
    value = (scheduler if scheduler is not None else os.environ.get(SCHEDULER_ENV, "")).strip()
    return value or None


def choose_runner(n_todo: int, scheduler: str | None = None) -> Runner | None:
    """A Dask runner for ``n_todo`` uncached articles, or ``None`` to analyse them in this process."""
    address = scheduler_address(scheduler)
    if address and address.lower() in OFF:
        return None
    if address and address.lower() != "local":
        return dask_runner(address)
    if multiprocessing.parent_process() is not None:
        return None  # inside a worker or a script re-imported by one: never start a cluster from there
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = int(os.environ.get(WORKERS_ENV, 0) or cores)
    if address == "local" or (n_todo >= DASK_FROM and workers > 1):
        return dask_runner(None, workers=workers)
    return None


def dask_runner(address: str | None, *, workers: int = 2, chunk: int = CHUNK) -> Runner:
    """A runner that analyses ``(index, context)`` items on the cluster at ``address`` (``None``: a new
    ``LocalCluster`` of ``workers`` processes) and yields ``(index, result)`` in the items' order."""

    def run(items: list, codebooks) -> Iterator[tuple[int, dict]]:
        from distributed import Client, LocalCluster

        cluster = None
        if address is None:
            try:
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.CRITICAL)
            except Exception as exc:  # noqa: BLE001 - e.g. a script without an `if __name__ == "__main__":` guard
                warnings.warn(f"no local Dask cluster could start ({exc}); analysing in this process instead. "
                              "A script that calls open_workbook needs an `if __name__ == \"__main__\":` guard.",
                              RuntimeWarning, stacklevel=2)
                yield from local_runner(items, codebooks)
                return
        client = Client(cluster or address, set_as_default=False)
        try:
            files = {name: Path(path).read_bytes() for name, path in codebooks.sources.items()}
            books = client.scatter(files, broadcast=True)
            light = [(i, {k: v for k, v in ctx.items() if k != "codebooks"}) for i, ctx in items]
            futures = [client.submit(analyse_chunk, light[s:s + chunk], books, codebooks.digest, pure=False)
                       for s in range(0, len(light), chunk)]
            for future in futures:
                yield from future.result()
                future.release()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def local_runner(items: list, codebooks) -> Iterator[tuple[int, dict]]:
    """The in-process runner: one pipeline, articles in batches, ``(index, result)`` in order."""
    from helpers.pipeline import STAGES, build_nlp, run_stages

    nlp = build_nlp(codebooks)
    docs = nlp.pipe(ctx["text"] for _, ctx in items)
    for (i, ctx), doc in zip(items, docs):
        yield i, run_stages(doc, ctx, STAGES)


def _worker_pipeline(files: dict[str, bytes], digest: str):
    """The codebooks and spaCy pipeline of this worker process, built once per codebook digest."""
    if digest not in _WORKER_NLP:
        from helpers.codebooks import load_codebooks
        from helpers.pipeline import build_nlp

        with tempfile.TemporaryDirectory(prefix="workbook-codebooks-") as tmp:
            for name, data in files.items():
                Path(tmp, name).write_bytes(data)
            codebooks = load_codebooks(tmp)
        if codebooks.digest != digest:
            raise RuntimeError("the codebooks changed on their way to the worker (digest differs)")
        _WORKER_NLP.clear()
        _WORKER_NLP[digest] = (codebooks, build_nlp(codebooks))
    return _WORKER_NLP[digest]


def analyse_chunk(items: Sequence[tuple[int, dict]], files: dict[str, bytes], digest: str) -> list[tuple[int, dict]]:
    """Run on a worker: parse each article of the chunk once and run every stage (``helpers.pipeline``)."""
    from helpers.pipeline import STAGES, run_stages

    codebooks, nlp = _worker_pipeline(files, digest)
    docs = nlp.pipe([ctx["text"] for _, ctx in items])
    return [(i, run_stages(doc, dict(ctx, codebooks=codebooks), STAGES)) for (i, ctx), doc in zip(items, docs)]
