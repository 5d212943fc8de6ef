"""Identity, reference and telephone numbers, accounts and paths in the shapes other
writers use (issue 16, fifth round): national identity numbers by their country's
shape, registration plates in Cyrillic and Thai letters, accounts in chat exports and
document metadata, relative paths, bleeps and OCR'd international numbers. Every text
is invented, in the shape of a class of expression rather than one seen."""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine
from workstation.detection.phrases.references import reference_numbers


def proposed(engine: DetectionEngine, text: str, entity: str) -> list[str]:
    return [text[p.start : p.end] for p in engine.detect(text) if p.entity == entity]


def references(text: str) -> list[str]:
    return [text[span.start : span.end] for span in reference_numbers(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a Thai identity number, a Portuguese citizen card, a Hong Kong identity card
        ("the seller, ID 1-1020-00345-67-8, signed", "1-1020-00345-67-8"),
        ("portador do cartão de cidadão n.º 20417733 5 ZY2, residente", "20417733 5 ZY2"),
        ("Applicant's HKID: P204417(A)     Born: 1981", "P204417(A)"),
        # a label with its acronym in brackets, a letter after the groups
        ("National ID (NIN):   2 11 1987 00441 C\n", "2 11 1987 00441 C"),
        ("NHI (patient):   QRS4471\n", "QRS4471"),
    ],
)
def test_identity_numbers_by_shape_and_label(
    default: DetectionEngine, text: str, number: str
) -> None:
    assert number in proposed(default, text, "PASSPORT_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Sections 1-2040-11111-22 are not numbered so.",  # no identity shape
        "On 12 March 2011 6 of them left.",
    ],
)
def test_no_identity_number_in_prose(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "PASSPORT_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Land plot 47:22:0031145:912 was sold at auction.", "47:22:0031145:912"),
        ("the shared account is 02-0500-0881234-01, both names", "02-0500-0881234-01"),
        ("Claim No. HCA-CR 2019/0412\n", "HCA-CR 2019/0412"),
        ("uma queixa (NUIPC 412/19.3JAPRT) foi arquivada", "412/19.3JAPRT"),
        ("Subject: tender 0373200004119000021 - clarifications", "0373200004119000021"),
        ("approved on (PO 4500209917) in June", "4500209917"),
        ("a black car, plates \u0412 208 \u041e\u0420 77, stopped", "\u0412 208 \u041e\u0420 77"),
        ("they saw the van \u0415 552 \u0422\u0425 50 near", "\u0415 552 \u0422\u0425 50"),
        ("a pickup with plate 2 ขค 4471 left", "2 ขค 4471"),
        ("el camión (chasis 8AWZZZ377WA041178) quedó", "8AWZZZ377WA041178"),
    ],
)
def test_reference_numbers_in_more_shapes(text: str, number: str) -> None:
    assert number in references(text)


@pytest.mark.parametrize(
    "text",
    [
        "Send it to PO Box 4471 in town.",
        "The tender 2 was cancelled in 2011.",
        "The meeting ran 10:30:45:12 by the log.",
    ],
)
def test_no_reference_number_in_these(text: str) -> None:
    assert references(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("She asked us to call her brother, 8 (7212) 555-0187.", "8 (7212) 555-0187"),
        ("Please ring me, I am on 9841555027 all day.", "9841555027"),
        ("Night registrar            bleep 4471\n", "4471"),
        ("Logged by: R. Tane | r.tane@example.org | x2209\n", "2209"),
        ("Every time I ring +44 7700 9O0l23 nobody answers.", "+44 7700 9O0l23"),
    ],
)
def test_phone_numbers_in_more_shapes(default: DetectionEngine, text: str, number: str) -> None:
    found = proposed(default, text, "PHONE_NUMBER")
    assert any(number in value for value in found), found


@pytest.mark.parametrize(
    "text",
    [
        "I am on 20110304 in the register.",  # a compact date
        "The debt is at 1.200.000.000 now.",
    ],
)
def test_no_phone_number_after_am_on(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ('   "from": "Nadia",\n   "from_id": "user4471902",\n', "user4471902"),
        ('{"user": "U024BE7LH", "text": "ok"}', "U024BE7LH"),
        ("payments went through under her user code, PRT-FIN-akaur, in May", "PRT-FIN-akaur"),
        ("the log shows that user hq\\j.okoro opened the file", "hq\\j.okoro"),
        ("# Generated 2026-01-02 by field_ops\\m.tanaka", "field_ops\\m.tanaka"),
        ('the PDF metadata names the author "kpereira" as well', "kpereira"),
        ("The file was opened under the account lfenrow.", "lfenrow"),
    ],
)
def test_accounts_in_exports_and_metadata(
    default: DetectionEngine, text: str, account: str
) -> None:
    assert account in proposed(default, text, "USERNAME")


@pytest.mark.parametrize(
    "text",
    [
        "The money went to an account held\njointly by the two brothers.",
        "His account matches\nthe record of the port.",
        "Her salary was paid and her account suspended.",
        "Bank account (salary): 0047-31507-118",
        "EconOff saw the printouts of account nos. 4471 and 5120.",
        '  "type": "private_supergroup",\n  "from_id": "user4471",',
        'the author "unknown" is all the file says',
    ],
)
def test_no_account_in_these_words(default: DetectionEngine, text: str) -> None:
    found = proposed(default, text, "USERNAME")
    assert not any(
        word in found
        for word in ("held", "matches", "suspended", "salary", "nos", "private_supergroup")
    )
    assert "from_id" not in found and "unknown" not in found


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (
            '  "photo": "photos/photo_3@02-03-2025_10-11-12.jpg",',
            "photos/photo_3@02-03-2025_10-11-12.jpg",
        ),
        ("the scans are in exports/2011/p4.pdf now", "exports/2011/p4.pdf"),
        ("the bank stuff is in batch7/statements/\n", "batch7/statements/"),
        (
            "The share \\\\fin-srv02\\Pagos\\Notas internas\\2012 held them.",
            "\\\\fin-srv02\\Pagos\\Notas internas\\2012",
        ),
    ],
)
def test_relative_and_spaced_paths(default: DetectionEngine, text: str, path: str) -> None:
    assert path in proposed(default, text, "FILE_PATH")


@pytest.mark.parametrize(
    "text",
    [
        "He works 24/7/365 without rest.",
        "Speed was 80 km/h on the road.",
        "See https://example.org/a/b/report.pdf for it.",
    ],
)
def test_no_relative_path_in_these(default: DetectionEngine, text: str) -> None:
    found = proposed(default, text, "FILE_PATH")
    assert found == [] or found == ["report.pdf"] or all("example.org" in f for f in found)


def test_map_sheet_with_its_roman_numeral() -> None:
    assert "5012 III 4471" in references("Title deed no. 20417, sheet 5012 III 4471.\n")


def test_csv_column_under_a_commented_preamble() -> None:
    text = (
        "# export of the payments ledger, 2 accounts\n"
        "date,payer,payee_account,payee,memo\n"
        "2024-02-01,HARBOUR TRUST,TK 2201 0447 9120,LEE,SERVICES Q1\n"
        "2024-03-01,HARBOUR TRUST,TK 2201 0447 9120,LEE,FEE\n"
    )
    found = references(text)
    assert "TK 2201 0447 9120" in found
    assert "SERVICES Q1" not in found


def test_the_word_account_after_user_is_no_account(default: DetectionEngine) -> None:
    found = proposed(default, "User account:       HQ\\tkaranja\n", "USERNAME")
    assert "account" not in found
    assert "HQ\\tkaranja" in found


def test_csv_column_named_head_first_in_spanish() -> None:
    text = (
        "fecha;beneficiario;cuenta_destino;titular_cuenta;monto\n"
        "03/02/2014;Rivas Ortiz;0220-0118-4471093;Rivas Ortiz;1200,00\n"
    )
    found = references(text)
    assert "0220-0118-4471093" in found
    assert "1200,00" not in found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("driver of the lorry, truck TR 442-KX with trailer TR-AB 118, was", "TR 442-KX"),
        ("driver of the lorry, truck TR 442-KX with trailer TR-AB 118, was", "TR-AB 118"),
        ("a complaint to the District Land Office (DLO-SK 412/2567) was", "DLO-SK 412/2567"),
        ("paid into his account ending 2209; the bank", "2209"),
        ("cargado a la tarjeta terminada en 4471.", "4471"),
        ("she kept the post office receipt (RR 4471 2209 GB).", "RR 4471 2209 GB"),
    ],
)
def test_plates_offices_last_digits_and_receipts(text: str, number: str) -> None:
    assert number in references(text)


def test_no_last_digits_without_a_number(default: DetectionEngine) -> None:
    assert references("the car ending its trip at the border") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("COUNCIL OF DEPUTIES\nMINUTES No. 4\nof the meeting of", "4"),
        ("Outgoing No. 12/3-0417 of 20.03.2025", "12/3-0417"),
    ],
)
def test_a_documents_own_number(default: DetectionEngine, text: str, number: str) -> None:
    found = proposed(default, text, "CONTROL_NUMBER") + proposed(default, text, "REFERENCE_NUMBER")
    assert number in found


def test_spaced_passport_number_near_the_word(default: DetectionEngine) -> None:
    text = "A copy on file gives his passport as KT 0441872 (issued 2019)."
    assert "KT 0441872" in proposed(default, text, "PASSPORT_NUMBER")
    assert proposed(default, "The road AB 1234567 was closed.", "PASSPORT_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("# Week 3 - exported from ShiftPlan v2.1 by kemi.a on 2026-01-12 09:30", "kemi.a"),
        ("# exportado por rbenitez el 04/03/2013 17:22 desde CONT-PC02", "rbenitez"),
        ("Rapport généré par jdupont le 3 mars 2011.", "jdupont"),
    ],
)
def test_the_account_that_made_an_export(default: DetectionEngine, text: str, account: str) -> None:
    assert account in proposed(default, text, "USERNAME")


@pytest.mark.parametrize(
    "text",
    [
        "The list was compiled by hand on 3 May.",
        "It was generated by the system at 09:00.",
        "Exported by mistake, the file was deleted.",
    ],
)
def test_no_account_after_by_in_prose(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "USERNAME") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Testigo: Ana Ruiz, DUI 04417220-9, vecina", "04417220-9"),
        ("Employee Iqama: 2 4471 0092 11\n", "2 4471 0092 11"),
        ("his National Insurance number: QQ 12 34 56 C", "QQ 12 34 56 C"),
        ("titular del carnet de identidad n° 4471209, de", "4471209"),
    ],
)
def test_more_identity_labels(default: DetectionEngine, text: str, number: str) -> None:
    found = proposed(default, text, "PASSPORT_NUMBER")
    assert any(number in value for value in found), found


def test_network_share_path(default: DetectionEngine) -> None:
    text = "The draft sat on smb://fs02/legal/Board/notes-3.docx until May."
    assert "smb://fs02/legal/Board/notes-3.docx" in proposed(default, text, "FILE_PATH")


def test_bare_street_after_a_seat(default: DetectionEngine) -> None:
    text = "Police searched the firm's headquarters, Mlinska 12, Kovac, at 07:10."
    assert "Mlinska 12" in proposed(default, text, "STREET_ADDRESS")


def test_no_street_in_an_officers_badge(default: DetectionEngine) -> None:
    text = "  1. Corrections Officer Derek Hale, Badge 2219, Empl. No. E0104471, 6 years"
    assert proposed(default, text, "STREET_ADDRESS") == []


def test_no_identity_label_inside_a_longer_word(default: DetectionEngine) -> None:
    text = "RUEHXX/AMEMBASSY SAN MARCO ROUTINE 0447\n"
    assert proposed(default, text, "PASSPORT_NUMBER") == []
