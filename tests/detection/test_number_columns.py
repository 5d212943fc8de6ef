"""Columns of figures (amounts, ages, counts) and of family status, in every table kind
the layout readers know; the wording is invented."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from workstation.detection.layout import csv_exports, tables
from workstation.detection.layout.columns import COLUMN_ENTITY, column_entity
from workstation.detection.layout.number_columns import number_column, plausible_figure
from workstation.detection.layout.spans import LayoutSpan


def found(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[tuple[str, str]]:
    return [(span.entity, text[span.start : span.end]) for span in find(text)]


@pytest.mark.parametrize(
    ("heading", "entity"),
    [
        ("Amount (USD)", "MONEY"),
        ("Monto (USD)", "MONEY"),
        ("Betrag EUR", "MONEY"),
        ("Montant [en FCFA]", "MONEY"),
        ("Amount in", "MONEY"),
        ("Total paid", "MONEY"),
        ("Monthly salary", "MONEY"),
        ("KES", "MONEY"),
        ("€", "MONEY"),
        ("Âge", "AGE"),
        ("Edad", "AGE"),
        ("Alter", "AGE"),
        ("Età", "AGE"),
        ("Age at arrest", "AGE"),
        ("yrs", "AGE"),
        ("No. of children", "QUANTITY"),
        ("Nombre de détenus", "QUANTITY"),
        ("Number of victims", "QUANTITY"),
        ("Qty", "QUANTITY"),
        ("Marital status", "SOCIAL_STATUS"),
        ("Estado civil", "SOCIAL_STATUS"),
        ("Situation familiale", "SOCIAL_STATUS"),
        ("Familienstand", "SOCIAL_STATUS"),
    ],
)
def test_headings_of_number_columns(heading: str, entity: str) -> None:
    assert column_entity(heading) == entity


@pytest.mark.parametrize(
    "heading", ["Date paid", "Name", "Status", "Reference", "Remarks", "No.", "Nombre", "Page"]
)
def test_headings_that_are_not_number_columns(heading: str) -> None:
    assert number_column(heading, COLUMN_ENTITY) is None


@pytest.mark.parametrize(
    ("entity", "value", "expected"),
    [
        ("MONEY", "12 500", True),
        ("MONEY", "1'200.50", True),
        ("MONEY", "4.500,00", True),
        ("MONEY", "1,250,000", True),
        ("MONEY", "$ 300", True),
        ("MONEY", "300 EUR", True),
        ("MONEY", "pending", False),
        ("MONEY", "-", False),
        ("AGE", "34", True),
        ("AGE", "c. 40", True),
        ("AGE", "34 yrs", True),
        ("AGE", "18-25", True),
        ("AGE", "340", False),
        ("AGE", "unknown", False),
        ("QUANTITY", "1 412", True),
        ("QUANTITY", "~40", True),
        ("QUANTITY", "many", False),
        ("SOCIAL_STATUS", "married", True),
        ("SOCIAL_STATUS", "veuve", True),
        ("SOCIAL_STATUS", "brother-in-law", True),
        ("SOCIAL_STATUS", "n/a", False),
        ("SOCIAL_STATUS", "12", False),
    ],
)
def test_cell_values_that_fit_their_column(entity: str, value: str, expected: bool) -> None:
    assert plausible_figure(entity, value) is expected


def test_aligned_table_with_currency_in_the_heading() -> None:
    text = (
        "Disbursements\n\n"
        "Payee          Amount (USD)   Age   Marital status\n"
        "Tomasz Wierny  12 500         34    married\n"
        "Rosa Quintal   1'200.50       41    widowed\n"
    )
    spans = found(tables.table_cells, text)
    for expected in [
        ("MONEY", "12 500"),
        ("MONEY", "1'200.50"),
        ("AGE", "34"),
        ("AGE", "41"),
        ("SOCIAL_STATUS", "married"),
        ("SOCIAL_STATUS", "widowed"),
    ]:
        assert expected in spans


def test_pipe_table_and_its_rule_line() -> None:
    text = (
        "| Nom | Montant (FCFA) | Âge | Enfants |\n"
        "|-----|---------------:|-----|---------|\n"
        "| Awa Diallo | 150 000 | 29 | 3 |\n"
    )
    spans = found(tables.table_cells, text)
    assert ("MONEY", "150 000") in spans
    assert ("AGE", "29") in spans
    assert ("QUANTITY", "3") in spans
    assert not any("---" in value for _, value in spans)


def test_csv_and_tab_exports_with_number_columns() -> None:
    semicolon = "apellido;edad;monto (USD);estado civil\nQuiroga;52;4.300,00;viudo\n"
    assert found(csv_exports.csv_cells, semicolon) == [
        ("PERSON", "Quiroga"),
        ("AGE", "52"),
        ("MONEY", "4.300,00"),
        ("SOCIAL_STATUS", "viudo"),
    ]
    tabbed = "Date\tBetrag EUR\tAnzahl\n03.05.2019\t2 750\t14\n"
    assert ("MONEY", "2 750") in found(csv_exports.csv_cells, tabbed)
    assert ("QUANTITY", "14") in found(csv_exports.csv_cells, tabbed)


def test_words_in_a_money_column_and_other_columns_are_left_alone() -> None:
    text = (
        "Item          Amount    Status\n"
        "Generator     pending   closed\n"
        "Fuel          4 200     open\n"
    )
    spans = found(tables.table_cells, text)
    assert ("MONEY", "4 200") in spans
    assert not any(value in {"pending", "closed", "open"} for _, value in spans)
