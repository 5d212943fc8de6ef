"""Detection without a vault: the JSON Lines filter behind 'workstation detect'.

Each input line is ``{"id": ..., "text": ...}``; each output line gives the spans.
A bad line becomes an error object naming the line number and what was wrong with
it, never its text, and the stream goes on.
"""

from __future__ import annotations

import json
import os
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from workstation.detection import parallel
from workstation.detection.parallel import available_cores, detect
from workstation.policy.loader import LoadedPolicy

MAX_LINE_BYTES = 64 * 1024 * 1024


def default_workers() -> int:
    """One analysing process per core (each holds its own copy of the model)."""
    return available_cores()


def start_workers_early(stream: BinaryIO, workers: int) -> None:
    """Start the workers' fork server before the input is read, when it will be needed.

    It then loads the models (two to three seconds of one core) while this process
    loads the policy and reads the input, instead of after. Only for a file larger than
    what is analysed without workers (a smaller file cannot hold more characters than
    bytes); a pipe's size is not known in advance. Should the input prove small after
    all, it is analysed in this process and the server stopped (:func:`parallel.detect`).
    """
    if workers < 2:
        return
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError):
        return
    if stat.S_ISREG(status.st_mode) and status.st_size > parallel.IN_PROCESS_CHARS:
        parallel.start_early()


def detect_lines(
    loaded: LoadedPolicy, lines: Iterable[bytes], workers: int = 1
) -> Iterator[dict[str, Any]]:
    """One result object per non-blank input line, in input order, streaming.

    Valid texts flow lazily into the engine's batched pipeline; bad lines wait in
    ``order`` so each error comes out at its own place among the results.
    """
    order: deque[dict[str, Any]] = deque()

    def texts() -> Iterator[str]:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            record, problem = _parse(raw)
            if problem:
                order.append({"line": number, "id": record.get("id"), "error": problem})
            else:
                order.append({"id": record.get("id"), "spans": None})
                yield record["text"]

    for proposals in detect(loaded, texts(), workers):
        while order[0].get("spans", []) is not None:
            yield order.popleft()
        result = order.popleft()
        yield {"id": result["id"], "spans": [proposal.to_json() for proposal in proposals]}
    yield from order


def _parse(raw: bytes) -> tuple[dict[str, Any], str]:
    if len(raw) > MAX_LINE_BYTES:
        return {}, "line is longer than 64 MiB"
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return {}, "not valid JSON"
    if not isinstance(record, dict):
        return {}, 'expected an object like {"id": ..., "text": ...}'
    identifier = record.get("id")
    safe = {"id": identifier} if isinstance(identifier, str | int) else {}
    if not isinstance(record.get("text"), str):
        return safe, 'missing "text" (a string)'
    return {**safe, "text": record["text"]}, ""
