"""A body's short name defined beside it (workstation.detection.acronyms)."""

from __future__ import annotations

from workstation.detection.acronyms import defined_short_names
from workstation.detection.findings import Finding
from workstation.detection.linking import link


def body(text: str, name: str, entity: str = "ORGANIZATION") -> Finding:
    start = text.index(name)
    return Finding(start, start + len(name), entity, 0.85, "test")


def short_names(text: str, finding: Finding) -> list[str]:
    return [text[f.start : f.end] for f, _ in defined_short_names([finding], text)]


def test_a_short_name_in_brackets_after_a_body() -> None:
    text = "staff of the Northern Water Board (NWB) were told"
    assert short_names(text, body(text, "Northern Water Board")) == ["NWB"]
    quoted = 'held in Orlov Pre-trial Centre No. 2 ("SIZO-2") for a year'
    assert short_names(quoted, body(quoted, "Orlov Pre-trial Centre No. 2")) == ["SIZO-2"]


def test_brackets_that_do_not_hold_a_short_name() -> None:
    for text, name in [
        ("a grant from Helvetas (USD 40,000) was paid", "Helvetas"),
        ("the Farmers Union (C) said", "Farmers Union"),
        ("the Farmers Union (see annex) said", "Farmers Union"),
        ("the Farmers Union (Nairobi) said", "Farmers Union"),
        ("Zenith Trading (Pvt) Ltd", "Zenith Trading"),
        ("the Northern Reserve (REF). End summary.", "Northern Reserve"),
    ]:
        assert short_names(text, body(text, name)) == []
    person = "Omar Haddad (OH) said"
    assert short_names(person, body(person, "Omar Haddad", "PERSON")) == []


def test_later_mentions_of_the_short_name_are_the_same_body() -> None:
    text = "The Northern Water Board (NWB) cut supply. Later the NWB denied it; nwb.org"
    proposals = link([body(text, "Northern Water Board")], text)
    # the short name defined in brackets is one box with the body (punctuation_joins)
    assert [text[p.start : p.end] for p in proposals] == ["Northern Water Board (NWB)", "NWB"]
    assert len({p.group for p in proposals}) == 1
