"""Street addresses read whole (issue 16, fifth round): four-digit postcodes after the
town, Asian floor notations, quarters named with the Arabic article, West African
concessions, Portuguese squares and floor sides, Yugoslav flats, accented street names.

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
        # a four-digit postcode after the town, as in New Zealand and Australia
        (
            "She moved to 7 Kowhai Crescent, Riverlea, Hamley Bay 3021.",
            "7 Kowhai Crescent, Riverlea, Hamley Bay 3021",
        ),
        (
            "Office: Level 3, 14 Ferry Quay, Port Avon 6011",
            "Level 3, 14 Ferry Quay, Port Avon 6011",
        ),
        # a Portuguese postcode written after the town
        (
            "Escritório: Rua da Alfândega 12, Vila Serra 2400-118",
            "Rua da Alfândega 12, Vila Serra 2400-118",
        ),
        # floors as Hong Kong and South-East Asia write them
        ("at 15/F, Sunwise Tower, 8 Canal Road,", "15/F, Sunwise Tower, 8 Canal Road"),
        (
            "see 7F, Orchid Plaza Tower, 21 Thanon Sukprasert",
            "7F, Orchid Plaza Tower, 21 Thanon Sukprasert",
        ),
        # quarters and buildings with the Arabic article, lanes and houses numbered
        (
            "enlevé au quartier Hay al-Nour, ruelle 4, maison n° 17, la nuit",
            "quartier Hay al-Nour, ruelle 4, maison n° 17",
        ),
        (
            "Block 5, Entrance 1, Flat 8, Hay al-Karama",
            "Block 5, Entrance 1, Flat 8, Hay al-Karama",
        ),
        (
            "bureau: Imm. Yasmine, app. 4, rue Ibn Khaldoun",
            "Imm. Yasmine, app. 4, rue Ibn Khaldoun",
        ),
        (
            "Villa 12, Lotissement al-Amal, Route de Tiznit",
            "Villa 12, Lotissement al-Amal, Route de Tiznit",
        ),
        # West African concessions and estates with their linking words
        ("réside quartier Diallobé, concession 31, depuis", "quartier Diallobé, concession 31"),
        ("Appt 4, Bloc C, Cité des Enseignants", "Appt 4, Bloc C, Cité des Enseignants"),
        ("vive no Bairro do Farol, casa 52, com", "Bairro do Farol, casa 52"),
        # Portuguese squares and the side of a floor
        ("sede no Largo da Feira, 9", "Largo da Feira, 9"),
        (
            "residente na Rua Eduardo Mondlane, n.º 40, 1.º dto.",
            "Rua Eduardo Mondlane, n.º 40, 1.º dto.",
        ),
        # a flat in the former Yugoslavia, the street named after a person in two words
        (
            "stanuje u Kralja Petra 15, stan 3, 21000 Novi Brod",
            "Kralja Petra 15, stan 3, 21000 Novi Brod",
        ),
        # an accented street name with a small word inside
        ("domiciliată în str. Ştefan cel Bun 8, ap. 21", "str. Ştefan cel Bun 8, ap. 21"),
        # a barrister's chambers, a factory's plant, a Nepali ward after the street
        ("Chambers 2, Liberty House, 5 Queen Street", "Chambers 2, Liberty House, 5 Queen Street"),
        ("Plant 2, 40 Dock Road, Kai Tong KTG 2210", "Plant 2, 40 Dock Road, Kai Tong KTG 2210"),
        ("shelter on Bakhundole Road, Lalitpur-3.", "Bakhundole Road, Lalitpur-3"),
        ("Building 3, apt. 12,\n5th khoroo", "Building 3, apt. 12,\n5th khoroo"),
        ("Menara Kelana, Jalan Sultan 22", "Menara Kelana, Jalan Sultan 22"),
        # a letter's address block, one part a line; a Brazilian state and CEP after the town
        (
            "Mr T. Hale\n9 Puffin Row\n   Upper Skerry\n   Kilmorna KM4 2QT\n\nDear Sir",
            "9 Puffin Row\n   Upper Skerry\n   Kilmorna KM4 2QT",
        ),
        # a British postcode ends the chain whatever follows it
        (
            "she lived at 3 Tern Walk, Lower Ness, Kilmorna, KM4 2QT from May 2020",
            "3 Tern Walk, Lower Ness, Kilmorna, KM4 2QT",
        ),
        (
            "Sede: Rua das Flores 120, sala 4, Vila Nova - MG, 36570-110\nTel.",
            "Rua das Flores 120, sala 4, Vila Nova - MG, 36570-110",
        ),
    ],
)
def test_whole_address(text: str, address: str) -> None:
    assert address in chains(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a year after the town is no postcode
        ("The office at 12 Mill Street, Kelbridge 2011 was closed.", "12 Mill Street"),
        # figures and pages stay out, even after a capitalised word
        ("See Table 4, floor 2 of the plan.", None),
        # a next line that is no postal line stays out
        ("at 9 Puffin Row\nUpper Skerry\nThe council wrote", "9 Puffin Row"),
    ],
)
def test_not_overread(text: str, address: str | None) -> None:
    found = chains(text)
    if address is None:
        assert found == []
    else:
        assert found == [address]
