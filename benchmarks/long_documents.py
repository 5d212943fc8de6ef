"""A corpus of long narrative documents, made deterministically from the tuned set.

Judgments, reports, minutes, news articles and court papers of the tuned evaluation set
(``tests/data/eval/gold.jsonl``, never the held-out set) are joined, a few at a time and
in a rotating order, into documents of 12,000 to 20,000 characters until the corpus
reaches the size asked for. Each document keeps its labelled spans, shifted to where
their text now stands, so recall can be measured on the long documents too.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "eval" / "gold.jsonl"
NARRATIVE_KINDS = ("article", "judgment", "report", "minutes", "court", "letter")
SEPARATOR = "\n\n\n"
MIN_CHARS, MAX_CHARS = 12_000, 20_000


@dataclass(frozen=True)
class LongDocument:
    id: str
    text: str
    spans: list[dict[str, object]]


def narrative_documents(gold: Path = GOLD) -> list[dict[str, object]]:
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    return [r for r in records if r["kind"] in NARRATIVE_KINDS]


def long_corpus(size: int, gold: Path = GOLD) -> list[LongDocument]:
    """Long documents of at least ``size`` characters in all."""
    sources = narrative_documents(gold)
    if not sources:
        raise SystemExit(f"no narrative documents in {gold}")
    rotation = itertools.cycle(range(len(sources)))
    documents: list[LongDocument] = []
    total = 0
    while total < size:
        parts: list[dict[str, object]] = []
        length = 0
        while length < MIN_CHARS:
            source = sources[next(rotation)]
            if parts and length + len(str(source["text"])) > MAX_CHARS:
                continue
            parts.append(source)
            length += len(str(source["text"])) + len(SEPARATOR)
        documents.append(_joined(f"long-{len(documents):03d}", parts))
        total += len(documents[-1].text)
    return documents


def _joined(identifier: str, parts: list[dict[str, object]]) -> LongDocument:
    text, spans = "", []
    for part in parts:
        offset = len(text)
        for span in part["spans"]:  # type: ignore[attr-defined]
            shifted = {"start": span["start"] + offset, "end": span["end"] + offset}
            spans.append({**span, **shifted, "source": f"{part['id']}:{span['start']}"})
        text += str(part["text"]) + SEPARATOR
    return LongDocument(identifier, text, spans)
