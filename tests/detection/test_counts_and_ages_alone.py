"""Counts and ages standing alone, read from the words around them
(workstation.detection.phrases.loose_numbers): votes, "of whom", a part of a count,
one child, ages after a bracket and of children listed, on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.loose_numbers import loose_numbers


def found(text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in loose_numbers(text)]


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("Our witness is LEE Jun-seo (이준서), 37, a crane driver who", "AGE", "37"),
        ("Okafor (PROTECT), 29, from the delta, said", "AGE", "29"),
        ("Mwale, now 63, was freed in 2004", "AGE", "63"),
        ("Banda, the informant, is 51 and runs a kiosk", "AGE", "51"),
        ("She is\n39, a widow", "AGE", "39"),
        ("Two sons (12 and 9). The elder", "AGE", "9"),
        ("Resolved to refer the case (8 for, 1 against).", "QUANTITY", "8"),
        ("Resolved to refer the case (8 for, 1 against).", "QUANTITY", "1"),
        ("Carried, 11 votes in favour, 2 against.", "QUANTITY", "2"),
        ("Adopté par 6 pour, 3 contre.", "QUANTITY", "3"),
        ("412 inmates, of whom 57 in the annex", "QUANTITY", "57"),
        ("no doctor on call on 11 of 30 nights", "QUANTITY", "11 of 30 nights"),
        ("trois des sept membres ont voté", "QUANTITY", "trois des sept membres"),
        (
            "Cuatro de los nueve trabajadores firmaron",
            "QUANTITY",
            "Cuatro de los nueve trabajadores",
        ),
        ("married; one child (born 2009)", "QUANTITY", "one child"),
        ("Veuve, un\n  enfant. Adresse :", "QUANTITY", "un\n  enfant"),
        ("2. File 1/09 -- RAHIMI, Laila\n   38, widow, Tajik, arrived", "AGE", "38"),
        ("   27, mechanic, two children", "AGE", "27"),
        ("heard by a committee of five chaired by", "QUANTITY", "a committee of five"),
        ("she called at least four times that day", "QUANTITY", "at least four times"),
    ],
)
def test_a_count_or_an_age_alone_is_found(text: str, entity: str, expected: str) -> None:
    assert (entity, expected) in found(text)


@pytest.mark.parametrize(
    ("text", "entity", "not_expected"),
    [
        ("Article 6 of 12 articles applies", "QUANTITY", "6 of 12 articles"),  # a label
        ("see pages 3 of 10 pages", "QUANTITY", "3 of 10 pages"),
        ("he won 3 for 4 against the odds", "QUANTITY", "4"),  # no vote: no separator
        ("Invoice (15, 11, 6) paid", "AGE", "6"),  # no children before the bracket
        ("12, rue des Lilas", "AGE", "12"),  # a house number before a street
        ("  4, bedroom flat", "AGE", "4"),  # no person described after it
    ],
)
def test_numbers_that_are_no_count_or_age_are_left(
    text: str, entity: str, not_expected: str
) -> None:
    assert (entity, not_expected) not in found(text)
