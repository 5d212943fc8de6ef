"""'workstation policy test': score a policy against a labelled JSON Lines file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workstation.detection.scoring import GoldSpan, Score, Tally
from workstation.policy.loader import LoadedPolicy
from workstation.services.errors import WorkstationError

__all__ = ["GoldDocument", "GoldSpan", "Score", "Tally", "read_gold", "score_policy"]


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    spans: list[GoldSpan]


def read_gold(path: Path) -> Iterator[GoldDocument]:
    """Labelled documents; a malformed line is named by its number."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise WorkstationError(f"cannot read {path}: {error.strerror}") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield _document(raw, number, path)


def _document(raw: bytes, number: int, path: Path) -> GoldDocument:
    try:
        record = json.loads(raw)
        text = record["text"]
        spans = [
            GoldSpan(
                int(s["start"]), int(s["end"]), str(s["entity"]), str(s.get("identifier", "direct"))
            )
            for s in record.get("spans", [])
        ]
        if not isinstance(text, str) or any(not 0 <= s.start < s.end <= len(text) for s in spans):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise WorkstationError(
            f"{path}:{number}: not a labelled document "
            '({"id", "text", "spans": [{"start", "end", "entity", "identifier"}]})'
        ) from None
    return GoldDocument(str(record.get("id", number)), text, spans)


def score_policy(loaded: LoadedPolicy, gold_file: Path) -> Score:
    from workstation.detection.engine import engine_for  # noqa: PLC0415 - loads presidio

    engine = engine_for(loaded)
    score = Score()
    for document in read_gold(gold_file):
        score.add(document.id, document.text, document.spans, engine.detect(document.text))
    return score
