"""Counts and ages written as a number on its own (issue 16): each needs a sign in the
words around it, so labels, years, amounts and ordinary words stay unproposed. Every
wording is made up for these tests.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.loose_numbers import loose_numbers


def found(text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in loose_numbers(text) if s.entity == entity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camp housed 2,310 on 4 May; 41 were children.", "41"),
        ("The camp housed 2,310 on 4 May; 41 were children.", "2,310"),
        ("Of the prisoners, some\n300 had never seen a lawyer.", "some\n300"),
        ("Nineteen who were injured refused treatment.", "Nineteen"),
        ("eleven with broken ribs were moved", "eleven"),
        ("The register listed 57 in all.", "57"),
        ("She paid the nine in cash.", "the nine"),
        ("They searched the house twice, at night.", "twice"),
        ("He was questioned four\ntimes in May.", "four\ntimes"),
        ("a crew of eleven fishermen left port", "a crew of eleven fishermen"),
        ("a family of six and two goats", "a family of six"),
        ("a crowd of some 300 protesters gathered", "a crowd of some 300 protesters"),
        ("most of them day labourers", "most of them"),
        ("la plupart d'entre eux sont partis", "la plupart d'entre eux"),
        ("ninguna de las viviendas tenía agua", "ninguna de las viviendas"),
        ("there was a single water tap for the block", "a single water tap"),
        ("complaints from two Kessanian traders reached us", "two Kessanian traders"),
        ("The motion passed by 7 votes to 2.", "by 7 votes to 2"),
    ],
)
def test_counts_standing_alone_are_found(text: str, expected: str) -> None:
    assert expected in found(text, "QUANTITY")


@pytest.mark.parametrize(
    "text",
    [
        "Article 12 were applied",  # a label
        "In 2010 were held elections",  # a year
        "USD 500 were paid",  # an amount's code before it
        "She was a single mother.",  # a status, not a count
        "on 5 March protests began",  # a date before a capitalised word
        "Room 12 was locked.",
    ],
)
def test_labels_years_amounts_and_statuses_are_not_counts(text: str) -> None:
    assert found(text, "QUANTITY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her son is fourteen and goes to school.", "fourteen"),
        ("Our youngest, who is nine, lives with me.", "nine"),
        ("(b) Lina Petrosyan, 44, nurse at the clinic", "44"),
        ("a night watchman, 61,\nthree weeks from retirement", "61"),
        ("Okafor was seventy-two. He", "seventy-two"),
        ("His brother, Ilya, 23.", "23"),
    ],
)
def test_ages_standing_alone_are_found(text: str, expected: str) -> None:
    assert found(text, "AGE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "It was 12.",
        "The total was 56, and",
        "Room B, 12, closed",
        "Pages 12, 14, 16, printed",
        "Calle Mayor, 12, 3º B",
        "Okafor was 72 km away.",
    ],
)
def test_numbers_that_are_no_ages(text: str) -> None:
    assert found(text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She married at 16, and", ["16"]),
        ("He left school at fourteen.", ["fourteen"]),
        ("he died at 3 a.m. in the cell", []),  # a time
        ("arrested at 17:00 near the gate", []),
    ],
)
def test_an_age_at_an_event_of_life(text: str, expected: list[str]) -> None:
    assert found(text, "AGE") == expected


def test_the_cells_of_an_age_column_are_ages() -> None:
    text = 'n;nombre;edad;comunidad\n1;Ana Ruiz;34;El Carmen\n2;"Luis Paz";7;Loma\n\n3;x;9;y'
    assert found(text, "AGE") == ["34", "7"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the shelling left 17 dead and 40 wounded", "17 dead"),
        ("the shelling left 17 dead and 40 wounded", "40 wounded"),
        ("No. of victims: 12", "12"),
        ("Number of detainees: 1,412", "1,412"),
        ("Witnesses: 9", "9"),
        ("both of his sons were taken", "both of his sons"),
        ("We were five in the car.", "five"),
        ("ils étaient douze dans la cellule", "douze"),
    ],
)
def test_people_counted_by_an_adjective_a_field_or_a_verb(text: str, expected: str) -> None:
    assert expected in found(text, "QUANTITY")


@pytest.mark.parametrize(
    "text",
    [
        "10 injured people were moved",  # the noun is read by the count itself
        "Date: 2011",
        "Amount: 1,200",
        "Hours: 9-17",
        "There were 12 people",
    ],
)
def test_fields_and_verbs_that_are_no_bare_counts(text: str) -> None:
    assert found(text, "QUANTITY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards held Elena Brisk, 27 and Omar Tabet, 44 overnight.", "27"),
        ("The driver (Jonas Feld, 61) was released.", "61"),
        ("Brisk, 27 and Omar Tabet, 44 deny it.", "44"),
        (
            "The three men, aged respectively 19, 23 and 31, were held.",
            "aged respectively 19, 23 and 31",
        ),
        (
            "Les deux soeurs, âgées respectivement de 16 et 18 ans, ont fui.",
            "âgées respectivement de 16 et 18 ans",
        ),
    ],
)
def test_bare_ages_after_names_and_in_lists(text: str, expected: str) -> None:
    assert expected in found(text, "AGE")


@pytest.mark.parametrize(
    "text",
    [
        "Articles 3, 4 and 5 apply.",
        "See pages 12, 14 and Annex 2.",
        "In Kisumu, 12 and Eldoret, 40 were arrested.",
        "The Commission, 12 and 14 rue Haute, closed.",
    ],
)
def test_lists_of_numbers_are_no_ages(text: str) -> None:
    assert found(text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several had fled before dawn.", "Several"),
        ("The brothers were beaten and all three died in custody.", "all three"),
        ("The guards were warned; several refused to sign.", "several"),
        ("De los detenidos, varios fueron liberados.", "varios"),
    ],
)
def test_counts_in_words_standing_for_people(text: str, expected: str) -> None:
    assert expected in found(text, "QUANTITY")


@pytest.mark.parametrize(
    "text",
    [
        "The decision was both fair and quick.",
        "Two guards were charged; both were suspended.",
        "Several options were studied.",
    ],
)
def test_words_that_count_nothing_here(text: str) -> None:
    assert found(text, "QUANTITY") == []
