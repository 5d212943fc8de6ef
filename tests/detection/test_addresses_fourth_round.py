"""Street addresses written in more countries' orders (issue 16, fourth round): each
test text is invented, in the shape of a class of address rather than one seen."""

from __future__ import annotations

import pytest

from workstation.detection.phrases.addresses import addresses


def _found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("She lives at Søndre Havnevei 41 B, 8006 Brenna.", "Søndre Havnevei 41 B, 8006 Brenna"),
        ("Post to Kirkegata 12, 3. etg. before Friday.", "Kirkegata 12, 3. etg."),
        ("Flat: Elvegaten 7A, leil. H0301.", "Elvegaten 7A, leil. H0301"),
        ("He rents 3 Ruelle des Orangers near the port.", "3 Ruelle des Orangers"),
        (
            "Office: Villa 2, Résidence Les Palmiers, Route de Baie-Ternay",
            "Villa 2, Résidence Les Palmiers, Route de Baie-Ternay",
        ),
        (
            "The shop at Khiaban-e Golestan 58, first floor, was sealed.",
            "Khiaban-e Golestan 58, first floor",
        ),
        ("Write to Meydan-e Enqelab 4, Dastgerd 81647.", "Meydan-e Enqelab 4, Dastgerd 81647"),
        (
            "They live in urbanización El Prado, calle 3, casa 41.",
            "urbanización El Prado, calle 3, casa 41",
        ),
        (
            "Oficina: Colonia Centro, 5.ª avenida, 3.er piso, local 2.",
            "Colonia Centro, 5.ª avenida, 3.er piso, local 2",
        ),
        ("Domicilio: 7a Avenida 3-15, Zona 11, desde 2019.", "7a Avenida 3-15, Zona 11"),
        (
            "Mailing address: Room 4, Carlton Chambers, 9 Mill Street.",
            "Room 4, Carlton Chambers, 9 Mill Street",
        ),
        ("Home: Lot IIC 14 bis, Rue des Tamariniers.", "Lot IIC 14 bis, Rue des Tamariniers"),
        (
            "He stays at 21/3 Moo 8, Soi Ban Suan, Tambon Nong Pla.",
            "21/3 Moo 8, Soi Ban Suan, Tambon Nong Pla",
        ),
        ("Ward No. 9, Ganesh Marg, House 52, Birgunj", "Ward No. 9, Ganesh Marg, House 52"),
        ("Chamber: Sewa Bhawan, 3rd Floor, Station Road", "Sewa Bhawan, 3rd Floor, Station Road"),
        ("Flat at Cite Ampefiloha, Lot 3l7.", "Cite Ampefiloha, Lot 3l7"),
    ],
)
def test_addresses_in_more_countries_orders(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The route took 14 hours over the pass.",
        "Store 12 opened in 2019 and Lille 3 closed.",
        "A. Bang was heard on 3 March.",
        "We met on the 2nd floor of the court.",
        "The 5a calle scene is fiction.",
    ],
)
def test_no_address_in_routes_shops_initials_or_floors_alone(text: str) -> None:
    assert _found(text) == []
