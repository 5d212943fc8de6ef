"""Organisations read whole (issue 16, sixth round): a body's list of portfolios in
French, Spanish and Portuguese, with the article before the second item, and a force
named by two fields joined by "and".

Every string here is invented for the test; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.bodies import bodies


def found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in bodies(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("selon la Direction des Forêts et des Eaux, rien", "Direction des Forêts et des Eaux"),
        (
            "l'Inspection des Mines et de la Géologie a conclu",
            "Inspection des Mines et de la Géologie",
        ),
        ("el Ministerio de Minería y Energía respondió", "Ministerio de Minería y Energía"),
        ("a Secretaria da Agricultura e Pecuária negou", "Secretaria da Agricultura e Pecuária"),
        ("the Fire and Rescue Service was called", "Fire and Rescue Service"),
        ("two Border and Maritime Police officers", "Border and Maritime Police"),
        ("the Customs and Excise Department wrote", "Customs and Excise Department"),
    ],
)
def test_body_read_whole(text: str, body: str) -> None:
    assert body in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "el Ministerio de Salud y Ana Ruiz firmaron",  # a person after the body
        "la Direction des Mines et Paul Kabila",
        "Ahmed and Border Police officers met",  # a name before "and"
        "Smith and Jones Service Station",
    ],
)
def test_no_person_taken_into_a_body(text: str) -> None:
    assert not any(
        name in piece for piece in found(text) for name in ("Ana", "Paul", "Ahmed", "Smith")
    )
