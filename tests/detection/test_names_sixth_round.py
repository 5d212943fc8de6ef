"""Given names the lists lacked (Brazilian names coined in the North-East and the
Amazon, Spanish pet forms, Malagasy and Great Lakes names) and names with a kin link.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.findings import Finding
from workstation.detection.layout import kin_links
from workstation.detection.overlaps import resolve
from workstation.detection.phrases import given_names


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in given_names.given_names(text)]


@pytest.mark.parametrize(
    "name",
    ["Djalma", "Valdecir", "Kauê", "Cleiton", "Jaciara", "Toño", "Chucho", "Hery", "Kambale"],
)
def test_given_names_from_regions_the_dictionary_covers_thinly(name: str) -> None:
    assert given_names.known_given_name(name)


@pytest.mark.parametrize("word", ["toño", "Reclamante", "Fazenda", "Cidade", "Mesa"])
def test_words_that_are_not_given_names(word: str) -> None:
    assert not given_names.known_given_name(word)


def test_a_brazilian_given_name_starts_the_name_it_begins() -> None:
    text = "O autor, Cleiton Barbosa Lima, trabalhou na fazenda."
    assert any(found.startswith("Cleiton") for found in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The duty officer, Sergeant Murugan s/o Velu, said", ["Murugan s/o Velu"]),
        ("counsel Thilaga d/o Perumal of a firm", ["Thilaga d/o Perumal"]),
        ("by Constable Arjun Kumar s/o Nadarajan", ["Arjun Kumar s/o Nadarajan"]),
        ("FROM: INSP. GANESAN A/L RAJU, IPD", ["GANESAN A/L RAJU"]),
        ("witness Priya Devi a/p Subramaniam (30)", ["Priya Devi a/p Subramaniam"]),
    ],
)
def test_a_name_with_a_kin_link_and_the_fathers_name(text: str, expected: list[str]) -> None:
    found = [text[s.start : s.end] for s in kin_links.kin_linked_names(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    ["send it c/o the office", "the 24 a/c holders", "cheques s/o for the month", "A/C Repairs"],
)
def test_slashed_abbreviations_that_are_no_kin_link(text: str) -> None:
    assert list(kin_links.kin_linked_names(text)) == []


def test_a_rank_cut_off_a_merged_name_stays_a_post() -> None:
    text = "arrested by Constable Arjun Kumar s/o Nadarajan at noon"
    at = text.index

    def finding(part: str, entity: str, score: float, recognizer: str) -> Finding:
        return Finding(at(part), at(part) + len(part), entity, score, recognizer)

    found = resolve(
        [
            finding("Arjun Kumar s/o Nadarajan", "PERSON", 0.86, "layout"),
            finding("Constable Arjun Kumar s", "ORGANIZATION", 0.85, "spacy"),
            finding("Constable", "OCCUPATION", 0.7, "posts"),
        ],
        text,
    )
    assert [(text[f.start : f.end], f.entity) for f in found] == [
        ("Constable", "OCCUPATION"),
        ("Arjun Kumar s/o Nadarajan", "PERSON"),
    ]
