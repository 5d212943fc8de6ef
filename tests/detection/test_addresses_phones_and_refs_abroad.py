"""Street addresses built from quarters, wards, buildings and rooms; telephone numbers in
more national groupings; cable REF items marked "(A)"; file names of voice notes and
cameras; handles with their "@" (issue 16, third round).

Every string here is invented for the test; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine
from workstation.detection.phrases.addresses import addresses
from workstation.detection.phrases.references import reference_numbers


def chains(text: str) -> list[str]:
    return [text[span.start : span.end] for span in addresses(text)]


def proposed(engine: DetectionEngine, text: str, entity: str) -> list[str]:
    return [text[p.start : p.end] for p in engine.detect(text) if p.entity == entity]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # numbered wards and zones of Ethiopia, the Philippines and the Gulf
        (
            "She rents a room at Woreda 11, Kebele 03, House No. 552 near",
            "Woreda 11, Kebele 03, House No. 552",
        ),
        ("a fisherman from Purok 7, Barangay Lantaw, was", "Purok 7, Barangay Lantaw"),
        ("lives at Villa 8, Street 31, Al-Nakheel 4\nDoha", "Villa 8, Street 31, Al-Nakheel 4"),
        # West African lots, blocks and quarters, named buildings, rooms and offices
        ("chez son oncle, lot 77, îlot 9, quartier Zongo, à", "lot 77, îlot 9, quartier Zongo"),
        ("au lot 305,\nquartier Kalaban, et", "lot 305,\nquartier Kalaban"),
        ("à son domicile, 9 rue Bamako, quartier Niaréla, hier", "9 rue Bamako, quartier Niaréla"),
        (
            "Siège : Immeuble Les Palmiers, 4e étage, 12 avenue de la Paix - Lomé",
            "Immeuble Les Palmiers, 4e étage, 12 avenue de la Paix",
        ),
        (
            "Foyer Saint-Joseph, chambre 31, 2 allée des Cèdres\nVilleneuve",
            "Foyer Saint-Joseph, chambre 31, 2 allée des Cèdres",
        ),
        (
            "logé à la cité Olympe, bâtiment D, porte 12, depuis",
            "cité Olympe, bâtiment D, porte 12",
        ),
        ("écrire au bureau 6, 14 boulevard du Port, Cotonou", "bureau 6, 14 boulevard du Port"),
        (
            "Radio Lumière\nAvenue de l'Unité, immeuble Sika, 3e étage, Lomé",
            "Avenue de l'Unité, immeuble Sika, 3e étage",
        ),
        # a floor on the next line, a building named across a line break
        ("the office at 5 Temple Road, 3rd\nfloor, Madurai.", "5 Temple Road, 3rd\nfloor"),
        (
            "bought Apartment 902, Harbour View\nTower, 7 Marine Drive, last",
            "Apartment 902, Harbour View\nTower, 7 Marine Drive",
        ),
        # South Asian localities, Korean flats, Baltic and Ukrainian streets
        (
            "his home, House No. 4/22,\nKhatik Mohalla\nwas searched",
            "House No. 4/22,\nKhatik Mohalla",
        ),
        (
            "Address: 101-704, Saemaeul Apt., 12 Jungang-ro, Buk-gu",
            "101-704, Saemaeul Apt., 12 Jungang-ro",
        ),
        ("registered at Elizabetes iela 41, office 3. The", "Elizabetes iela 41, office 3"),
        ("flat at vulytsia Lisova 9, apartment 14, Rivne", "vulytsia Lisova 9, apartment 14"),
    ],
)
def test_addresses_with_quarters_wards_buildings_and_rooms(text: str, address: str) -> None:
    assert address in chains(text)


@pytest.mark.parametrize(
    "text",
    [
        "3.1 During the visit the team saw Block 4.",  # a section number
        "3.4 Block 2 held forty men.",
        "Her blood pressure (BP 160/100) was high.",  # not a post box
        "See Section 3, Chapter 4 of the code.",  # chapters are not a chain
        "The Zone commander and the Street vendors met.",  # no number
        "born 1990-1995, Kyobo Apt. is a name",  # a range before a name
    ],
)
def test_no_address_in_section_numbers_blood_pressure_or_chapters(text: str) -> None:
    assert chains(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("08/05/2011, 21:14 - +57 3 4410 2290: ya llegué", "+57 3 4410 2290"),
        ("Ops desk: 21 44 718 0293. Ask for the duty officer.", "21 44 718 0293"),
        ("  KONATÉ Ali   reporter   76 418 22 90", "76 418 22 90"),
        ("Reached at 98201 44710, he said nothing.", "98201 44710"),
        ("call the prefecture switchboard (33 82 4410 27) first", "33 82 4410 27"),
    ],
)
def test_phone_numbers_in_more_national_groupings(
    default: DetectionEngine, text: str, number: str
) -> None:
    assert number in proposed(default, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "The fine came to 12 500 000 000 francs.",  # an amount in groups of three
        "DW-1 Karim Sheikh and DW-2 his cousin testified.",  # defence witnesses
        "three complaints (2008, 2010 x2) were dismissed",  # twice, not an extension
        "the parts list 2011 04 22 17 was scanned",  # a date in front
    ],
)
def test_no_phone_number_in_amounts_witness_labels_or_counts(
    default: DetectionEngine, text: str
) -> None:
    assert proposed(default, text, "PHONE_NUMBER") == []


def test_cable_ref_items_marked_in_brackets(default: DetectionEngine) -> None:
    text = "REF: (A) VARNO 2231, (B) 08 SAN TELMO 0917 (NOTAL), (C) STATE 55410\n"
    assert proposed(default, text, "CABLE_REFERENCE") == [
        "VARNO 2231",
        "08 SAN TELMO 0917",
        "STATE 55410",
    ]


@pytest.mark.parametrize(
    "name", ["AUD-20120311-WA0004.opus", "DSC_4471.JPG", "VID_20110822_1932.MP4", "rec 7.amr"]
)
def test_file_names_of_voice_notes_and_cameras_in_any_case(
    default: DetectionEngine, name: str
) -> None:
    assert name.rsplit(" ", maxsplit=1)[-1] in proposed(
        default, f"She sent {name} (file attached)", "FILE_PATH"
    )


def test_a_handle_keeps_its_at_sign(default: DetectionEngine) -> None:
    text = "the clip posted by the user @dry_lagoon, later deleted"
    assert "@dry_lagoon" in proposed(default, text, "USERNAME")


def test_a_word_after_user_is_not_a_handle(default: DetectionEngine) -> None:
    text = "Their son is a wheelchair user since\na fall in 2019."
    assert proposed(default, text, "USERNAME") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("You can reach me through my son at +63 (2) 444-0l8l today.", "+63 (2) 444-0l8l"),
        ("or at my cellphone 09l7 444 0l66.", "09l7 444 0l66"),
        ("Tel. +l 303-444-0l22\n", "+l 303-444-0l22"),
    ],
)
def test_phone_numbers_as_ocr_reads_them(default: DetectionEngine, text: str, number: str) -> None:
    assert number in proposed(default, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Call the IIO office about lOl items.",  # too few true digits
        "In 2010 the I0O report was filed.",
    ],
)
def test_no_ocr_phone_number_without_six_digits(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "PHONE_NUMBER") == []


def test_a_street_named_after_a_word_of_place(default: DetectionEngine) -> None:
    text = "They met in a bar on Harbour Road, then walked along the Silk Road."
    assert proposed(default, text, "STREET_ADDRESS") == ["Harbour Road"]


def test_a_patient_number_with_a_dashed_prefix_and_spaced_groups() -> None:
    text = "(patient no. KRM-41 2207 118)."
    assert [text[s.start : s.end] for s in reference_numbers(text)] == ["KRM-41 2207 118"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mora na Rua Augusta, nº 1207, apto. 44, São Paulo", "Rua Augusta, nº 1207, apto. 44"),
        ("oficina en Av. Sucre N° 1450, piso 3, Quito", "Av. Sucre N° 1450, piso 3"),
    ],
)
def test_a_house_number_announced_by_its_mark_after_the_street(text: str, address: str) -> None:
    assert address in chains(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Contact the clerk, landline 8 (727) 244-51-18, mornings.", "8 (727) 244-51-18"),
        ("Reached at 447-2210, she hung up.", "447-2210"),
    ],
)
def test_a_trunk_8_before_an_area_code_and_a_local_number_after_reach(
    default: DetectionEngine, text: str, number: str
) -> None:
    assert number in proposed(default, text, "PHONE_NUMBER")


@pytest.mark.parametrize("name", ["minutes-2011.html", "export.JSON", "installer.apk"])
def test_file_names_of_pages_data_and_apps(default: DetectionEngine, name: str) -> None:
    assert name in proposed(default, f"The folder held {name} and nothing else.", "FILE_PATH")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("His CNIC 42101-7745120-3 was photocopied.", "42101-7745120-3"),
        ("NRIC T0412207J, issued in 2004.", "T0412207J"),
        ("her Aadhaar 5521 0933 1187 on the form", "5521 0933 1187"),
        ("PAN BQRPS7712K and a ration card", "BQRPS7712K"),
        ("national ID number 19910305-4471 was read out", "19910305-4471"),
        ("Emirates ID 784-1990-5512204-1 expired", "784-1990-5512204-1"),
        ("the voter ID card no. KX 551204 was taken", "KX 551204"),
        ("personnummer 910305-4471 i registret", "910305-4471"),
    ],
)
def test_identity_numbers_after_the_names_of_more_countries_documents(
    default: DetectionEngine, text: str, number: str
) -> None:
    assert number in proposed(default, text, "PASSPORT_NUMBER")


@pytest.mark.parametrize(
    "text",
    ["The NIC on the server failed.", "his passport was seized in 2011", "a PAN of hot oil"],
)
def test_no_identity_number_after_a_label_without_one(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "PASSPORT_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Her flat, Havlova 12/804, byt 7, was searched.", "Havlova 12/804, byt 7"),
        ("mieszka przy Lipowa 4, m. 12 od roku", "Lipowa 4, m. 12"),
    ],
)
def test_a_street_without_a_street_word_when_a_flat_follows(text: str, address: str) -> None:
    assert address in chains(text)


@pytest.mark.parametrize(
    "text",
    [
        "See Figure 2, floor 3 of the plan.",
        "Table 4, room 2 lists them.",
        "4.2 Incident of 9 June 2011, Unit 3. The",  # a date before a unit
    ],
)
def test_no_bare_street_in_figures_and_tables(text: str) -> None:
    assert chains(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("booking 2012-00417, SO#\n91-2207, was", "91-2207"), ("paid Inv#55120 late", "55120")],
)
def test_a_number_after_a_hash_glued_to_an_abbreviation(text: str, number: str) -> None:
    assert number in [text[s.start : s.end] for s in reference_numbers(text)]


@pytest.mark.parametrize(
    "text", ["written in C# 4 times", "channel #1 and Room# 2", "DE RUEHXX #0412/01 2420241"]
)
def test_no_number_after_a_lone_or_spaced_hash_or_when_too_short(text: str) -> None:
    assert [text[s.start : s.end] for s in reference_numbers(text)] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Secretary\n   P.O. Box 44l7, Bldg 3, Al Sadd Street\n   Doha",
            "P.O. Box 44l7, Bldg 3, Al Sadd Street",
        ),
        (
            "my horne address, Villa 2l, Street 8O4,\n   Zone 31, Al Khor",
            "Villa 2l, Street 8O4,\n   Zone 31",
        ),
    ],
)
def test_post_boxes_and_units_as_ocr_reads_their_numbers(text: str, address: str) -> None:
    assert address in chains(text)


@pytest.mark.parametrize("text", ["Room 1Old was empty.", "Case No. 7, Room 2 was heard."])
def test_no_ocr_unit_in_words_and_no_bare_street_after_a_case_number(text: str) -> None:
    assert chains(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call him on 07911 402211 today", "07911 402211"),
        ("звоните 8-727-244-51-18 or 8 701 244 51 18", "8-727-244-51-18"),
        ("or 8 701 244 51 18 after six", "8 701 244 51 18"),
    ],
)
def test_uk_mobiles_and_the_trunk_8(default: DetectionEngine, text: str, number: str) -> None:
    assert number in proposed(default, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "account"),
    [("his login was kd_ops4 until May", "kd_ops4"), ("the username is r.okafor, and", "r.okafor")],
)
def test_an_account_named_by_a_sentence(default: DetectionEngine, text: str, account: str) -> None:
    assert account in proposed(default, text, "USERNAME")


@pytest.mark.parametrize("text", ["The account was closed.", "His login was blocked twice."])
def test_no_account_in_an_ordinary_word_after_was(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "USERNAME") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "mieszka ul. Lipowa 10/12 m. 5, 00-590 Warszawa\n",
            "ul. Lipowa 10/12 m. 5, 00-590 Warszawa",
        ),
        (
            "at No. 21, 4th Cross, Rajanagar, Mysuru 570001\n",
            "No. 21, 4th Cross, Rajanagar, Mysuru 570001",
        ),
    ],
)
def test_a_flat_without_a_comma_and_an_indian_locality(text: str, address: str) -> None:
    assert address in chains(text)


def test_an_ordinal_is_no_reference_number() -> None:
    text = "at No. 21, 4th Cross, Rajanagar"
    assert [text[s.start : s.end] for s in reference_numbers(text)] == []


def test_a_cable_routing_serial_is_no_phone_number(default: DetectionEngine) -> None:
    assert proposed(default, "DE RUEHXX #0412 0610645\nZNY CCCCC ZZH\n", "PHONE_NUMBER") == []
