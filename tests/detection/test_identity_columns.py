"""Identity document numbers in an export's column headed by the document (issue 16,
seventh round).

Every string here is invented for the test; none comes from the evaluation sets.
"""

from __future__ import annotations

from workstation.detection.layout.identity_columns import identity_cells


def numbers(text: str) -> list[str]:
    return [text[span.start : span.end] for span in identity_cells(text)]


def test_whole_cells_under_a_document_heading() -> None:
    staff = (
        "emp_no;surname;dob;id_or_passport;mobile\n"
        "K-1;BAT;2001-04-12;TR 440211 198803 2271;+852 555 0119\n"
        "K-2;DORJ;1999-09-30;E5520117;\n"
        "K-3;OYUN;1998-01-02;none;\n"
    )
    assert numbers(staff) == ["TR 440211 198803 2271", "E5520117"]
    census = (
        'N°;Apellidos;doc_identidad;Edad\n1;Rojas;"4.551.902";44\n2;Mita;CI 7/LPZ(M)002114;31\n'
    )
    assert numbers(census) == ["4.551.902", "CI 7/LPZ(M)002114"]


def test_headings_about_something_else() -> None:
    rows = (
        "id;name;doc_date;employee id;id_type\n"
        "1;Ana;2020-01-04;E-114;passport\n"
        "2;Bo;2021-02-02;E-115;cni\n"
    )
    assert numbers(rows) == []


def test_a_date_or_words_under_the_heading_are_no_number() -> None:
    rows = "name;id no;phone;note\nAna;12/04/2020;;x\nBo;pending renewal 2025;;y\n"
    assert numbers(rows) == []


def test_a_row_of_data_is_no_heading() -> None:
    rows = "N°;Apellidos;Nota\n0414;Rojas;sin documento\n0418;Mita;firmó 05/10\n"
    assert numbers(rows) == []


def test_a_paragraph_with_commas_is_no_heading() -> None:
    """Prose that names a document and runs on with commas is read as no table (review,
    seventh round): "by 1998" under "passport" is a time, not a number."""
    prose = (
        "The guards kept his passport, his wallet, his watch, and his belt\n"
        "by 1998, in Tunis, at the gate, with no receipt.\n"
    )
    assert numbers(prose) == []
    glued = (
        "The guards kept his passport,his wallet,his watch,and his belt\n"
        "1987,in Tunis,by the gate,with no receipt.\n"
    )
    assert numbers(glued) == []


def test_a_year_or_a_short_word_in_the_cell_is_no_number() -> None:
    rows = "name;passport;city;note\nIlse;1994;Graz;x\nOtto;in 2003;Linz;y\nAnke;P 2290417;Wels;z\n"
    assert numbers(rows) == ["P 2290417"]


def test_a_heading_still_read_with_windows_line_ends() -> None:
    rows = (
        "n°;nombre;doc_identidad;ciudad\r\n"
        "1;Ana;4.551.902;La Paz\r\n"
        "2;Rui;CI 7/LPZ(M)002114;Oruro\r\n"
    )
    assert numbers(rows) == ["4.551.902", "CI 7/LPZ(M)002114"]
