"""Phone numbers, identity numbers, accounts, paths and devices written as the new
development documents' writers write them (issue 16, fourth round). Every text is
invented, in the shape of a class of expression rather than one seen."""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine
from workstation.detection.layout.logins import logins_after_names
from workstation.detection.phrases.references import reference_numbers


def proposed(engine: DetectionEngine, text: str, entity: str) -> list[str]:
    return [text[p.start : p.end] for p in engine.detect(text) if p.entity == entity]


def covered(engine: DetectionEngine, text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(p.start, p.end) for p in engine.detect(text)]
    return all(any(a <= i < b for a, b in spans) for i in range(start, start + len(value)))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Su oficina, teléfono\n2471-3309, atiende de mañana.", "2471-3309"),
        ("Delegados: Rosa Méndez - tornera - 33 4471 2290", "33 4471 2290"),
        ("Her brother called the desk (8812-4410) at night.", "8812-4410"),
    ],
)
def test_phone_numbers_of_central_america_and_mexico(
    default: DetectionEngine, text: str, number: str
) -> None:
    assert number in proposed(default, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "The phone survey ran 2019-2021 in four towns.",
        "Call logs for 2010-2012 were seized.",
        "They paid 12 447 229 in all.",
    ],
)
def test_no_phone_number_in_year_ranges_or_long_figures(
    default: DetectionEngine, text: str
) -> None:
    assert proposed(default, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("4. Luna Pérez, Ana - CURP LUPA910214MDFNRN07", "LUPA910214MDFNRN07"),
        ("titular: Ríos Vera, Luis; V-18.204.775; Maracay", "V-18.204.775"),
        ("Mamani;Juan;4471209 LP;Oruro", "4471209 LP"),
        ("Vecina: 0501-1987-04412 María Reyes", "0501-1987-04412"),
        ("I enclose my ID card (2208841177) and the letter.", "2208841177"),
    ],
)
def test_identity_numbers_by_their_countries_shapes(
    default: DetectionEngine, text: str, number: str
) -> None:
    assert number in proposed(default, text, "PASSPORT_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Send 4471209 OR 4471210 to the desk.",  # a word, not a department
        "The years 0501-1987 and 1988 were lost.",
        "ABCD is a code, 123456 is a number.",
    ],
)
def test_no_identity_number_in_words_ranges_or_codes(default: DetectionEngine, text: str) -> None:
    assert proposed(default, text, "PASSPORT_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Cuenta institucional   Usuario SIGEP: mrivas", "mrivas"),
        ("the audit shows her login (kOkafor) on the terminal.", "kOkafor"),
    ],
)
def test_logins_after_a_system_name_or_in_brackets(
    default: DetectionEngine, text: str, login: str
) -> None:
    assert login in proposed(default, text, "USERNAME")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Approved:   Okafor, Chidinma (cokafor)   signed", "cokafor"),
        ("Sven Erik Lund (selund) opened the file.", "selund"),
        ("Ana Costa (anacosta) replied.", "anacosta"),
    ],
)
def test_a_login_built_from_the_name_before_it(login: str, text: str) -> None:
    assert [text[s.start : s.end] for s in logins_after_names(text)] == [login]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Costa (lisbon) replied.",
        "Sven Erik Lund (retired) opened the file.",
        "Okafor, Chidinma (née Obi) signed.",
    ],
)
def test_no_login_in_brackets_that_do_not_spell_the_name(text: str) -> None:
    assert list(logins_after_names(text)) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Misc. Application No. KMA 412 of 2025 was listed.", ["KMA 412 of 2025"]),
        ("the vigilance enquiry (VE 14/2024/CHN/MDU) is pending", ["VE 14/2024/CHN/MDU"]),
        ("Police file (atestado policial): 4471-2025-09\n", ["4471-2025-09"]),
        ("Salary account:  Andes Credit Bank 221-4-40917-8\n", ["221-4-40917-8"]),
        (
            "name;village;plot_no;area\nA. Rao;Kallur;14/2B;1.5\nB. Devi;Kallur;17/1;2\n",
            ["14/2B", "17/1"],
        ),
    ],
)
def test_reference_numbers_after_glosses_banks_brackets_and_in_csv_columns(
    text: str, numbers: list[str]
) -> None:
    assert [text[s.start : s.end] for s in reference_numbers(text)] == numbers


@pytest.mark.parametrize(
    "text",
    [
        "the file (12 pages) was lost",
        "the enquiry (2 March) heard four",
        "the case (see above) was closed",
        "name;village;age;area\nA. Rao;Kallur;41;1.5\n",
    ],
)
def test_no_reference_number_in_brackets_of_words_or_other_columns(text: str) -> None:
    assert list(reference_numbers(text)) == []


def test_a_unix_path_under_any_root_to_a_file(default: DetectionEngine) -> None:
    text = "Notes are on the drive (/srv2/cases/2026-07/src/M_notes.odt), not in the CMS."
    assert "/srv2/cases/2026-07/src/M_notes.odt" in proposed(default, text, "FILE_PATH")


def test_no_path_in_fractions_or_and_or(default: DetectionEngine) -> None:
    assert proposed(default, "It was 3/4 done and/or half of 1/2/3.", "FILE_PATH") == []


def test_a_device_named_in_quotes_after_the_word(default: DetectionEngine) -> None:
    text = 'Exported from device "Redmi-Note12-Kasia" by Backup 2.1'
    assert "Redmi-Note12-Kasia" in proposed(default, text, "DEVICE_ID")


def test_identity_numbers_under_short_column_headings(strict: DetectionEngine) -> None:
    text = "No.  Name          Nat. ID\n1    AZIZI, Reza   3310227781\n"
    assert covered(strict, text, "3310227781")
