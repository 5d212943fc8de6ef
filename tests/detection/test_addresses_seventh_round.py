"""Street addresses read whole (issue 16, seventh round): floors and sides written word
first or the Nordic way, kilometre posts and farms on country roads, Italian, Greek,
Maltese and Moroccan streets, Philippine blocks and lots, a room or unit before a named
building, two-group postcodes, and the office an address block starts with.

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
        # a floor written word first, with its ordinal sign
        ("sede en Avda. del Puerto, 22, planta 5ª, Cádiz", "Avda. del Puerto, 22, planta 5ª"),
        # a Danish floor and side
        ("bor i Skovgade 9, 2. th., Odense", "Skovgade 9, 2. th."),
        ("Mølleparken 31, st. tv., Vejle", "Mølleparken 31, st. tv."),
        # a Portuguese side in capitals, and the ground floor
        (
            "Avenida Central 12, 3.º Dto., 1100-200 Lisboa",
            "Avenida Central 12, 3.º Dto., 1100-200 Lisboa",
        ),
        ("a Rua do Sol 4, r/c esq., Lisboa", "Rua do Sol 4, r/c esq."),
        # a kilometre post and a farm on a country road
        (
            "at Estrada Nacional 10, km 4, Quinta do Lago, Faro",
            "Estrada Nacional 10, km 4, Quinta do Lago",
        ),
        ("vive en Camino a Lerma Km 9, parcela 2, Olmos", "Camino a Lerma Km 9, parcela 2"),
        # Italian staircase and flat, an Italian square with its postcode and town
        ("in Via Roma 8, scala C, int. 4, Torino", "Via Roma 8, scala C, int. 4"),
        (
            "Piazza della Vittoria 3, 16121 Genova\n",
            "Piazza della Vittoria 3, 16121 Genova",
        ),
        # Greek, Maltese and Moroccan street words
        ("the shop on Leoforos Amalias 17. The", "Leoforos Amalias 17"),
        ("Triq il-Merkanti 40, Flat 3, Valletta", "Triq il-Merkanti 40, Flat 3"),
        ("chez un cousin, Derb Sidi Ahmed, n° 12, Fès", "Derb Sidi Ahmed, n° 12"),
        # a Philippine block and lot, a subdivision and a barangay
        (
            "Address: Blk 4 Lot 19, Villa Rosa Subd., Brgy. Malinta, Valenzuela",
            "Blk 4 Lot 19, Villa Rosa Subd., Brgy. Malinta",
        ),
        # a room or unit before a named building, without a comma
        ("come to Rm 12 Santos Bldg, 8 Mabini St. on Friday", "Rm 12 Santos Bldg, 8 Mabini St."),
        (
            "Unit 7C Acacia Tower, 220 Ortigas Ave., Pasig",
            "Unit 7C Acacia Tower, 220 Ortigas Ave.",
        ),
        # a Swedish postcode in two groups before the town
        ("Storgatan 14, 113 51 Stockholm\n", "Storgatan 14, 113 51 Stockholm"),
        # a Nordic street ending this round adds
        ("residing at Skolebakken 6, 1. mf., Aarhus", "Skolebakken 6, 1. mf."),
        # the office an address block starts with, when a floor or an office follows
        (
            "or by post to Data Protection Unit, 3rd floor, 14 Quay Road, Dunmore DN4 2PL.",
            "Data Protection Unit, 3rd floor, 14 Quay Road, Dunmore DN4 2PL",
        ),
        (
            "Siège : Maison des syndicats, bureau 3, 12 rue Pasteur, Lomé",
            "Maison des syndicats, bureau 3, 12 rue Pasteur",
        ),
        # the quarter between the street and the town in an address block
        (
            "Cabinet Rabe\nLot IIB 12, Rue Andriana, Ambohipo, Port-Aina\nTél. 12",
            "Lot IIB 12, Rue Andriana, Ambohipo",
        ),
        (
            "Ms K. Perera\nNo. 9/1, Temple Lane, Nallur\nJaffna\n\n3 May 2011",
            "No. 9/1, Temple Lane, Nallur",
        ),
        # a house without a number
        ("0412;Calle Real s/n, Olmos;viuda", "Calle Real s/n"),
    ],
)
def test_address_read_whole(text: str, address: str) -> None:
    assert address in chains(text)


@pytest.mark.parametrize(
    "text",
    [
        "We walked 5 km 3 times a week.",
        "the km 4 mark of the race",
        "Planta 3 of the factory was closed.",
    ],
)
def test_not_an_address(text: str) -> None:
    assert chains(text) == []


def test_quarter_only_in_an_address_block() -> None:
    # inside a sentence the quarter and town after the street stay places
    assert chains("He lives at 4 Temple Lane, Nallur, Jaffna and works") == ["4 Temple Lane"]
    # a sentence on the next line is no town
    assert chains("12 Dock Road, Kelbridge\nThe meeting\n") == ["12 Dock Road"]


def test_body_before_a_floor_only_where_an_address_begins() -> None:
    # a sentence before the floor is not an office's name
    assert chains("We met John, Suite 4, 12 Dock Road") == ["Suite 4, 12 Dock Road"]
    # a chain without a floor or an office takes no name before it
    assert chains("Harbour Trust, 12 Dock Road, Kelbridge KB1 4QT") == [
        "12 Dock Road, Kelbridge KB1 4QT"
    ]
