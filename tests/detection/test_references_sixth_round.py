"""Reference numbers (issue 16, sixth round): a figure grouped in thousands by commas
after a cue word counts something; it is no list of numbers.

Every string here is invented for the test; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.references import reference_numbers


def found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in reference_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The books record\n2,417 transfers in one year.",
        "the register lists 14,250,000 entries",
        "each file 3,120 pages long",
    ],
)
def test_thousands_are_no_reference(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("files 214, 377 and 905 were sealed", ["214", "377", "905"]),
        ("case nos. 5120/04, 6231/05", ["5120/04", "6231/05"]),
        ("Ticket 88412, opened in May", ["88412"]),
    ],
)
def test_lists_still_read(text: str, numbers: list[str]) -> None:
    assert found(text) == numbers
