"""Deny-list terms are found in every variant the issue names, and only there."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.detection.denylist import DenyListMatcher
from workstation.policy.model import DenyList
from workstation.text.folding import fold

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
        ("pisao je Mariću i Haddadu", ["Mariću", "Haddadu"]),
        ("the Haddads' house, Haddada's car", ["Haddads", "Haddada"]),
        ("od Tomasa Marića", ["Marića"]),
    ],
)
def test_every_variant_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_no_match_inside_other_words() -> None:
    assert found("Haddadi and Amirah Haddadson and Maricopa and haddadu") == []


def test_an_ending_is_a_form_of_the_name_only_where_variants_are() -> None:
    """In the word's own case ('HaddadEM' is a mailbox); never without variants."""
    assert found("HADDADA and HaddadEM@example.org") == ["HADDADA"]
    exact = DenyList(name="exact", terms=["Amira Haddad"], variants=False)
    assert found("Amira Haddadu and Amira Haddad", exact) == ["Amira Haddad"]


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


def _fold_one_character_at_a_time(text: str) -> tuple[str, tuple[int, ...]]:
    """The plain definition of folding, to hold the fast one to."""
    from workstation.text.folding import fold_char

    out: list[str] = []
    offsets: list[int] = []
    index = 0
    while index < len(text):
        char = text[index]
        rest = text[index + 1 :].lstrip(" \t")
        if char in "-\u00ad\u2010\u2011" and rest[:1] in ("\r", "\n"):
            index += 1
            while index < len(text) and text[index].isspace():
                index += 1
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                offsets.append(index)
            while index < len(text) and text[index].isspace():
                index += 1
            continue
        for piece in fold_char(char):
            out.append(piece)
            offsets.append(index)
        index += 1
    return "".join(out), tuple(offsets)


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("aZ -\u00ad\n\r\t.ÉéßİŁł\u0301\u00a0\u2010Ǆﬁ9")),
        max_size=60,
    )
)
def test_fast_folding_is_the_plain_definition(text: str) -> None:
    folded = fold(text)
    assert (folded.text, folded.offsets) == _fold_one_character_at_a_time(text)
