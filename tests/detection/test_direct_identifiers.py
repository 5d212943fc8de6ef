"""Direct identifiers in wordings none of the evaluation documents use (issue 16).

Street addresses as whole postal chains, reference numbers after the cue words of many
countries' offices, and what must not be proposed beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases import addresses, references


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
        (
            "en Jr. Las Magnolias 77, 2.do piso, oficina 5, Arequipa",
            "Jr. Las Magnolias 77, 2.do piso, oficina 5",
        ),
        ("vive en Mz. C Lt. 4, AA.HH. Villa Sol, Lima", "Mz. C Lt. 4, AA.HH. Villa Sol"),
        ("en Pje. Las Dalias\n210, Trujillo", "Pje. Las Dalias\n210"),
        ("sobre la Carretera Central 1520, Local 3, Ate", "Carretera Central 1520, Local 3"),
        ("at 4 Cross Street, 3rd floor, Office 12, Harlow", "4 Cross Street, 3rd floor, Office 12"),
    ],
)
def test_andean_and_office_addresses(text: str, expected: str) -> None:
    assert texts(addresses.addresses, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "at 1234 N Main St Apt 5, Springfield, IL 62704.",
            "1234 N Main St Apt 5, Springfield, IL 62704",
        ),
        ("1600 Maple Ave NW, Easton, DC 20500\n", "1600 Maple Ave NW, Easton, DC 20500"),
        ("1420 W. Hollis Ave. #3B, Fresno, CA 93705", "1420 W. Hollis Ave. #3B, Fresno, CA 93705"),
        ("77 W 42nd St, Suite 300, Troy, NY 12180", "77 W 42nd St, Suite 300, Troy, NY 12180"),
        ("44 Elm St, Ste 200, Austin, TX 78701", "44 Elm St, Ste 200, Austin, TX 78701"),
    ],
)
def test_us_addresses_with_units_and_zip_codes(text: str, expected: str) -> None:
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
    ("text", "expected"),
    [
        (
            "Flat No. 12, C-Wing, Shanti Niwas, Plot 3, Sector 9, Kharghar, Navi Mumbai 410210.",
            "Flat No. 12, C-Wing, Shanti Niwas, Plot 3, Sector 9, Kharghar, Navi Mumbai 410210",
        ),
        ("P.O. Box 30112-00100, Nairobi", "P.O. Box 30112-00100"),
        (
            "Calle Juárez 9, Col. Centro, C.P. 58000 Morelia",
            "Calle Juárez 9, Col. Centro, C.P. 58000 Morelia",
        ),
        ("ul. Długa 7, 80-827 Gdańsk", "ul. Długa 7, 80-827 Gdańsk"),
        ("Rua do Ouro 40, 1100-063 Lisboa", "Rua do Ouro 40, 1100-063 Lisboa"),
        ("Rua Haddock Lobo 595, 01414-001 São Paulo", "Rua Haddock Lobo 595, 01414-001 São Paulo"),
    ],
)
def test_postcodes_and_buildings_of_more_countries(text: str, expected: str) -> None:
    assert texts(addresses.addresses, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at Rua Nova 14, Vila Esperança. Then we left", "Rua Nova 14"),
        ("at Calle Sol 8, Barrio Alto. Then", "Calle Sol 8, Barrio Alto"),
        ("sent to 12 Main St. Then", "12 Main St."),
    ],
)
def test_a_sentence_ends_the_address_but_not_an_abbreviation(text: str, expected: str) -> None:
    assert texts(addresses.addresses, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Market Square, Dunmore, 2011 was busy",
        "Case No. 12, Room 4",
        "Queen's Drive, in 2010 annual report",
        "on 5 May St Ives was quiet",
    ],
)
def test_a_street_name_alone_is_not_an_address(text: str) -> None:
    assert texts(addresses.addresses, text) == []


def references_in(text: str) -> list[str]:
    return texts(references.reference_numbers, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sgt. Oduya, Badge #5512, was on duty", ["5512"]),
        ("staff ID TRW-88120 and shield no. 30417", ["TRW-88120", "30417"]),
        ("Empl. No. K0042291 was suspended", ["K0042291"]),
        ("her grievance no. GR/14/221 and exhibit 90-4471", ["GR/14/221", "90-4471"]),
        ("customer number 7720 4418 on file", ["7720 4418"]),  # one number in two groups
        ("la póliza 88-120044 del seguro", ["88-120044"]),
        ("Vorgangsnummer 0815/4471 der Polizei", ["0815/4471"]),
        ("translator's register no. CIOL 20117 attached", ["CIOL 20117"]),
        ("jail booking 2012-00441 shows", ["2012-00441"]),
        ("filed as 2012/0447 with the registry", ["2012/0447"]),
        ("the matter 4-123-AB was heard", ["4-123-AB"]),
        ("Carpeta fiscal N.º CF 1506014400-2013-77-0 del", ["CF 1506014400-2013-77-0"]),
        ("expediente judicial 0812-2013-0-1801-JR-PE-04 y", ["0812-2013-0-1801-JR-PE-04"]),
        ("Index No. 150221/2012 was assigned", ["150221/2012"]),
        ("Cause No. 2012-CI-11873 in the", ["2012-CI-11873"]),
        ("sygn. akt III K 88/13 sądu", ["III K 88/13"]),
        ("Expte. 2207/2013 del juzgado", ["2207/2013"]),
        ("Title No. NRB/BLOCK72/1134 and", ["NRB/BLOCK72/1134"]),
        ("VIN 2FTRX18W1XCA01234 seen", ["2FTRX18W1XCA01234"]),
        ("Roll No. 2209 of the school", ["2209"]),
        ("exhibits KB-0147-03 to KB-0147-05 were", ["KB-0147-03", "KB-0147-05"]),
        ("applications nos. 30112\u201330114 joined", ["30112", "30114"]),
    ],
)
def test_reference_numbers_after_more_cue_words(text: str, expected: list[str]) -> None:
    assert references_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a blue van, registration LM62 XPT, was", ["LM62 XPT"]),
        ("licence plate\n4GHT-902 seen at the gate", ["4GHT-902"]),
        ("voiture immatriculée GH-714-KL à Lyon", ["GH-714-KL"]),
        ("Kennzeichen HH-TR 2044 gemeldet", ["HH-TR 2044"]),
        ("con placa PBX-1022 en la carretera", ["PBX-1022"]),
    ],
)
def test_vehicle_registrations_after_the_word_for_them(text: str, expected: list[str]) -> None:
    assert references_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Incident 2 occurred before noon",
        "Incidents 2 and 3 were minor",
        "client 1 and client 2 agreed",
        "the registration of the company was refused",
        "from 2009-2010 the office grew",
        "in 2010/11 and 2009/2010 the budget grew",
        "a plate of rice and two cups",
        "Action 2 begins at dawn",
        "the title 18 of the code",
        "a prison 4 km away",
    ],
)
def test_words_that_only_look_like_cues(text: str) -> None:
    assert references_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she moved to 27, Kestrel Road, last spring", "27, Kestrel Road"),
        ("Apt. 9-C, 310 Fenwick Avenue, Dorling", "Apt. 9-C, 310 Fenwick Avenue"),
        ("Unit K7, 4 Tanner Lane", "Unit K7, 4 Tanner Lane"),
        ("H.No. 8-2-311/C, 4th Cross, Rao Nagar", "H.No. 8-2-311/C, 4th Cross, Rao Nagar"),
        ("Ground Floor, 62 Weir Street", "Ground Floor, 62 Weir Street"),
        ("22 rue des Acacias, 69003 Lyon Cedex 03", "22 rue des Acacias, 69003 Lyon Cedex 03"),
        ("escribir al Apartado de Correos 4418 en", "Apartado de Correos 4418"),
        ("Casilla de Correo 77, Osorno", "Casilla de Correo 77"),
        ("send it to Private Bag X310 by", "Private Bag X310"),
        ("Caixa Postal 5120 em", "Caixa Postal 5120"),
    ],
)
def test_house_numbers_units_floors_and_post_boxes_of_several_countries(
    text: str, expected: str
) -> None:
    assert texts(addresses.addresses, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["In 2011, Kestrel Road was closed.", "the box office took 400 pounds", "Box Hill station"],
)
def test_no_address_in_a_year_before_a_street_or_a_box_without_a_number(text: str) -> None:
    assert texts(addresses.addresses, text) == []
