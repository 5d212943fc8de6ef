"""A family status after a person's age or paired with another, and medicines named
by the stems drug names are built from (issue 16, fourth round), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.attributes import health, social_status


def statuses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in social_status(text)]


def conditions(text: str) -> list[str]:
    return [text[s.start : s.end] for s in health(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When arrested she was 33 years old, married and pregnant.", "married"),
        ("Bilal Haidari, 52, separated, lives in a hostel.", "separated"),
        ("Lucía Prado (29), soltera, trabaja en la feria.", "soltera"),
        ("Most of them are widowers or single and live alone.", "single"),
        ("I am engaged to a nurse from the next village.", "engaged"),
    ],
)
def test_a_weak_status_word_is_read_in_a_description_of_a_person(text: str, expected: str) -> None:
    assert any(found.startswith(expected) for found in statuses(text))


@pytest.mark.parametrize(
    "text",
    [
        "The cable was 12, single and frayed at one end.",
        "Rooms 4 and 5, single or double, were booked.",
        "The two parts were separated by a wall.",
    ],
)
def test_a_weak_status_word_elsewhere_stays_a_word(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He takes lamotrigine and olanzapine every night.", "olanzapine"),
        ("She was prescribed fluoxetine after the raid.", "fluoxetine"),
        ("He has been on metformin since his arrest.", "metformin"),
        ("The guards withheld his propranolol for a week.", "propranolol"),
        ("He needs sodium valproate twice a day.", "sodium valproate"),
        ("She changes her catheters every week.", "catheters"),
    ],
)
def test_a_medicine_is_a_health_detail(text: str, expected: str) -> None:
    assert any(expected in found for found in conditions(text))


@pytest.mark.parametrize(
    "text",
    [
        "The statute was amended in April by the council.",
        "The Statin Group met in the capital.",  # capitalised: a name, not a drug
        "They sat in the cafeteria and the auditorium.",
    ],
)
def test_ordinary_words_are_not_medicines(text: str) -> None:
    assert conditions(text) == []
