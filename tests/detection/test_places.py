"""Places read whole (workstation.detection.phrases.places), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import places


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in places.places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The family sleeps in Block 9 of the camp.", "Block 9"),
        ("Tents went up in Sectors 2 to 5 overnight.", "Sectors 2 to 5"),
        ("Water reached Zone C only on Fridays.", "Zone C"),
        ("She was moved to Mirembe Camp 6 in May.", "Mirembe Camp 6"),
        ("The stall is at the Kilometre 14 market.", "Kilometre 14 market"),
        ("He lives in ward 11 with his aunt.", "ward 11"),
        ("Blocks 3 and 4 were burnt.", "Blocks 3 and 4"),
        ("Residents of Commune IV protested.", "Commune IV"),
        ("La famille vit dans le Secteur 6 depuis mars.", "Secteur 6"),
    ],
)
def test_a_kind_of_place_is_read_with_its_number(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They camped on the outskirts of Telembe.", "outskirts of Telembe"),
        ("a teacher in the village of Oru-Kanda", "village of Oru-Kanda"),
        ("raised in the town of Mbeya Kati", "town of Mbeya Kati"),
        ("il habite la commune de Sirakoro", "commune de Sirakoro"),
        ("vive en las afueras de San Telmo", "afueras de San Telmo"),
    ],
)
def test_a_kind_of_place_is_read_with_the_name_after_it(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("goats sold at the Hurdiye livestock market", "Hurdiye livestock market"),
        ("trucks on the Orelo-Dabat road", "Orelo-Dabat road"),
        ("a warehouse in the Kistelek industrial park", "Kistelek industrial park"),
        ("stopped at the Moldovan border", "Moldovan border"),
        ("In Tessawa refugee camp, water is short.", "Tessawa refugee camp"),
    ],
)
def test_a_name_is_read_with_the_kind_of_place_after_it(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "See Article 6 and Chapter 4 of the code.",
        "He waited at Gate 4 and then in Room 12.",
        "Phase 2 of the works starts in June.",
        "The border was closed at night.",
        "He walked 12 km to the road.",
        "The market opened late; the village was quiet.",
        "Section 3 handled the file.",
    ],
)
def test_rooms_articles_and_bare_kinds_of_place_are_not_places(text: str) -> None:
    assert texts(text) == []


def test_a_letter_after_and_is_not_read_as_a_block_letter() -> None:
    assert texts("We left Sector 4 and I went home.") == ["Sector 4"]


def test_a_place_broken_across_a_line_keeps_its_offsets() -> None:
    text = "on the outskirts of Dolo\nTown, where"
    assert texts(text) == ["outskirts of Dolo\nTown"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met at KM5 at dawn.", "KM5"),
        ("a stall on Route 9 near the river", "Route 9"),
        ("P.O. Box 4417, Mombasa 80100, Kenya", "Mombasa 80100"),
    ],
)
def test_kilometre_marks_roads_and_postcodes(text: str, expected: str) -> None:
    assert texts(text) == [expected]


def test_a_year_after_a_town_is_no_postcode() -> None:
    assert texts("The report, Mombasa 2011, was late.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he was seen at Devigarh on the night", "Devigarh"),
        ("a tea stall in Karimganj market", "Karimganj"),
        ("relatives in Tursunabad and", "Tursunabad"),
        ("the mill at Velampalayam closed", "Velampalayam"),
    ],
)
def test_a_town_named_by_the_ending_of_its_name(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in places.places(text)]


def test_words_with_those_endings_that_are_no_town() -> None:
    text = "The trumpet played; a Trumpet solo; a kot; Nassar and Poonawala spoke."
    assert [text[s.start : s.end] for s in places.places(text)] == []
