# ruff: noqa: RUF001  (an en dash in a day range)
"""Numbers as four more writers wrote them (issue 16, sixth round): an age abbreviated
to "y" in a case list, a prison sentence with its suspended part, e-mail reply lines
in Spanish, French and Portuguese, and day ranges. Every wording is made up for these
tests; each rule has its negatives beside it.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import amounts
from workstation.detection.phrases.dates_abroad import dates_abroad
from workstation.detection.phrases.dates_scripts import dates_in_scripts


def found(text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in amounts.amounts(text) if s.entity == entity]


def dates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in dates_abroad(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Lwin Oo, 33 y: burns to both hands.", "33 y"),
        ("- Mya Thet (41 y) no papers.", "41 y"),
        ("Ko Htet, 52y, deaf in one ear.", "52y"),
    ],
)
def test_an_age_written_with_a_lone_y_after_a_name(text: str, expected: str) -> None:
    assert expected in found(text, "AGE")


@pytest.mark.parametrize(
    "text",
    ["Plot 7, 12 y; see map.", "Axes x, y, z, 3 y, 4 z.", "Why? 21 y 3 more."],
)
def test_a_lone_y_elsewhere_is_no_age(text: str) -> None:
    assert found(text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il est condamné à quatre ans d'emprisonnement dont deux ans avec sursis.",
            "quatre ans d'emprisonnement dont deux ans avec sursis",
        ),
        (
            "Elle écope de trois ans d'emprisonnement dont dix-huit mois avec sursis et",
            "trois ans d'emprisonnement dont dix-huit mois avec sursis",
        ),
        (
            "He got six years' imprisonment, of which three years suspended.",
            "six years' imprisonment, of which three years suspended",
        ),
    ],
)
def test_a_sentence_takes_its_suspended_part(text: str, expected: str) -> None:
    assert expected in found(text, "DURATION")


def test_dont_without_a_suspended_length_stays_outside() -> None:
    text = "Deux ans d'emprisonnement dont il a fait appel."
    assert found(text, "DURATION") == ["Deux ans d'emprisonnement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El vie, 6 mar 2026 a las 08:15, Inés <i@example.org> escribió:",
            "vie, 6 mar 2026 a las 08:15",
        ),
        ("Le lun. 2 nov. 2025 à 21:04, Paul a écrit :", "lun. 2 nov. 2025 à 21:04"),
        ("Em sex., 9 de out. de 2026 às 07:30, Rita escreveu:", "sex., 9 de out. de 2026 às 07:30"),
        ("On Wed, 4 Mar 2026 at 10:12, Kim wrote:", "Wed, 4 Mar 2026 at 10:12"),
        ("Copy due by Fri 11am, no later.", "Fri 11am"),
    ],
)
def test_a_date_after_a_short_weekday_is_one_span(text: str, expected: str) -> None:
    assert expected in dates(text)


@pytest.mark.parametrize(
    "text",
    ["He sat 6 pm apart.", "Dim 3 lamps in 2020.", "El mar 12 de mayo estaba en calma."],
)
def test_short_weekday_words_without_a_date_are_no_date(text: str) -> None:
    assert not any(" " in d and d.split()[0].lower() in {"sat", "dim", "mar"} for d in dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ON THE NIGHT OF 14/15 MARCH 2025 THE BOAT LEFT", "14/15 MARCH 2025"),
        ("Training course 11-13/05/2026 in the capital.", "11-13/05/2026"),
        ("Sessions 4–6.11.2025, all closed.", "4–6.11.2025"),
    ],
)
def test_days_ranged_before_one_date(text: str, expected: str) -> None:
    found_dates = [text[s.start : s.end] for s in dates_in_scripts(text)]
    assert expected in found_dates


@pytest.mark.parametrize("text", ["Score 12-25/03/2026x.", "Pages 1-2/3/2020/4 of the file."])
def test_ranges_inside_longer_figures_are_no_date(text: str) -> None:
    assert [s for s in dates_in_scripts(text) if "/" in text[s.start : s.end]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une amende de 12 400 000 gourdes haïtiennes a été prononcée.",
            "12 400 000 gourdes haïtiennes",
        ),
        ("Pagaron 350 soles peruanos por cada permiso.", "350 soles peruanos"),
        ("Recebeu 9.000 reais brasileiros em dinheiro.", "9.000 reais brasileiros"),
    ],
)
def test_a_currency_keeps_its_country_adjective(text: str, expected: str) -> None:
    assert expected in found(text, "MONEY")


def test_a_plain_word_after_a_currency_stays_outside() -> None:
    assert found("Il a reçu 500 euros jamais déclarés.", "MONEY") == ["500 euros"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fine paid was N2,450,000 and the bail N300,000.", "N300,000"),
        ("Le budget voté: 1 250 000 ZK pour les filets, 80 000 ZK pour le carburant.", "80 000 ZK"),
    ],
)
def test_a_code_no_list_holds_once_a_sum_is_paid_in_it(text: str, expected: str) -> None:
    assert expected in found(text, "MONEY")


@pytest.mark.parametrize(
    "text", ["Population 3 712 000 AB in the region.", "Plate N1,234 seen.", "We paid 4 000 PM."]
)
def test_letters_beside_a_figure_without_paying_are_no_money(text: str) -> None:
    assert found(text, "MONEY") == []


def test_a_sum_then_to_and_a_count_are_two_spans() -> None:
    text = "Grants paid in May: USD 8,400 to 31 households."
    assert found(text, "MONEY") == ["USD 8,400"]
    assert "31 households" in found(text, "QUANTITY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rent went from USD 300 to 500 a month.", "USD 300 to 500 a month"),
        ("A fine of $2 to 3 million was discussed.", "$2 to 3 million"),
        ("Quotes of EUR 200 to 400 euros each.", "EUR 200 to 400 euros"),
    ],
)
def test_a_range_of_money_stays_whole(text: str, expected: str) -> None:
    assert expected in found(text, "MONEY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Customs seized 95 kg of hashish oil at the quay.", "95 kg of hashish oil"),
        (
            "Staff logged 230 incidents of physical restraint last year.",
            "230 incidents of physical restraint",
        ),
        ("They carried 60 crates of surgical gloves.", "60 crates of surgical gloves"),
    ],
)
def test_a_count_of_a_two_word_thing_is_whole(text: str, expected: str) -> None:
    assert expected in [*found(text, "QUANTITY"), *found(text, "DURATION")]


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Police seized 40 kg of heroin hidden in tyres.", "40 kg of heroin hidden"),
        ("There were 3 barrels of chemical were found.", "3 barrels of chemical were"),
        ("He sold 12 sacks of medical quietly.", "12 sacks of medical quietly"),
    ],
)
def test_a_verb_after_the_counted_thing_stays_outside(text: str, not_expected: str) -> None:
    assert not_expected not in found(text, "QUANTITY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("เมื่อวันที่ 9 มิถุนายน 2567 เวลา 08:15 น. เรือออก", "9 มิถุนายน 2567 เวลา 08:15 น."),
        ("หนังสือลงวันที่ 21 ธ.ค. 2566", "21 ธ.ค. 2566"),
        ("ประชุมวันที่ 4 เมษายน พ.ศ. 2568", "4 เมษายน พ.ศ. 2568"),
    ],
)
def test_thai_dates_in_either_era(text: str, expected: str) -> None:
    assert expected in dates(text)


def test_a_thai_price_is_no_date() -> None:
    assert dates("ค่าแรง 350 บาท ต่อวัน") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salvador, 2l de rnaio de 2024.", "2l de rnaio de 2024"),
        ("preso desde 3 de dezembr0 sem visita", "3 de dezembr0"),
        ("Recebido em 0l/04/2024.", "0l/04/2024"),
    ],
)
def test_portuguese_and_spanish_dates_read_by_ocr(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in dates_in_scripts(text)]


@pytest.mark.parametrize("text", ["em 14 de março de 2025", "Versão 3l.0l.20l0.5 do sistema"])
def test_clean_dates_and_longer_figures_are_left_to_other_rules(text: str) -> None:
    assert [
        s
        for s in dates_in_scripts(text)
        if "de" in text[s.start : s.end] or "." in text[s.start : s.end]
    ] == []
