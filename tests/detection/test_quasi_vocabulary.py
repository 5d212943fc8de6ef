"""Quasi-identifiers found by what kind of word they are, not by the documents the
finders were tuned on (issue 16): professions, conditions, amounts, events and street
addresses in wordings that appear in none of the evaluation documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases import addresses, amounts, attributes, events, occupations
from workstation.detection.phrases.health_words import is_condition_word
from workstation.detection.phrases.occupation_words import is_trade_word, with_plurals


def texts(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[str]:
    return [text[span.start : span.end] for span in find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her uncle, a cardiologist, said", "cardiologist"),
        ("the ferryman refused", "ferryman"),
        ("two locksmiths were", "locksmiths"),
        ("a deputy inspector of fisheries wrote", "deputy inspector of fisheries"),
        ("a welder at a shipyard in the north", "welder at a shipyard"),
        ("the Permanent Secretary (Finance) signed", "Permanent Secretary (Finance)"),
        ("a chauffeur de bus scolaire", "chauffeur de bus scolaire"),
        ("la jueza de instrucción decidió", "jueza de instrucción"),
        ("a forklift operator", "forklift operator"),
        ("the harbour crane operator", "harbour crane operator"),
    ],
)
def test_professions_beyond_the_documents(text: str, expected: str) -> None:
    assert texts(occupations.occupations, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Goldsmith and Ms Chapman met",  # surnames with a trade's ending
        "an inhuman act",
        "the persons concerned",
        "PRISON DOCTOR",  # a heading in capitals
    ],
)
def test_words_that_only_look_like_trades_are_left(text: str) -> None:
    assert texts(occupations.occupations, text) == []


def test_a_name_across_a_table_gap_is_not_part_of_the_post() -> None:
    text = "Ines Varga          radiographer"
    assert texts(occupations.occupations, text) == ["radiographer"]


def test_plurals_and_trade_endings() -> None:
    plurals = with_plurals(["head of mission", "policeman", "secretary", "juez", "GP"])
    assert {"heads of mission", "policemen", "secretaries", "jueces"} <= set(plurals)
    assert "GPS" not in plurals  # an acronym has no plural of its own
    assert is_trade_word("toxicologist") and is_trade_word("boatman")
    assert not is_trade_word("Newman") and not is_trade_word("human")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he developed osteomyelitis in custody", ["osteomyelitis"]),
        ("she has stage II ovarian cancer", ["stage II ovarian cancer"]),
        ("a blast injury to the left leg", ["a blast injury to the left leg"]),
        ("she was six months pregnant", ["six months pregnant"]),
        ("sa sclérose en plaques s'aggrave", ["sclérose en plaques"]),
    ],
)
def test_conditions_beyond_the_lists(text: str, expected: list[str]) -> None:
    assert texts(attributes.health, text) == expected


def test_ordinary_words_with_medical_endings_are_not_conditions() -> None:
    assert not is_condition_word("diagnosis")
    assert not is_condition_word("diploma")
    assert not is_condition_word("sympathy")
    assert is_condition_word("retinopathy")
    assert texts(attributes.health, "the diagnosis was late; a diploma") == []


def test_statuses_in_their_specific_plurals_but_not_generic_ones() -> None:
    text = "two remand prisoners and the detainees; a war widow"
    assert texts(attributes.social_status, text) == ["remand prisoners", "war widow"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fined 4.5 million kroner", "4.5 million kroner"),
        ("a loan at 3 per cent a month", "3 per cent a month"),
        ("a seven-year-old girl", "a seven-year-old"),
        ("he worked four nights a week", "four nights a week"),
        ("twenty-one other passengers", "twenty-one other passengers"),
        ("six of their neighbours", "six of their neighbours"),
        ("fourteen days' solitary confinement", "fourteen days' solitary confinement"),
        ("a quarter of the residents left", "a quarter of the residents"),
        ("three of the five were released", "three of the five"),
        ("they waited for a decade", "for a decade"),
    ],
)
def test_amounts_counts_and_durations_beyond_the_documents(text: str, expected: str) -> None:
    assert expected in texts(amounts.amounts, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("during Exercise Northern Shield", "Exercise Northern Shield"),
        ("after the Kelvar Bridge collapse", "the Kelvar Bridge collapse"),
        ("at the Harvest Festival parade", "the Harvest Festival parade"),
    ],
)
def test_events_beyond_the_documents(text: str, expected: str) -> None:
    assert texts(events.events, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "lives at Flat 9, Rowan House, 31-33 Mill Lane, Dunmore",
            "Flat 9, Rowan House, 31-33 Mill Lane",
        ),
        ("Storgata 12, 3. etg, Lillevik", "Storgata 12"),
        ("Lindenstraße 4, 1. OG rechts, Ahlbeck", "Lindenstraße 4, 1. OG rechts"),
        ("Calle del Pozo 7, portal 2, 3.º B, Toral", "Calle del Pozo 7, portal 2, 3.º B"),
        ("write to P.O. Box 4410, Marnaz", "P.O. Box 4410"),
        (
            "House No. 3, 5th Main, Sector 2, Varun Colony",
            "House No. 3, 5th Main, Sector 2, Varun Colony",
        ),
        ("at 88 avenue\nde la Gare, app. 12, Sornac", "88 avenue\nde la Gare, app. 12"),
    ],
)
def test_street_addresses_with_every_part(text: str, expected: str) -> None:
    assert texts(addresses.addresses, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["in 2010 Parliament Square was", "Article 6, paragraph 1", "the Supreme Court, Hall B"],
)
def test_numbers_and_names_that_are_no_address(text: str) -> None:
    assert texts(addresses.addresses, text) == []
