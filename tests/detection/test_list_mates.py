"""Names listed beside a found name are proposed too; a name's apposition is not a list.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.findings import Finding
from workstation.detection.list_mates import mates


def _mates(text: str, *found: tuple[str, str]) -> list[str]:
    findings = []
    for part, entity in found:
        start = text.index(part)
        findings.append(Finding(start, start + len(part), entity, 0.8, "test"))
    return [text[f.start : f.end] for f in mates(findings, text)]


@pytest.mark.parametrize(
    ("text", "people", "expected"),
    [
        (
            "Witnesses included Dariga, Pham Van Long and Oyelaran.",
            ["Pham Van Long"],
            ["Dariga", "Oyelaran"],
        ),
        (
            "The elders named Lindiwe Khumalo, Tshepo and Zanele as leaders.",
            ["Lindiwe Khumalo"],
            ["Tshepo", "Zanele"],
        ),
        ("Present: Aigerim, Yerlan Dossanov & Bolat", ["Yerlan Dossanov"], ["Aigerim", "Bolat"]),
        (
            "signed by Marta Kowalska y Ximena Quispe Mamani.",
            ["Marta Kowalska"],
            ["Ximena Quispe Mamani"],
        ),
        (
            "ont témoigné Awa Diallo, Sékou et Mariam Traoré hier",
            ["Awa Diallo", "Mariam Traoré"],
            ["Sékou"],
        ),
    ],
)
def test_the_other_items_of_a_list_of_people_are_proposed(
    text: str, people: list[str], expected: list[str]
) -> None:
    assert _mates(text, *((person, "PERSON") for person in people)) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an apposition: a name and where she is, or whom she works for
        ("The panel heard Greta Lind, Tallinnport.", [("Greta Lind", "PERSON")]),
        ("quoted Greta Lind, Reuters correspondent", [("Greta Lind", "PERSON")]),
        # an item another finding holds ends the list
        (
            "flights for Greta Lind, Tallinnport and Kessa",
            [("Greta Lind", "PERSON"), ("Tallinnport", "LOCATION")],
        ),
        # no person in the list
        ("the towns of Arvika, Borlange and Mora", [("Arvika", "LOCATION")]),
        # words that open sentences, titles and lower-case words are no items
        ("Greta Lind and Yesterday's papers", [("Greta Lind", "PERSON")]),
        ("Greta Lind and the Minister agreed", [("Greta Lind", "PERSON")]),
        # a place's head word or a firm's word makes the item no person
        ("raids on Greta Lind, Port Velmar and Kembara", [("Greta Lind", "PERSON")]),
        ("paid by Greta Lind and Vostok Shipping ApS", [("Greta Lind", "PERSON")]),
        # a new sentence is no item
        ("We met Greta Lind. Then Oskar and Mia left", [("Greta Lind", "PERSON")]),
    ],
)
def test_what_is_not_a_list_of_people_gives_nothing(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _mates(text, *found) == []


def test_a_listed_name_is_proposed_for_review_with_its_reason() -> None:
    text = "Greta Lind and Oskarsdottir"
    (finding,) = mates([Finding(0, 10, "PERSON", 0.8, "test")], text)
    assert (finding.entity, finding.recognizer) == ("PERSON", "list-mates")
    assert finding.score < 0.8
