"""Staff accounts in an export's column that says who handled each row (issue 16,
seventh round).

Every string here is invented for the test; none comes from the evaluation sets.
"""

from __future__ import annotations

from workstation.detection.layout.account_columns import handler_accounts


def accounts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in handler_accounts(text)]


def test_handler_column_in_several_languages() -> None:
    spanish = (
        "fecha;ref_pago;apellidos;monto;autorizo;nota\n"
        "02/03/2014;OP-14-0001;Ruiz;1200,00;pquintana;\n"
        '02/03/2014;OP-14-0002;"Soto; Lara";800,00;m.ferreyra;"pago; anticipo"\n'
        "03/03/2014;OP-14-0003;Vega;95,00;;\n"
    )
    assert accounts(spanish) == ["pquintana", "m.ferreyra"]
    english = "case,surname,amount,Approved By\nK-1,Hale,40.00,tdouglas\nK-2,Pryce,12.50,tdouglas\n"
    assert accounts(english) == ["tdouglas", "tdouglas"]


def test_a_column_of_answers_is_no_account() -> None:
    dutch = (
        "dossier;naam;bedrag;behandelaar;opmerking\nA-1;Jansen;10,00;ja;x\nA-2;Smit;5,00;nee;y\n"
    )
    assert accounts(dutch) == []


def test_a_column_of_names_is_no_account() -> None:
    names = "case;amount;handler\nK-1;40.00;Tom Douglas\nK-2;12.50;Ann Pryce\nK-3;3.00;tdouglas\n"
    assert accounts(names) == []  # mostly names: left to the name finders


def test_no_heading_no_account() -> None:
    assert accounts("case;surname;amount;note\nK-1;Hale;40.00;tdouglas\n") == []
