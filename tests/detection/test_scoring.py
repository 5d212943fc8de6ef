"""Scoring a policy against gold spans, and 'workstation policy test' end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from workstation.detection.findings import Proposal
from workstation.detection.scoring import GoldSpan, Score


def proposal(start: int, end: int, entity: str = "PERSON", decision: str = "review") -> Proposal:
    return Proposal(start, end, entity, 0.9, decision, "g1")  # type: ignore[arg-type]


def test_recall_needs_every_character_covered_and_precision_any_overlap() -> None:
    text = "Amira Haddad met Jon Brandt in Corvenna on Monday."
    gold = [
        GoldSpan(0, 12, "PERSON", "direct"),
        GoldSpan(17, 27, "PERSON", "direct"),
        GoldSpan(31, 39, "LOCATION", "quasi"),
    ]
    score = Score()
    score.add(
        "doc",
        text,
        gold,
        [
            proposal(0, 5),
            proposal(6, 12),  # two pieces cover Amira Haddad
            proposal(17, 20),  # only "Jon": Brandt stays visible
            proposal(43, 49, "DATE_TIME"),  # not in gold: a false positive
            proposal(31, 39, "LOCATION", "ignore"),  # ignored proposals redact nothing
        ],
    )
    person = score.by_entity["PERSON"]
    assert (person.gold, person.found, person.predicted, person.correct) == (2, 1, 3, 3)
    assert score.by_identifier["quasi"].recall == 0.0
    assert score.by_entity["DATE_TIME"].precision == 0.0
    assert score.overall.recall == pytest.approx(1 / 3)
    assert score.overall.precision == pytest.approx(3 / 4)
    p, r = 3 / 4, 1 / 3
    assert score.overall.f2 == pytest.approx(5 * p * r / (4 * p + r))
    assert [m.text for m in score.missed] == ["Jon Brandt", "Corvenna"]


def test_policy_test_command_prints_figures_and_missed_spans(cli: Any, tmp_path: Path) -> None:
    text = "Radomir Vesk (STRICTLY PROTECT) met Ambassador Eleanor Whitcombe in Corvenna."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "c1",
                "text": text,
                "spans": [
                    {"start": 0, "end": 12, "entity": "PERSON", "identifier": "direct"},
                    {"start": 48, "end": 65, "entity": "PERSON", "identifier": "quasi"},
                    {"start": 69, "end": 77, "entity": "LOCATION", "identifier": "quasi"},
                ],
            }
        )
        + "\n"
    )

    result = cli.run("policy", "test", "source-protection", str(gold), "--json")

    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["rows"]["entity PERSON"]["gold"] == 2
    assert figures["rows"]["direct identifiers"]["recall"] == 1.0
    assert 0 <= figures["rows"]["overall"]["f2"] <= 1
    human = cli.run("policy", "test", "source-protection", str(gold))
    assert "overall" in human.stdout and "PERSON" in human.stdout


def test_policy_test_names_a_malformed_gold_line(cli: Any, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "spans": []}\n{"id": "b", "spans": [1]}\n')
    result = cli.run("policy", "test", "default", str(gold))
    assert result.returncode == 1
    assert f"{gold}:2: not a labelled document" in result.stderr


def test_words_are_counted_once_proposed_and_found_only_when_covered_whole() -> None:
    text = "Officer Amira Haddad of the Bureau filed it."
    gold = [GoldSpan(8, 20, "PERSON", "direct")]  # Amira Haddad
    score = Score()
    # "Officer Amira" (one correct word, one not) and half of "Haddad".
    score.add("doc", text, gold, [proposal(0, 13), proposal(14, 17, "LOCATION")])
    overall = score.overall
    assert (overall.gold_words, overall.found_words) == (2, 1)
    assert (overall.predicted_words, overall.correct_words) == (3, 2)
    assert overall.word_precision == pytest.approx(2 / 3)
    assert score.by_entity["LOCATION"].word_precision == 1.0
    assert score.by_identifier["direct"].word_recall == 0.5


def test_policy_test_sets_several_files_side_by_side(cli: Any, tmp_path: Path) -> None:
    files = []
    for name, text in (("tuned", "Call Radomir Vesk today."), ("held", "Nothing here.")):
        path = tmp_path / f"{name}.jsonl"
        spans = [{"start": 5, "end": 17, "entity": "PERSON"}] if name == "tuned" else []
        path.write_text(json.dumps({"id": name, "text": text, "spans": spans}) + "\n")
        files.append(str(path))
    result = cli.run("policy", "test", "source-protection", *files, "--json")
    assert result.returncode == 0, result.stderr
    sets = json.loads(result.stdout)["sets"]
    assert sets[files[0]]["rows"]["overall"]["gold"] == 1
    assert sets[files[1]]["rows"]["overall"]["gold"] == 0
    human = cli.run("policy", "test", "source-protection", *files)
    assert "1:WORD P" in human.stdout and "2:RECALL" in human.stdout
    assert f"2: {files[1]}" in human.stdout
