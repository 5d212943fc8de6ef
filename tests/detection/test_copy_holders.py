"""Issue 14.5: a copy or recipient marking names a whole person, and both the fingerprint
pass and detection take the whole name (not one word of it)."""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine
from workstation.detection.layout.copy_holders import copy_holders
from workstation.fingerprints.copy_markings import find

MARKINGS = [
    ("Prepared for Amira Haddad on 3 May.", "Prepared for Amira Haddad", "Amira Haddad"),
    ("Printed by Farah Naz Khan\n", "Printed by Farah Naz Khan", "Farah Naz Khan"),
    ("Copy for Teodor Marić.", "Copy for Teodor Marić", "Teodor Marić"),
    (
        "EYES ONLY: TARIQ MAHMOOD QURESHI\n",
        "EYES ONLY: TARIQ MAHMOOD QURESHI",
        "TARIQ MAHMOOD QURESHI",
    ),
    ("Copy no. 3 for Omar al Rashid, desk 4", "Copy no. 3 for Omar al Rashid", "Omar al Rashid"),
    ("Eyes only for J. Ellery", "Eyes only for J. Ellery", "J. Ellery"),
]


@pytest.mark.parametrize(("text", "marking", "name"), MARKINGS)
def test_the_whole_name_is_in_the_marking_and_proposed_as_a_person(
    text: str, marking: str, name: str
) -> None:
    found = [(f.code, text[f.start : f.end]) for f in find(text)]
    assert found == [("recipient-marking", marking)]
    spans = [(s.entity, text[s.start : s.end]) for s in copy_holders(text)]
    assert spans == [("PERSON", name)]


def test_accounts_and_ordinary_phrases_are_not_people() -> None:
    assert [f.code for f in find("Printed by j.doe")] == ["recipient-marking"]
    assert list(copy_holders("Printed by j.doe")) == []
    assert find("The note was prepared for the minister.") == []
    assert list(copy_holders("Prepared for Ministry of Defence")) == []


def test_the_engine_proposes_the_whole_holder(strict: DetectionEngine) -> None:
    text = "MEMO\nCopy no. 3 for Farah Naz Khan\nThe meeting went ahead as planned.\n"
    people = [text[p.start : p.end] for p in strict.detect(text) if p.entity == "PERSON"]
    assert "Farah Naz Khan" in people
    assert "Naz" not in people and "Farah" not in people
