"""Amounts in currencies written as short abbreviations, with foreign scale words, and
columns whose heading names a currency (issue 16, fourth round), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.layout.number_columns import number_column
from workstation.detection.layout.tables import table_cells
from workstation.detection.phrases.amounts import amounts


def money(text: str) -> list[str]:
    return [text[s.start : s.end] for s in amounts(text) if s.entity == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The driver was paid K 12,400 for the trip.", "K 12,400"),
        ("Porters earn L 150 a day at the border.", "L 150 a day"),
        ("Growers sold cloves at Ar 2,600 per kilo, and were paid late.", "Ar 2,600 per kilo"),
        ("She is owed ZRP 3.2 lakh in back wages.", "ZRP 3.2 lakh"),
        ("The contract cost TQV 1.7 crore in all.", "TQV 1.7 crore"),
        ("O fundo recebeu EUR 4,8 milhões em 2024.", "EUR 4,8 milhões"),
        ("Die Firma zahlte CHF 2,5 Mio. an den Berater.", "CHF 2,5 Mio."),
        ("Solde au 31/03 : 2 415 000 KVZ. Le reste suit.", "2 415 000 KVZ"),
        ("Gastos del mes: 380 000 PRV en transporte.", "380 000 PRV"),
    ],
)
def test_an_amount_in_a_short_or_unlisted_currency_is_read_whole(text: str, expected: str) -> None:
    assert expected in money(text)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue fell in Q3 2019 and again in Q 4, the report said.",
        "Table P 12 shows the cost of each item.",
        "Block K 7 was paid for by the council.",
        "The fee was set in section R 14 of the act.",
    ],
)
def test_a_letter_before_a_small_number_is_not_a_currency(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    ("heading", "entity"),
    [
        ("Gross (Ar)", "MONEY"),
        ("Deductions [GHS]", "MONEY"),
        ("Atskaitymai NOK/mėn.", "MONEY"),
        ("Advance in MGA", "MONEY"),
        ("Try again", None),
        ("Housing", None),
        ("Notes (see annex)", None),
    ],
)
def test_a_heading_that_names_a_currency_heads_amounts(heading: str, entity: str | None) -> None:
    assert number_column(heading, {}) == entity


def test_a_quoted_heading_does_not_hide_the_table() -> None:
    text = (
        "Pay slips for March.\n\n"
        '  Worker          Age   Net (Ar)    "Tools"\n'
        "  --------------  ---   ---------   -------\n"
        "  Hery Nirina     27    88,400      12,000\n"
    )
    found = {(text[s.start : s.end], s.entity) for s in table_cells(text)}
    assert ("27", "AGE") in found
    assert ("88,400", "MONEY") in found
    assert ("12,000", "MONEY") not in found


def test_a_pipe_table_with_headings_in_lower_case_is_read() -> None:
    text = (
        "Transfers traced.\n\n"
        "| date       | payee          | amount (XKR) |\n"
        "|------------|----------------|-------------:|\n"
        "| 03.02.2024 | Bakr Holdings  | 2,400,000 |\n"
    )
    found = {(text[s.start : s.end], s.entity) for s in table_cells(text)}
    assert ("2,400,000", "MONEY") in found


def test_a_pipe_table_naming_nothing_is_left_alone() -> None:
    text = "Grid.\n\n| left | middle | right |\n|---|---|---|\n| 12 | 13 | 14 |\n"
    assert list(table_cells(text)) == []
