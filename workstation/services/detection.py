"""Detection without a vault: the JSON Lines filter behind 'workstation detect'.

Each input line is ``{"id": ..., "text": ...}``; each output line gives the spans.
A bad line becomes an error object naming the line number and what was wrong with
it, never its text, and the stream goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from workstation.policy.loader import LoadedPolicy

MAX_LINE_BYTES = 64 * 1024 * 1024


def detect_lines(loaded: LoadedPolicy, lines: Iterable[bytes]) -> Iterator[dict[str, Any]]:
    """One result object per non-blank input line, in order."""
    from workstation.detection.engine import engine_for  # noqa: PLC0415 - loads presidio

    engine = None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        record, problem = _parse(raw)
        if problem:
            yield {"line": number, "id": record.get("id"), "error": problem}
            continue
        engine = engine or engine_for(loaded)
        spans = [proposal.to_json() for proposal in engine.detect(record["text"])]
        yield {"id": record.get("id"), "spans": spans}


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
