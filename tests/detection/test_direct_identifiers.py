"""Direct identifiers in wordings none of the evaluation documents use (issue 16).

Street addresses as whole postal chains, reference numbers after the cue words of many
countries' offices, and what must not be proposed beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases import addresses


def texts(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[str]:
    return [text[span.start : span.end] for span in find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Write to 14 Orchard Rise, Pellingham PL7 3QR, by Friday.",
            "14 Orchard Rise, Pellingham PL7 3QR",
        ),
        (
            "Unit 2, 880 Lakeshore Blvd., Marlow, ON K7L 2B4\n",
            "Unit 2, 880 Lakeshore Blvd., Marlow, ON K7L 2B4",
        ),
        (
            "sent to 51 Cedar Ln., Apt. 4, Ferris, TX 75125-3301.",
            "51 Cedar Ln., Apt. 4, Ferris, TX 75125-3301",
        ),
        ("Rosenweg 3, 8004 Zürich, Switzerland.", "Rosenweg 3, 8004 Zürich, Switzerland"),
        ("at Via Garibaldi 21, 40124 Bologna;", "Via Garibaldi 21, 40124 Bologna"),
        ("12 Kerrigan Street\nWollongong NSW 2500\n", "12 Kerrigan Street\nWollongong NSW 2500"),
        ("Mill Lane, Ashby Parva, LE17 5HT\n", "Mill Lane, Ashby Parva, LE17 5HT"),
        (
            "No. 22, Jalan Melur 4, Taman Seri Indah, Klang",
            "No. 22, Jalan Melur 4, Taman Seri Indah",
        ),
        (
            "at 9 Mabini Street, Barangay Santo Niño, Quezon City",
            "9 Mabini Street, Barangay Santo Niño",
        ),
        (
            "Av. Sur 45, Col. Del Valle, 03100 Ciudad de México",
            "Av. Sur 45, Col. Del Valle, 03100 Ciudad de México",
        ),
    ],
)
def test_an_address_with_its_postal_line_and_quarter(text: str, expected: str) -> None:
    assert texts(addresses.addresses, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number after the town is a count, not a postcode
        ("from 3 Harbour Road, Tolvik 20000 people marched", "3 Harbour Road"),
        # a town without a postcode stays a place of its own
        ("at 77 Fen Road, Hollesley, in March", "77 Fen Road"),
    ],
)
def test_the_postal_line_needs_a_postcode_that_ends_it(text: str, expected: str) -> None:
    assert texts(addresses.addresses, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Market Square, Dunmore, 2011 was busy",
        "Case No. 12, Room 4",
        "Queen's Drive, in 2010 annual report",
    ],
)
def test_a_street_name_alone_is_not_an_address(text: str) -> None:
    assert texts(addresses.addresses, text) == []
