"""Columns that hold the parts of a person's name, or whose name a heading says.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

from workstation.detection.layout import csv_exports


def _people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in csv_exports.csv_cells(text) if s.entity == "PERSON"]


def test_parts_of_a_name_in_their_own_columns() -> None:
    text = (
        "row;family_name;first_names;patronymic;born\n"
        "1;TARASOVA;Inna;Olegovna;1988-02-11\n"
        "2;okafor;chinedu;;1990-07-30\n"
    )
    assert _people(text) == ["TARASOVA", "Inna", "Olegovna", "okafor", "chinedu"]


def test_portuguese_and_spanish_name_parts() -> None:
    text = "sobrenome,nome,primer_apellido\nCarvalho Dias,Joana,Quiroga\n"
    assert _people(text) == ["Carvalho Dias", "Joana", "Quiroga"]


def test_a_heading_that_says_whose_name() -> None:
    text = (
        "paid_on,client_surname,client_given,lawyer,reviewed_by\n"
        "2021-03-02,Mensah,Abena,Kofi Boateng,x\n"
    )
    assert _people(text) == ["Mensah", "Abena", "Kofi Boateng"]


def test_names_of_things_are_not_people() -> None:
    text = (
        "vessel_name,file_name,bank_name,company_name,paid_by\n"
        "Ocean Star,notes.txt,Harbour Bank,Marlin Foods,Cash\n"
    )
    assert _people(text) == []
