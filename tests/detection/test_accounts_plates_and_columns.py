"""Account and card numbers by their shape, plates in lists and after a vehicle, forms'
labelled numbers and columns of reference numbers (issue 16, third round).

Every string here is invented for the test; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import references
from workstation.detection.phrases.account_numbers import account_numbers
from workstation.detection.phrases.reference_columns import reference_columns


def found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in references.reference_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wired to DE44 5001 0517 5407 3249 31 last May", ["DE44 5001 0517 5407 3249 31"]),
        ("IBAN: GB82WEST12345698765432, sort code", ["GB82WEST12345698765432"]),
        ("virement au RIB 30004 00550 00012345678 90 le", ["30004 00550 00012345678 90"]),
        ("son compte SN012 01201 036182001234 55 ouvert", ["SN012 01201 036182001234 55"]),
        ("paid with card 4929 1208 3345 7712 at the", ["4929 1208 3345 7712"]),
        ("his savings 3301-2208-5517-0 were frozen", ["3301-2208-5517-0"]),
        ("statement for NL12 ...8841 07 showed", ["NL12 ...8841 07"]),
        ("the card ending ****7741 was used", ["****7741"]),
        ("billed to XXXX-XXXX-XXXX-3390 twice", ["XXXX-XXXX-XXXX-3390"]),
    ],
)
def test_account_and_card_numbers_by_their_shape(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in account_numbers(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "a fine of 12 500 000 francs was paid",  # an amount in groups of three
        "call 0803 555 0123 after six",  # a phone number's three groups
        "on 2011-03-14 the office opened",  # a date
        "room AB12 was locked",  # too short for an IBAN
        "the sum of USD 4,500,000 reached",
        "he was born in 1975 and left in 1999",
    ],
)
def test_no_account_number_in_amounts_phones_or_dates(text: str) -> None:
    assert list(account_numbers(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plates after the plural, in a list, and inside brackets
        ("two vans, plates BX 2210 C and BX 2291 C, left", ["BX 2210 C", "BX 2291 C"]),
        ("noted the plate numbers (7-K 30118, 7-K 30542) in", ["7-K 30118", "7-K 30542"]),
        # a plate right after the word for a vehicle, in the shapes plates have
        ("a grey pick-up KDA 447 Q followed them", ["KDA 447 Q"]),
        ("the patrol car MT-2291-B was seen", ["MT-2291-B"]),
        ("une voiture AB-123-CD garée", ["AB-123-CD"]),
        # a form's field after "N°" and a label, and a colon
        ("N° allocataire : 88120447 \u2014 versé", ["88120447"]),
        ("No. de afiliación: 4471-2209 del", ["4471-2209"]),
        # a file number with two separators is not a date
        ("under circular No. 07-12/5581 of the ministry", ["07-12/5581"]),
        # a number in spaced groups, a cadastre's colon-separated parts
        ("tracking n° 2C 118 004 7719 3 sent", ["2C 118 004 7719 3"]),
        ("cadastral no. 14:02:11:07:0093 for", ["14:02:11:07:0093"]),
        # cue words for requests, sheets and accounts in other languages
        ("his request no. 5512/2010 was refused", ["5512/2010"]),
        ("la feuille 22-C du plan", ["22-C"]),
        ("sur le compte 00417739 de", ["00417739"]),
    ],
)
def test_plates_labelled_fields_and_more_cues(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Case 1 - the first family; cases 1 and 2 are closed.",  # a list's numbering
        "Contracts 3 and 4 were signed.",
        "a district hospital, 120 beds in all",  # a count after a comma, not a cue
        "he drove a FIAT 500 car to the border",  # a model's name, not a plate
        "the bus 42 leaves at noon",  # a route, not a plate
        "N° de téléphone : 0803555012",  # a phone number's label
        "the meeting began at 10:09:04 and ended",  # a time, not a cadastre
    ],
)
def test_no_reference_number_in_list_numbering_counts_models_or_times(text: str) -> None:
    assert found(text) == []


def test_cells_under_a_heading_that_names_reference_numbers() -> None:
    text = (
        "Schedule of plots\n\n"
        "  Plot    Sheet   Title deed        Holder           Paid (USD)\n"
        "  2207    9-A     TD/QR/2004/118    Halima Sefu      1 200\n"
        "  2210    9-A     TD 7731/QR        Juma Kitwana     0\n"
        "\n"
        "End of schedule."
    )
    assert [text[s.start : s.end] for s in reference_columns(text)] == [
        "2207",
        "9-A",
        "TD/QR/2004/118",
        "2210",
        "9-A",
        "TD 7731/QR",
    ]


def test_no_cells_taken_under_other_headings() -> None:
    text = (
        "\n  Name            Age   Amount (EUR)   Date\n"
        "  Ruth Okello     41    1 200          03/04/2011\n"
        "\n  Case no.    Note\n"
        "  (see annex 2)   closed\n"
    )
    assert list(reference_columns(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "under Proclamation No. 612/2008, Article 9,",
        "the Statute no. 4471/99 says",
        "Gesetz Nr. 12/2009",
    ],
)
def test_no_reference_number_in_the_numbers_of_laws(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("die Akte Nr. 5512/09 des Amtsgerichts", ["5512/09"]),
        ("Ärende nr 2207-11 hos polisen", ["2207-11"]),
        ("по делу \u2116 2-118/2011 в суде", ["2-118/2011"]),
        ("\u2116 affaire : 4471/KB", ["4471/KB"]),
    ],
)
def test_the_marks_nr_and_numero_sign(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_an_ellipsis_before_a_number_in_prose_is_no_masked_account() -> None:
    assert list(account_numbers("He paused ... 1200 people had come.")) == []
