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


# Health and family status, seventh round.

from workstation.detection.phrases.attributes import health, social_status  # noqa: E402
from workstation.detection.phrases.burns import burns  # noqa: E402


def statuses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in social_status(text)]


def conditions(text: str) -> list[str]:
    return [text[s.start : s.end] for s in health(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Civil status:   divorced          Children: 1", "divorced"),
        ("Estado civil: casada, con 3 hijos", "casada, con 3 hijos"),
        ("Family status: married, 3 dependent children", "married, 3 dependent children"),
        ("Client since: 2011; private banking, widowed\nEmployer: none", "widowed"),
        ("3.4 Jonas Petrauskas, 44, welder. Divorced.\nHe had", "Divorced"),
        ("- KAMARA Fanta, 21, student, no papers", "student"),
        ("the landlord, 70s, retired, keeps the keys", "retired"),
        ("Ms Osei, 31, a Ghanaian refugee now settled in Brel", "refugee"),
        ("Mr Lund was married, with three\nsons in Oslo.", "married, with three\nsons"),
        ("two tenants, a married couple aged 70 and 72", "married couple"),
    ],
)
def test_a_status_among_a_persons_particulars(text: str, expected: str) -> None:
    assert expected in statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "The single biggest cost was fuel.",
        "The student union met on 3 May.",
        "Pages 12, 14, student loans, 16 and 18.",
        "Marital status of the parties is irrelevant here.",
    ],
)
def test_an_ordinary_use_of_a_status_word_is_no_status(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cause of death: burns.", "burns"),
        ("the girl with the burns is still at St Anne's", "burns"),
        ("Okafor (31, burns to 40% of the body)", "burns to 40% of the body"),
        ("She had third-degree burns.", "third-degree burns"),
        ("Il souffre de brûlures sur 25 % du corps.", "brûlures sur 25 % du corps"),
        ("con quemaduras en el 30% del cuerpo", "quemaduras en el 30% del cuerpo"),
    ],
)
def test_burns_as_an_injury(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in burns(text)]


@pytest.mark.parametrize(
    "text",
    ["The candle burns all night.", "He burns the files.", "moved to the burns unit", "Burns"],
)
def test_burns_the_verb_or_the_ward_is_no_injury(text: str) -> None:
    assert list(burns(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cause of death: smoke inhalation.", "smoke inhalation"),
        ("signed off with an acute stress reaction", "acute stress reaction"),
        ("reports sleep disturbances since June", "sleep disturbances"),
        ("treated for heroin dependence", "heroin dependence"),
    ],
)
def test_conditions_named_in_reports(text: str, expected: str) -> None:
    assert any(expected in found for found in conditions(text))
