"""Two boxes separated only by punctuation become one when they belong together.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.findings import Proposal
from workstation.detection.punctuation_joins import joined


def _boxes(text: str, *found: tuple[str, str]) -> list[tuple[str, str]]:
    proposals = [_at(text, part, entity, index) for index, (part, entity) in enumerate(found)]
    return [(text[p.start : p.end], p.entity) for p in joined(proposals, text)]


def _at(text: str, part: str, entity: str, index: int) -> Proposal:
    start = text.index(part)
    return Proposal(start, start + len(part), entity, 0.8, "review", f"g{index + 1}")


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("signed by A.K. Bhattacharjee today", ["A.K", "Bhattacharjee"], "A.K. Bhattacharjee"),
        ("approved by D. Kh. Nazarov today", ["D. Kh", "Nazarov"], "D. Kh. Nazarov"),
        ("counsel J.-P. Mbeki-Loko said", ["J", "P. Mbeki-Loko"], "J.-P. Mbeki-Loko"),
        ("the trader Md. Shahidul Karim paid", ["Md", "Shahidul Karim"], "Md. Shahidul Karim"),
        ("Mohd. Faizal Rahman was held", ["Mohd", "Faizal Rahman"], "Mohd. Faizal Rahman"),
        ("a letter from St. John Ashworth", ["St", "John Ashworth"], "St. John Ashworth"),
        ("- NWACHUKWU, Adaeze\n", ["NWACHUKWU", "Adaeze"], "NWACHUKWU, Adaeze"),
        ("Name: KOWALCZYK, Zbigniew T.", ["KOWALCZYK", "Zbigniew T."], "KOWALCZYK, Zbigniew T."),
        ("witness: Hargreaves, M.\n", ["Hargreaves", "M."], "Hargreaves, M."),
        (
            "Parties:\n2. Okwuosa Ibe, Peter Chidi\n",
            ["Okwuosa Ibe", "Peter Chidi"],
            "Okwuosa Ibe, Peter Chidi",
        ),
        ("Applicant: Okonjo, Peter\n", ["Okonjo", "Peter"], "Okonjo, Peter"),
        (
            "Herrera Soto, María José (b. 1971)",
            ["Herrera Soto", "María José"],
            "Herrera Soto, María José",
        ),
    ],
)
def test_a_name_split_by_its_own_punctuation_is_one_box(
    text: str, found: list[str], expected: str
) -> None:
    boxes = _boxes(text, *((part, "PERSON") for part in found))
    assert boxes == [(expected, "PERSON")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The suspects were Ruiz, Pérez and Gómez.", ["Ruiz", "Pérez"]),
        ("present: Anna Novak, Peter Lind", ["Anna Novak", "Peter Lind"]),
        ("from Valbrenna, Henrik Aalto wrote", ["Valbrenna", "Henrik Aalto"]),
        ("Hassan, Omar and Idris", ["Hassan", "Omar"]),
        ("CHALA ORTIZ,Rosa Elvira,42", ["CHALA ORTIZ", "Rosa Elvira"]),
        ("met Okafor. Then Bello left", ["Okafor", "Bello"]),
        ("met Lee. John left", ["Lee", "John"]),
        ("a manager for Kestrelon, Tariq Yusuf, said", ["Kestrelon", "Tariq Yusuf"]),
        ("a manager for\nKestrelon, Tariq Yusuf, said", ["Kestrelon", "Tariq Yusuf"]),
        ("OKAFOR, BELLO and UDEH", ["OKAFOR", "BELLO"]),
    ],
)
def test_two_names_side_by_side_stay_two_boxes(text: str, found: list[str]) -> None:
    boxes = _boxes(text, *((part, "PERSON") for part in found))
    assert [box for box, _ in boxes] == found


def test_a_title_before_a_stop_is_not_taken_in() -> None:
    text = "said Dr. Hamadou Issa"
    assert _boxes(text, ("Dr", "OCCUPATION"), ("Hamadou Issa", "PERSON")) == [
        ("Dr", "OCCUPATION"),
        ("Hamadou Issa", "PERSON"),
    ]


def test_the_joined_box_keeps_the_group_of_the_name() -> None:
    text = "Ms A.K. Bhattacharjee"
    proposals = [_at(text, "A.K", "PERSON", 0), _at(text, "Bhattacharjee", "PERSON", 1)]
    (box,) = joined(proposals, text)
    assert box.group == "g2"
    assert any("joined" in str(note) for note in box.reason["notes"])  # type: ignore[union-attr]


def test_an_ignored_box_is_never_joined() -> None:
    text = "HALVORSEN, Ingrid"
    proposals = [_at(text, "HALVORSEN", "PERSON", 0), _at(text, "Ingrid", "PERSON", 1)]
    proposals[0] = Proposal(0, 9, "PERSON", 0.8, "ignore", "g1")
    assert len(joined(proposals, text)) == 2


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "instructed Pemberton, Lowe & Co. in May",
            ["Pemberton", "Lowe & Co."],
            "Pemberton, Lowe & Co.",
        ),
        (
            "Aldous, Marsh and Partners wrote",
            ["Aldous", "Marsh and Partners"],
            "Aldous, Marsh and Partners",
        ),
        (
            "paid Northwind Holdings, Inc. twice",
            ["Northwind Holdings", "Inc."],
            "Northwind Holdings, Inc.",
        ),
    ],
)
def test_a_firm_written_as_a_chain_is_one_box(text: str, found: list[str], expected: str) -> None:
    boxes = _boxes(text, (found[0], "PERSON"), (found[1], "ORGANIZATION"))
    assert boxes == [(expected, "ORGANIZATION")]


def test_two_organisations_in_a_list_stay_two_boxes() -> None:
    text = "the Harbour Board, the Fishers' Union and Port Authority"
    found = [
        ("Harbour Board", "ORGANIZATION"),
        ("the Fishers' Union and Port Authority", "ORGANIZATION"),
    ]
    assert len(_boxes(text, *found)) == 2
    text = "Volunteer Office\nCoordinator, Reyes & Tan LLP"
    found = [("Volunteer Office\nCoordinator", "ORGANIZATION"), ("Reyes & Tan LLP", "ORGANIZATION")]
    assert len(_boxes(text, *found)) == 2


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "lives at 9 Rue Kanté, Apt 4, Quartier Bellevue now",
            [
                ("9 Rue Kanté", "STREET_ADDRESS"),
                ("Apt 4", "STREET_ADDRESS"),
                ("Quartier Bellevue", "PERSON"),
            ],
            "9 Rue Kanté, Apt 4, Quartier Bellevue",
        ),
        (
            "at Jalan Melur 5, Kampung Baru",
            [("Jalan Melur 5", "STREET_ADDRESS"), ("Kampung Baru", "LOCATION")],
            "Jalan Melur 5, Kampung Baru",
        ),
    ],
)
def test_an_address_chain_is_one_box(
    text: str, found: list[tuple[str, str]], expected: str
) -> None:
    assert _boxes(text, *found) == [(expected, "STREET_ADDRESS")]


def test_the_town_after_an_address_stays_its_own_box() -> None:
    text = "at 31 Wharf Lane, Tallinnport"
    found = [("31 Wharf Lane", "STREET_ADDRESS"), ("Tallinnport", "LOCATION")]
    assert _boxes(text, *found) == found


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "taken to the Civil Hospital, Dharampur by the police",
            [("Civil Hospital", "ORGANIZATION"), ("Dharampur", "LOCATION")],
            "Civil Hospital, Dharampur",
        ),
        (
            "lodged in Sub\nJail, Nandgaon for a week",
            [("Sub\nJail", "LOCATION"), ("Nandgaon", "LOCATION")],
            "Sub\nJail, Nandgaon",
        ),
        (
            "soigné au CHU de Kossou-Ville le soir",
            [("CHU", "ORGANIZATION"), ("Kossou-Ville", "LOCATION")],
            "CHU de Kossou-Ville",
        ),
        (
            "un compte à la Banque Sahélienne de l'Adoura",
            [("Banque Sahélienne", "ORGANIZATION"), ("l'Adoura", "LOCATION")],
            "Banque Sahélienne de l'Adoura",
        ),
    ],
)
def test_a_body_and_its_place_are_one(
    text: str, found: list[tuple[str, str]], expected: str
) -> None:
    assert _boxes(text, *found) == [(expected, "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Oxfam, Nairobi and Kampala offices",
            [("Oxfam", "ORGANIZATION"), ("Nairobi", "LOCATION")],
        ),
        (
            "the Ministry, Dharampur said",
            [("Ministry", "ORGANIZATION"), ("Dharampur", "LOCATION")],
        ),
        (
            "Ana Ruiz de Valdivia",
            [("Ana Ruiz", "PERSON"), ("Valdivia", "LOCATION")],
        ),
    ],
)
def test_a_place_after_something_else_stays_apart(text: str, found: list[tuple[str, str]]) -> None:
    assert len(_boxes(text, *found)) == 2


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "funds from the Port Health Unit (PHU) went",
            [("Port Health Unit", "ORGANIZATION"), ("PHU", "ORGANIZATION")],
            [("Port Health Unit (PHU)", "ORGANIZATION")],
        ),
        (
            "held in Remand Centre No. 4 (RC-4), Kelport",
            [("Remand Centre No. 4", "ORGANIZATION"), ("RC-4", "ORGANIZATION")],
            [("Remand Centre No. 4 (RC-4)", "ORGANIZATION")],
        ),
        (
            "Hearing: Friday 3 May, 10 am, courtroom 2",
            [("Friday 3 May", "DATE_TIME"), ("10 am", "DATE_TIME")],
            [("Friday 3 May, 10 am", "DATE_TIME")],
        ),
        (
            "First appearance: 9:30am, 4 June 2025.",
            [("9:30am", "DATE_TIME"), ("4 June 2025", "DATE_TIME")],
            [("9:30am, 4 June 2025", "DATE_TIME")],
        ),
        (
            "before the hearing (03.05.2024, 10:00);",
            [("03.05.2024", "PHONE_NUMBER"), ("10:00", "DATE_TIME")],
            [("03.05.2024, 10:00", "DATE_TIME")],
        ),
        (
            "2024-05-03 10:30 - Ana: ok",
            [("2024-05-03 10", "PHONE_NUMBER"), ("30", "DATE_TIME"), ("Ana", "PERSON")],
            [("2024-05-03 10:30", "DATE_TIME"), ("Ana", "PERSON")],
        ),
        (
            "  W/2024/11    TEMIROVA, Aliya K.      30 days",
            [("TEMIROVA", "ORGANIZATION"), ("Aliya K.", "PERSON")],
            [("TEMIROVA, Aliya K.", "PERSON")],
        ),
    ],
)
def test_joins_of_the_fifth_round(
    text: str, found: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert _boxes(text, *found) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two dates, or two times, are two boxes; a list of them too
        ("on 3 May, 10 June and 2 July", [("3 May", "DATE_TIME"), ("10 June", "DATE_TIME")]),
        ("at 10:00, 11:30 and noon", [("10:00", "DATE_TIME"), ("11:30", "DATE_TIME")]),
        # a bracket that is not a short name, and a short name not closed at once
        (
            "the Harbour Board (Kelport) said",
            [("Harbour Board", "ORGANIZATION"), ("Kelport", "LOCATION")],
        ),
        # an acronym before a person in prose is a body and a person
        (
            "a grant from UNICEF, Maria Lopes said",
            [("UNICEF", "ORGANIZATION"), ("Maria Lopes", "PERSON")],
        ),
    ],
)
def test_what_the_fifth_round_keeps_apart(text: str, found: list[tuple[str, str]]) -> None:
    assert _boxes(text, *found) == found


@pytest.mark.parametrize(
    ("text", "address", "others", "expected"),
    [
        (
            "offices at Unit 5, 14 Quay Road, Harbourside, Kelport 4410. A man",
            "Unit 5, 14 Quay Road",
            [("Harbourside", "LOCATION"), ("Kelport 4410", "LOCATION")],
            "Unit 5, 14 Quay Road, Harbourside, Kelport 4410",
        ),
        (
            "Address:   9 Mill Lane,\n            Kelbridge KB1 4QT\nPhone: none",
            "9 Mill Lane",
            [],
            "9 Mill Lane,\n            Kelbridge KB1 4QT",
        ),
        (
            "Rua das Flores 7, Lisboa 1100-044\n",
            "Rua das Flores 7, Lisboa 1100",
            [("044", "DATE_TIME")],
            "Rua das Flores 7, Lisboa 1100-044",
        ),
    ],
)
def test_an_address_runs_on_to_its_postcode(
    text: str, address: str, others: list[tuple[str, str]], expected: str
) -> None:
    assert _boxes(text, (address, "STREET_ADDRESS"), *others)[0] == (expected, "STREET_ADDRESS")
    assert len(_boxes(text, (address, "STREET_ADDRESS"), *others)) == 1


def test_an_address_without_a_postcode_keeps_its_town_apart() -> None:
    text = "she lives at 9 Mill Lane, Kelbridge, with her son"
    found = [("9 Mill Lane", "STREET_ADDRESS"), ("Kelbridge", "LOCATION")]
    assert _boxes(text, *found) == found


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "offices at Immeuble Sahel, 4e étage, 12 Rue du Port, Kandé",
            [("Immeuble Sahel", "PERSON"), ("4e étage, 12 Rue du Port", "STREET_ADDRESS")],
            [("Immeuble Sahel, 4e étage, 12 Rue du Port", "STREET_ADDRESS")],
        ),
        (
            "served at Anchor House, 3 Dock Street, Kelport",
            [("Anchor House", "ORGANIZATION"), ("3 Dock Street", "STREET_ADDRESS")],
            [("Anchor House, 3 Dock Street", "STREET_ADDRESS")],
        ),
        (
            "demeurant Lot 12, Cité Verte, Rue 4, Kandé",
            [("Lot 12", "STREET_ADDRESS"), ("Cité Verte", "LOCATION"), ("Rue 4", "STREET_ADDRESS")],
            [("Lot 12, Cité Verte, Rue 4", "STREET_ADDRESS")],
        ),
        (
            "TO:    Head, Procurement Unit\n",
            [("Head", "OCCUPATION"), ("Procurement Unit", "ORGANIZATION")],
            [("Head, Procurement Unit", "OCCUPATION")],
        ),
    ],
)
def test_buildings_chains_and_posts(
    text: str, found: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert _boxes(text, *found) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a person before an address is a person and where they live
        (
            "Ana Ruiz, 3 Dock Street",
            [("Ana Ruiz", "PERSON"), ("3 Dock Street", "STREET_ADDRESS")],
        ),
        # two addresses with a person between them stay apart
        (
            "from 3 Dock Street, Ana Ruiz, 9 Mill Lane",
            [
                ("3 Dock Street", "STREET_ADDRESS"),
                ("Ana Ruiz", "PERSON"),
                ("9 Mill Lane", "STREET_ADDRESS"),
            ],
        ),
        # a profession, then a town: "a nurse, Kelport"
        ("a nurse, Kelport", [("nurse", "OCCUPATION"), ("Kelport", "LOCATION")]),
    ],
)
def test_what_stays_apart_around_addresses_and_posts(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _boxes(text, *found) == found
