"""Deny-list terms are found in every variant the issue names, and only there."""

from __future__ import annotations

import pytest

from workstation.detection.denylist import DenyListMatcher
from workstation.detection.folding import fold
from workstation.policy.model import DenyList

SOURCES = DenyList(name="sources", entity="SOURCE_NAME", terms=["Amira Haddad", "Tomas Marić"])


def found(text: str, *lists: DenyList) -> list[str]:
    matcher = DenyListMatcher(lists or (SOURCES,))
    return [text[f.start : f.end] for f in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met Amira Haddad today", ["Amira Haddad"]),
        ("met AMIRA HADDAD today", ["AMIRA HADDAD"]),
        ("met amira   haddad today", ["amira   haddad"]),
        ("met Amira\nHaddad today", ["Amira\nHaddad"]),
        ("met Amira Had-\ndad today", ["Amira Had-\ndad"]),
        ("Haddad's brother", ["Haddad"]),
        ("Haddad\u2019s brother", ["Haddad"]),
        ("then A. Haddad left", ["A. Haddad"]),
        ("Tomas Maric and Marić and MARIĆ", ["Tomas Maric", "Marić", "MARIĆ"]),
        ("Tomás Marić", ["Tomás Marić"]),
    ],
)
def test_every_variant_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_no_match_inside_other_words() -> None:
    assert found("Haddadi and Amirah Haddadson and Maricopa") == []


def test_variants_can_be_switched_off_and_codenames_match_whole() -> None:
    codes = DenyList(
        name="codes", entity="CODE_NAME", terms=["Operation Blue Heron"], variants=False
    )
    assert found("the operation blue  heron file; Heron alone", codes) == ["operation blue  heron"]


def test_findings_carry_list_entity_and_decision() -> None:
    (finding,) = DenyListMatcher([SOURCES]).find("Amira Haddad")
    assert (finding.entity, finding.decision, finding.score) == ("SOURCE_NAME", "redact", 1.0)
    assert finding.from_deny_list and "sources" in finding.rule


def test_folding_maps_back_to_original_offsets() -> None:
    text = "Ma-\n  rić  IS"
    folded = fold(text)
    assert folded.text == "maric is"
    assert folded.span(0, 5) == (0, 9)
