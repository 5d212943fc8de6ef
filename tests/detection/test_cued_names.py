"""Names the model misses: after cue words, and from a list of given names.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import cued_names, given_names


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in cued_names.cued_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our source is Imran Qureshi.", "Imran Qureshi"),
        ("her real name, Aisha bint Salem, appears", "Aisha bint Salem"),
        ('known by the alias "Abu Tariq" in', "Abu Tariq"),
        ("a man named ZHOU XIAOMING was", "ZHOU XIAOMING"),
        ("his real name is ngozi eze, a", "ngozi eze"),
        ("Notre source s'appelle Kossi Ayivi.", "Kossi Ayivi"),
        ("Nuestra fuente es Marta Huanca.", "Marta Huanca"),
        ("the informant, Tran Van Duc, said", "Tran Van Duc"),
    ],
)
def test_names_after_cue_words(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["The minister called for calm.", "He was named in the report.", "Our source is a clerk."],
)
def test_cue_words_without_a_name(text: str) -> None:
    assert texts(text) == []


# --- names from a list of given names ---------------------------------------------------


def listed(text: str) -> list[str]:
    return [text[span.start : span.end] for span in given_names.given_names(text)]


def test_a_known_given_name_and_a_surname_are_a_person() -> None:
    text = (
        "Mamadou\nTraoré met Lucía Carrasco Ibáñez, Zhang Wei and Nguyen Van Hai; later "
        "KIM SO-YEON and Kwabena Mensah-Bonsu, then Aisha bint Salem."
    )
    assert listed(text) == [
        "Mamadou\nTraoré",
        "Lucía Carrasco Ibáñez",
        "Zhang Wei",
        "Nguyen Van Hai",
        "KIM SO-YEON",
        "Kwabena Mensah-Bonsu",
        "Aisha bint Salem",
    ]


def test_places_organisations_and_ordinary_words_are_not_names() -> None:
    text = (
        "Grace Hospital, Victoria Street, Will Power, The Applicant, In March Santa Cruz "
        "and SUBJECT: NINE JOURNALISTS ARE UNDER SURVEILLANCE IN THE CAPITAL"
    )
    assert listed(text) == []
