"""Direct identifiers (issue 16, seventh round): registers' numbers in Greek and Nordic
letters, Italian registers' dotted letters and "n.", court orders, check digits after
spaced groups, plates of letters and digits after a vehicle; Italian tax codes and
identity cards with a two-part prefix; national numbers as a cell of an export and the
sender of an SMS backup.

Every string here is invented for the test; none comes from the evaluation sets.
"""

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
        ("hearing tomorrow, case ΠΚΡ 2024/0317. Bring", "ΠΚΡ 2024/0317"),
        ("Vår ref.: SØ/2025/044\n", "SØ/2025/044"),
        ("(purchase order ΔΤ-2024/112).", "ΔΤ-2024/112"),
        ("filed an appeal (no.\nR.G. 4410/2024) at the", "R.G. 4410/2024"),
        ("Proc. pen. n.\n   2207/24 RGNR.", "2207/24 RGNR"),
        ("(verbale di sequestro n. 88/GF/24)", "88/GF/24"),
        ("NIG: 28079 43 1 2023 0004417\n", "28079 43 1 2023 0004417"),
        ("sent by registered mail no. RA 3301 4471 209-7.", "RA 3301 4471 209-7"),
        ("the records of account 4410-2 771 208 390-5 (held", "4410-2 771 208 390-5"),
        ("intercepted under court orders K 2210-24 and", "K 2210-24"),
        ("consulente, partita IVA 07731180962", "07731180962"),
        ("the lorry KT 55102 was stopped", "KT 55102"),
        # an office's letters before the number a phrase names
        ("He is held there. His number there is DTC-KL 4471.", "DTC-KL 4471"),
        # the ordinal sign of "n.º" is no letter of a number
        (
            "ante el juzgado, expediente\nn.º 00412-2010-0-1801-JR-PE-02. Adjunto",
            "00412-2010-0-1801-JR-PE-02",
        ),
    ],
)
def test_reference_numbers_seventh_round(text: str, number: str) -> None:
    assert number in references(text)


@pytest.mark.parametrize(
    "text",
    [
        "in order 2 to win",
        "they placed an order 500 bags short",
        "VAT 20% is due",
        "the car A 500 model",
    ],
)
def test_no_reference_number_in_these(text: str) -> None:
    assert references(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ('"CF-0201","VERDI","Anna","VRDNNA85M41F205X","cuoca"', "VRDNNA85M41F205X"),
        ("ID card no.:         KV-CI 4410227 B\n", "KV-CI 4410227 B"),
        ("cittadino, passaporto n. YA 4471902, residente", "YA 4471902"),
    ],
)
def test_identity_numbers_seventh_round(default: DetectionEngine, text: str, number: str) -> None:
    assert number in proposed(default, text, "PASSPORT_NUMBER")


def test_no_tax_code_in_a_word(default: DetectionEngine) -> None:
    text = "The model ABCDEF12G34H567 is a part number, ABCDEF12A34B567CD too."
    assert proposed(default, text, "PASSPORT_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("B-1,4,02,MARTIN,Luc,12/03/1980,3,marié,655,00,0,00,0692 55 01 44,note", "0692 55 01 44"),
        ("B-2,4,09,DIOP,Awa,05/05/1993,2,pacsée,580,00,0,00,06 55 50 01 90,\n", "06 55 50 01 90"),
        ('<sms protocol="0" address="09175550188" date="1296709200000"', "09175550188"),
    ],
)
def test_phone_numbers_seventh_round(default: DetectionEngine, text: str, number: str) -> None:
    assert number in proposed(default, text, "PHONE_NUMBER")


def test_amounts_in_a_cell_are_no_phone(default: DetectionEngine) -> None:
    text = "B-3,1,05,NOM,Prénom,01/01/1990,2,marié,1 310,00,0,00,\n"
    assert proposed(default, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (
            "the scans were kept in \\\\fs-07\\Juridico\\casos cerrados. The files",
            "\\\\fs-07\\Juridico\\casos cerrados",
        ),
        (
            '("\\\\fs2\\Legal\\Board Papers\\minutes draft")',
            "\\\\fs2\\Legal\\Board Papers\\minutes draft",
        ),
    ],
)
def test_share_whose_last_folder_has_a_space(
    default: DetectionEngine, text: str, path: str
) -> None:
    assert path in proposed(default, text, "FILE_PATH")


def test_share_followed_by_the_sentence(default: DetectionEngine) -> None:
    text = "she copied it to \\\\srv\\share\\docs yesterday. Then she left."
    assert proposed(default, text, "FILE_PATH") == ["\\\\srv\\share\\docs"]
    text = "The folder \\\\srv\\Pagos\\2012 vanished. Then"
    assert proposed(default, text, "FILE_PATH") == ["\\\\srv\\Pagos\\2012"]


def test_share_whose_last_folder_has_a_space_before_a_crlf(default: DetectionEngine) -> None:
    """A Windows line end ("\\r\\n") ends the path as a bare "\\n" does."""
    text = "Moved to \\\\nas3\\Arquivo\\notas fiscais\r\nNothing else was kept.\r\n"
    assert proposed(default, text, "FILE_PATH") == ["\\\\nas3\\Arquivo\\notas fiscais"]
    text = "Moved to \\\\nas3\\Arquivo\\notas fiscais\nNothing else was kept.\n"
    assert proposed(default, text, "FILE_PATH") == ["\\\\nas3\\Arquivo\\notas fiscais"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Her username on the permits system is tmwangi; she said so.", "tmwangi"),
        ("his login for the portal was okarimi.", "okarimi"),
    ],
)
def test_username_a_sentence_gives(default: DetectionEngine, text: str, account: str) -> None:
    assert account in proposed(default, text, "USERNAME")


@pytest.mark.parametrize(
    "text",
    ["The username is required.", "the login was successful", "her login was successful"],
)
def test_no_username_in_these(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "USERNAME") == []


@pytest.mark.parametrize(
    "text",
    [
        "The fee was NOK 612 400 in cash.",
        "Paid: NOK 18 250 to the agent.",
        "NORD 4471 was the code.",
    ],
)
def test_a_number_mark_inside_a_longer_word_cues_no_reference(text: str) -> None:
    # the "NO" of "NOK" or "NORD" is no "no." mark: the words after it are not a number's
    assert references(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("Case no.4471/03 was filed.", "4471/03"), ("Dossier n°AB-2231 ouvert.", "AB-2231")],
)
def test_a_mark_glued_to_its_number_still_cues_it(text: str, number: str) -> None:
    assert references(text) == [number]


def test_no_passport_number_in_prose_with_commas(
    default: DetectionEngine, strict: DetectionEngine
) -> None:
    """A paragraph that names a passport and runs on with commas is no CSV heading, so
    the next line's "by 1998" is no passport number (review, seventh round)."""
    text = (
        "The guards kept his passport, his wallet, his watch, and his belt\n"
        "by 1998, in Tunis, at the gate, with no receipt.\n"
    )
    table = "nombre;passport;ciudad;edad\nAna;P 2290417;La Paz;44\n"
    for engine in (default, strict):
        assert proposed(engine, text, "PASSPORT_NUMBER") == []
        assert proposed(engine, table, "PASSPORT_NUMBER") == ["P 2290417"]
