"""What is no reference number though a cue word stands before it: a sum of money after a
word that is also a request, a telephone number after the bare word "number"
(workstation.detection.phrases.references), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.references import reference_numbers


def references(text: str) -> list[str]:
    return [text[span.start : span.end] for span in reference_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire demande 3 750 000 F CFA pour la route.",  # the verb, and a sum
        "La coopérative demande 18 000 francs CFA à chaque membre.",
        "The request 2 400 euros for travel was refused.",
        "my new number 020 5550 1876, the old one is off",  # a telephone number
        "Le numéro\n04 55 50 21 63 ne répond plus.",
        "Le comité demande 600 sacs de ciment.",  # the verb and a quantity
        "La cooperativa ha pedido 350 sacos de semilla.",
        "the plan sheet 420 594 mm was folded",  # a measure
        "No. of copies: 4/6 (see below)",  # 'No. of' counts
        "No. of wounded: 2-3 on the first day",
        "N° de pages : 1/38 (annexes comprises)",  # pages of the file, not its number
        "No. de fojas: 12-40",
        "written in C# 3.5 and F# 2.0",  # languages and their versions
        "the jeep 4 x 4 left; three vehicles 1 2 3 were hit",  # no plates
    ],
)
def test_a_sum_or_a_telephone_is_no_reference_number(text: str) -> None:
    assert references(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la demande n° 2012/0381 du 3 mai", ["2012/0381"]),
        ("company registration no. 204 771 is", ["204 771"]),
        ("RIB 30014 00112 44871 09 au nom de", ["30014 00112 44871 09"]),
        ("his account number 0340 2291 7781 05 was", ["0340 2291 7781 05"]),
        ("insurance number 2A 114 903 4471 6 on the form", ["2A 114 903 4471 6"]),
        ("la demande n° 55120 du 3 mai", ["55120"]),
        ("N° d'ordre: 31-C", ["31-C"]),
        ("PO# 77-3310 was paid", ["77-3310"]),
        ("the patrol car KRT 221 B was seen", ["KRT 221 B"]),
    ],
)
def test_reference_numbers_in_spaced_groups_stay(text: str, expected: list[str]) -> None:
    assert references(text) == expected
