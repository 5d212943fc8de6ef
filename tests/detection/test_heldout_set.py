"""The held-out and development evaluation sets are well formed.

``tests/data/eval/heldout.jsonl`` was written without looking at the detector, so its
figures say how detection generalises; they are reported in the set's README, not
asserted here (the quality bar stays on the tuned ``gold.jsonl``).
``development.jsonl`` is the first held-out set, retired to development once it had been
measured too often to stay independent. What is checked is that each file is a fair
measuring stick: every span points at its text, uses the tuned set's entity names and
classes, and the set is big enough to mean something.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from workstation.services.policy_evaluation import read_gold

EVAL = Path(__file__).parents[1] / "data" / "eval"
HELDOUT = EVAL / "heldout.jsonl"
DEVELOPMENT = EVAL / "development.jsonl"
GOLD = EVAL / "gold.jsonl"
# The class is fixed by the entity type except for these (public figures, sites).
EITHER_CLASS = {"PERSON", "URL"}


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module", params=[HELDOUT, DEVELOPMENT], ids=lambda path: path.stem)
def labelled_set(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


@pytest.fixture(scope="module")
def heldout(labelled_set: Path) -> list[dict[str, Any]]:
    return records(labelled_set)


@pytest.fixture(scope="module")
def tuned_classes() -> dict[str, set[str]]:
    """Which classes the tuned set gives each entity: the vocabulary to keep to."""
    classes: dict[str, set[str]] = {}
    for document in records(GOLD):
        for span in document["spans"]:
            classes.setdefault(span["entity"], set()).add(span["identifier"])
    return classes


def test_the_set_is_big_and_varied_enough(heldout: list[dict[str, Any]]) -> None:
    spans = [span for document in heldout for span in document["spans"]]
    kinds = Counter(document["kind"] for document in heldout)
    assert len(heldout) >= 15 and len(spans) >= 400
    long_ones = [d for d in heldout if len(d["text"]) >= 5_000]
    assert len(long_ones) >= 8, "issue 16 asks for long narrative documents in the set"
    assert {"chat", "minutes", "sheet", "letter", "court", "hr"} <= set(kinds)
    assert len({document["id"] for document in heldout}) == len(heldout)


def test_spans_point_at_their_text_in_order_without_overlap(
    heldout: list[dict[str, Any]],
) -> None:
    for document in heldout:
        text, previous_end = document["text"], 0
        for span in document["spans"]:
            where = f"{document['id']} {span['start']}-{span['end']}"
            assert previous_end <= span["start"] < span["end"] <= len(text), where
            assert text[span["start"] : span["end"]] == span["text"], where
            assert span["text"] == span["text"].strip(), where
            previous_end = span["end"]


def test_entities_and_classes_are_those_of_the_tuned_set(
    heldout: list[dict[str, Any]], tuned_classes: dict[str, set[str]]
) -> None:
    for document in heldout:
        for span in document["spans"]:
            where = f"{document['id']} {span['entity']} {span['text']!r}"
            assert span["entity"] in tuned_classes, where
            assert span["identifier"] in {"direct", "quasi"}, where
            if span["entity"] not in EITHER_CLASS:
                assert {span["identifier"]} == tuned_classes[span["entity"]], where


def test_policy_test_reads_the_set_as_labelled(
    heldout: list[dict[str, Any]], labelled_set: Path
) -> None:
    documents = list(read_gold(labelled_set))
    assert [d.id for d in documents] == [d["id"] for d in heldout]
    assert sum(len(d.spans) for d in documents) == sum(len(d["spans"]) for d in heldout)


def test_heldout_jsonl_is_built_from_the_current_sources() -> None:
    build = subprocess.run(
        [sys.executable, str(EVAL / "build.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr


def test_a_span_inside_the_texts_own_brackets_keeps_them() -> None:
    """']]]' closes a span whose text opened a bracket, else the ']' is the text's;
    '[[[' is the text's own '[' and then a span."""
    spec = importlib.util.spec_from_file_location("eval_build", EVAL / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # its dataclasses look their module up
    spec.loader.exec_module(build)
    source = (
        "[[EMAIL_HEADER|q:X-Originating-IP: [192.0.2.7]]]\n"
        "From: Ana [mailto:[[EMAIL_ADDRESS|d:ana@example.org]]]\n"
        "[[[DATE_TIME|q:2026-11-02 19:02]]] [[PERSON|d:Ana]]: ok\n"
    )
    text, spans, errors = build.parse(Path("email-x.txt"), source)
    assert errors == []
    assert text == (
        "X-Originating-IP: [192.0.2.7]\nFrom: Ana [mailto:ana@example.org]\n"
        "[2026-11-02 19:02] Ana: ok\n"
    )
    assert [span.text for span in spans] == [
        "X-Originating-IP: [192.0.2.7]",
        "ana@example.org",
        "2026-11-02 19:02",
        "Ana",
    ]
