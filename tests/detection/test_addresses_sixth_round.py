"""Street addresses read whole (issue 16, sixth round): the door's number, a floor or a
landmark after the street, numbered plots, camp tents and Malay floors, Turkish quarters
and numbered streets, a street named before its number when a floor follows, a corner of
two streets, a quarter whose name runs onto the next line.

Every string here is invented for the test; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.addresses import addresses


def chains(text: str) -> list[str]:
    return [text[span.start : span.end] for span in addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street named before its number, when a floor follows
        ("Write to Mill Row 23, 3rd floor, by Monday.", "Mill Row 23, 3rd floor"),
        # the Spanish upstairs flat
        ("la reunión fue en Calle Robles 41, altos, el martes", "Calle Robles 41, altos"),
        # a Turkish quarter, numbered street and door
        (
            "ev adresi Lale Mahallesi, Sokak 9, no. 3 olarak biliniyor",
            "Lale Mahallesi, Sokak 9, no. 3",
        ),
        # landmarks after the street, in English, Spanish and Portuguese
        (
            "Compound 12, Okafor Lane, behind St. Anne's Methodist Church",
            "Compound 12, Okafor Lane, behind St. Anne's Methodist Church",
        ),
        ("No. 3 Adewale Close, off Marina Road", "No. 3 Adewale Close, off Marina Road"),
        (
            "vive en Calle Sucre 55, frente a la Plaza Bolívar, desde marzo",
            "Calle Sucre 55, frente a la Plaza Bolívar",
        ),
        # a street type this round adds: steps, a Malaysian lane
        ("the flat at 4 Harbour Steps was raided", "4 Harbour Steps"),
        ("No. 12, Lorong Melati 3, Taman Sri Aman", "No. 12, Lorong Melati 3, Taman Sri Aman"),
        # a Malay floor, a plot, a camp's tent chained to a street
        ("Aras 3, Wisma Perdana, Jalan Duta", "Aras 3, Wisma Perdana, Jalan Duta"),
        ("Calle Los Álamos 220, parcela 14", "Calle Los Álamos 220, parcela 14"),
        ("Sector 4, Tent C-22, Camp Road", "Sector 4, Tent C-22, Camp Road"),
        # a Brazilian quarter whose name starts on the next line
        (
            "Rua das Flores, 90, casa 1, Bairro\nVila Nova, desde 2019",
            "Rua das Flores, 90, casa 1, Bairro\nVila Nova",
        ),
        # a door at the corner of two streets
        (
            "le dépôt, angle rue Lamarre et ruelle Vaval, 1er étage",
            "angle rue Lamarre et ruelle Vaval, 1er étage",
        ),
    ],
)
def test_address_read_whole(text: str, address: str) -> None:
    assert address in chains(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a landmark word not followed by a name is no part
        ("He lives at 12 Main Street, near the end of it.", "12 Main Street"),
        ("at 8 Kings Road, off the record, she said", "8 Kings Road"),
        # "no" as a word, not a door's number
        ("at 14 Elm Street, no one answered", "14 Elm Street"),
    ],
)
def test_chain_stops_where_the_address_ends(text: str, address: str) -> None:
    assert chains(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Row 17 of the table, 2nd floor plan",  # a table's row, no street
        "The Mill Row 23 was a song",  # no floor follows
        "a corner of the room and the door",  # a corner without streets
        "a tent near the river",  # a tent without a number
    ],
)
def test_no_address(text: str) -> None:
    assert chains(text) == []
