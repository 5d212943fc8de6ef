"""Detection on several cores: batches of whole documents go to worker processes.

presidio's recognizers and our rules are Python and run after the model, so
spaCy's own ``n_process`` (the model alone in children, everything else in the
parent) leaves the parent as the bottleneck. Each worker here builds the whole
engine once and runs everything for its batch; results come back in input order.
Workers are forked from multiprocessing's fork server, which is safe even when the
caller has threads (the review UI scans in a thread): a fresh interpreter that has
loaded the models (:mod:`preloaded`) and does nothing but fork, so a worker starts
without loading them again (where there is no fork server, workers are spawned).
Workers hold document text only in memory, like the parent.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import multiprocessing.forkserver
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any

from workstation.confined.parent import protect_process
from workstation.detection.findings import Proposal
from workstation.detection.text_batches import batches
from workstation.policy.loader import LoadedPolicy

PRELOADED = "workstation.detection.preloaded"
"""The module the fork server imports first: it loads the models."""
IN_PROCESS_CHARS = 200_000
IN_PROCESS_DOCUMENTS = 64
"""An input no larger than this is analysed here: starting workers costs seconds."""
_ENGINE: Any = None
_USERS = 0
"""Scans of this process now using workers from the fork server (see _worker_context)."""
_USERS_LOCK = threading.Lock()


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def detect(
    loaded: LoadedPolicy, texts: Iterable[str], workers: int = 1
) -> Iterator[list[Proposal]]:
    """Proposals for each text, in input order, in this process or in ``workers``.

    Starting workers costs each one the model's load time, so a small input is
    analysed here.
    """
    stream = iter(texts)
    first = next(batches(stream, IN_PROCESS_CHARS, IN_PROCESS_DOCUMENTS), [])
    rest = next(stream, None) if workers > 1 else None
    if rest is None:
        from workstation.detection.engine import engine_for  # noqa: PLC0415 - loads presidio

        yield from engine_for(loaded).detect_many(itertools.chain(first, stream))
        with _USERS_LOCK:
            if _USERS == 0:  # started early (start_early) for an input that proved small
                _stop_fork_server()
        return
    everything = itertools.chain(first, [rest], stream)
    yield from _detect_in_workers(loaded, batches(everything), workers)


def start_early() -> None:
    """Start the workers' fork server now: it loads the models (two to three seconds of
    one core) while the caller still loads its policy and reads its input.

    For a caller expecting an input too large to analyse in-process (``workstation
    detect`` reading a large file); if the input proves small after all, :func:`detect`
    analyses it here and then stops the server. Does nothing where there is no fork
    server.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    multiprocessing.get_context("forkserver").set_forkserver_preload([PRELOADED])
    multiprocessing.forkserver.ensure_running()


def _detect_in_workers(
    loaded: LoadedPolicy, batches: Iterable[list[str]], workers: int
) -> Iterator[list[Proposal]]:
    """Proposals for each text of each batch, in input order, from ``workers`` processes.

    At most two batches per worker are in flight, so a long input stream is read
    only as fast as it is analysed.
    """
    with (
        _worker_context() as context,
        ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start, initargs=(loaded,)
        ) as pool,
    ):
        in_flight: deque[Future[list[list[Proposal]]]] = deque()
        for batch in batches:
            in_flight.append(pool.submit(_detect_batch, batch))
            while len(in_flight) > 2 * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


@contextlib.contextmanager
def _worker_context() -> Iterator[BaseContext]:
    """How to start workers: forked from a fork server that has loaded the models, or
    spawned where there is no fork server (it needs Unix).

    The server is started when the first workers are asked for, and stopped and waited
    for once the last scan of this process using it is done: its memory (the models) is
    released at once, and its CPU time and its workers' count as this process's
    children's, as spawned workers' do (a server left to end with the process is never
    waited for). While another scan still has workers, the server is left running: that
    scan may fork a replacement worker from it.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        yield multiprocessing.get_context("spawn")
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([PRELOADED])
    global _USERS  # noqa: PLW0603 - one count per process
    with _USERS_LOCK:
        _USERS += 1
    try:
        yield context
    finally:
        with _USERS_LOCK:
            _USERS -= 1
            if _USERS == 0:
                _stop_fork_server()


def _stop_fork_server() -> None:
    """Stop multiprocessing's fork server and wait for it (only a private method does)."""
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if stop is not None:
        stop()


def _start(loaded: LoadedPolicy) -> None:
    """Worker start-up: closed to core dumps and same-user readers before it holds any
    text, as the workstation itself is (a worker forked from the fork server or spawned
    does not inherit that), then the policy's engine, built once."""
    global _ENGINE  # noqa: PLW0603 - one engine per worker process
    from workstation.detection.engine import engine_for  # noqa: PLC0415 - loads presidio

    protect_process()
    _ENGINE = engine_for(loaded)


def _detect_batch(texts: list[str]) -> list[list[Proposal]]:
    return list(_ENGINE.detect_many(texts))
