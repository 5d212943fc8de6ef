"""Numbers and attributes as four more writers wrote them (issue 16, seventh round):
exports whose headings are snake_case with the currency last (``rent_eur``), counts
headed ``nb_...``. Every wording is made up for these tests; each rule has its
negatives beside it.
"""

from __future__ import annotations

import pytest

from workstation.detection.layout.csv_exports import csv_cells
from workstation.detection.layout.number_columns import number_column


def cells(text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in csv_cells(text) if s.entity == entity]


@pytest.mark.parametrize(
    ("heading", "entity"),
    [
        ("bedrag_EUR", "MONEY"),
        ("arrears_gbp", "MONEY"),
        ("salario_neto_MXN", "MONEY"),
        ("loyer_mensuel", "MONEY"),
        ("aluguel", "MONEY"),
        ("impayés", "MONEY"),
        ("lordo mensile", "MONEY"),
        ("nb_occupants", "QUANTITY"),
        ("nbre d'enfants", "QUANTITY"),
    ],
)
def test_a_heading_that_names_money_or_a_count(heading: str, entity: str) -> None:
    assert number_column(heading, {}) == entity


@pytest.mark.parametrize("heading", ["num_ticket", "users_rs", "code_ar", "nom", "remarks"])
def test_a_heading_that_names_neither(heading: str) -> None:
    assert number_column(heading, {}) is None


def test_decimal_comma_amounts_under_a_snake_case_currency_heading() -> None:
    text = (
        "ref;surname;paid_on;amount_paid_EUR;nb_children;notes\n"
        "X-1;Okafor;03-02-2026;1.450,00;3;bus\n"
        "X-2;Lindqvist;04-02-2026;75,50;0;\n"
    )
    assert cells(text, "MONEY") == ["1.450,00", "75,50"]
    assert cells(text, "QUANTITY") == ["3", "0"]


def test_a_text_column_under_a_currency_heading_is_not_money() -> None:
    text = "ref;surname;paid_EUR;notes\nX-1;Okafor;cash;n/a\nX-2;Berg;bank;\n"
    assert cells(text, "MONEY") == []
