"""Amounts without their currency in a document that states it elsewhere; invented
wording."""

from __future__ import annotations

import pytest

from workstation.detection.phrases.amounts import states_a_currency
from workstation.detection.phrases.bare_amounts import bare_amounts


def amounts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in bare_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "All amounts in USD. The clerk paid 1,200 in cash; a fine of 250 000 was set.",
            ["1,200", "250 000"],
        ),
        ("Sums in the ledger (en FCFA). Il a versé environ 75 000 au chef.", ["environ 75 000"]),
        (
            "El soborno fue de USD 900. Luego cobró 3.400 y la suma de 1 250 000 fue girada.",
            ["3.400", "1 250 000"],
        ),
        (
            "Rent was €300 a month. Amount: 12 500. He owed 1'250.50 to the bank.",
            ["12 500", "1'250.50"],
        ),
        (
            "The guard was offered EUR 50 and later received 2 million from the same man.",
            ["2 million"],
        ),
    ],
)
def test_bare_amounts_after_words_of_paying(text: str, expected: list[str]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He paid 1,200 in cash.",  # no currency anywhere in the text
        "USD 400 was seized. He paid 3 visits and received 12 complaints.",
        "USD 400 was seized. The claim was received 19 January, paid 2009 dues.",
        "USD 400 was seized. Payment: 40 per cent on delivery; he was paid 6 months late.",
        "USD 400 was seized. The letter was reçu le 1er mars.",
    ],
)
def test_numbers_that_are_not_bare_amounts(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figures are in thousands of euros.", True),
        ("Monto (USD)", True),
        ("Betrag EUR", True),
        ("a bribe of $300", True),
        ("He lived in Rome for 12 years.", False),
        ("She was paid in kind.", False),
    ],
)
def test_a_document_that_states_its_currency(text: str, expected: bool) -> None:
    assert states_a_currency(text) is expected
