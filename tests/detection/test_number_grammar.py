"""Amounts, percentages, ages and durations as they are written in judgments, reports and
articles worldwide (issue 16, numbers): ranges, currencies the lists lacked, words that
open a period, ages in more grammars. Every wording is made up for these tests.
"""

from __future__ import annotations

import importlib

import pytest

from workstation.detection.phrases import amounts


def found(text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in amounts.amounts(text) if s.entity == entity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each guard took between $300 and $500 a month.", "between $300 and $500 a month"),
        ("He was offered USD 1,400\nand 2,100 in two payments.", "USD 1,400\nand 2,100"),
        ("The fee ran to $5-$10 per page.", "$5-$10 per page"),
        ("Estimates put it at 500 to 700 euros.", "500 to 700 euros"),
        ("The scheme moved millions of dollars offshore.", "millions of dollars"),
        ("It cost hundreds of thousands of euros.", "hundreds of thousands of euros"),
        ("Ils ont détourné des millions d'euros.", "des millions d'euros"),
        ("Perdieron miles de pesos en la estafa.", "miles de pesos"),
        ("The taxi cost RD$ 4,500 from the airport.", "RD$ 4,500"),
        ("Le loyer est de 35 000 DA par mois.", "35 000 DA par mois"),
        ("A ticket was kr 450 then.", "kr 450"),
        ("She sold the camera for 200 quid.", "200 quid"),
        ("He asked for 5 grand up front.", "5 grand"),
        ("The cocoa fetched GH¢ 500 a bag.", "GH¢ 500 a bag"),
        ("She earns about ZQD 180 a month.", "ZQD 180 a month"),  # a code no list holds
        ("ZQD 500 was paid to the driver.", "ZQD 500"),  # the paying word after it
        ("El tío cobraba 3.000 bolívares por viaje.", "3.000 bolívares por viaje"),
        ("Le chef a reçu 45 millions de francs CFA.", "45 millions de francs CFA"),
        ("He left with some USD 4.1 million more.", "some USD 4.1 million"),
    ],
)
def test_money_in_ranges_slang_and_more_currencies(text: str, expected: str) -> None:
    assert expected in found(text, "MONEY")


@pytest.mark.parametrize(
    "text",
    [
        "They took $500 and 12 goats.",  # the goats are a count, not the upper amount
        "See REF 180 and the annex.",
        "Flight ABC 4471 landed late.",
        "The DA 2010 report was late.",  # "DA" after no number
    ],
)
def test_amounts_do_not_swallow_what_follows(text: str) -> None:
    assert all("goats" not in m and "REF" not in m and "ABC" not in m for m in found(text, "MONEY"))
    assert "DA 2010" not in found(text, "MONEY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turnout fell between 10 and 12 per cent in the north", "between 10 and 12 per cent"),
        ("a 10-12% cut in wages", "10-12%"),
        ("perdió un 30 % de visión", "un 30 %"),
        ("a 12pc rise in the fee", "12pc"),
        ("some 10\u201315 per cent of them", "some 10\u201315 per cent"),
    ],
)
def test_percentages_in_ranges_and_abbreviations(text: str, expected: str) -> None:
    assert expected in found(text, "PERCENT")


def test_a_page_range_is_no_percentage() -> None:
    assert found("see pages 10-12 of the annex", "PERCENT") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was banned for a period of five years.", "for a period of five years"),
        (
            "She got a sentence of six years and two\nmonths.",
            "a sentence of six years and two\nmonths",
        ),
        ("living on half pay for the last nine months", "for the last nine months"),
        ("trabajaban entre diez y doce horas diarias", "entre diez y doce horas diarias"),
        ("cosían cinco días a la semana", "cinco días a la semana"),
        ("la pena de seis años y tres meses de prisión", "seis años y tres meses de prisión"),
        ("un año, dos meses y\nocho días de arresto", "un año, dos meses y\nocho días de arresto"),
        ("the hearing took nine sitting days", "nine sitting days"),
        ("he was given imprisonment for life", "imprisonment for life"),
        ("two years on probation", "two years on probation"),
        ("they worked ten hours a day", "ten hours a day"),
        ("he asked for a further three weeks", "for a further three weeks"),
        ("condenado a prisión permanente revisable", "prisión permanente revisable"),
        ("she took six weeks' maternity leave", "six weeks' maternity leave"),
    ],
)
def test_durations_with_the_words_that_open_and_close_them(text: str, expected: str) -> None:
    assert expected in found(text, "DURATION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the children, aged 4, 7 and 9, were asleep", "aged 4, 7 and 9"),
        ("a man aged about 40, bearded", "aged about 40"),
        ("un hombre de 43 años de edad, soltero", "de 43 años de edad"),
        ("the driver, 34 yrs old, said", "34 yrs old"),
        ("a 34-yr-old driver", "34-yr-old"),
        ("he was a minor at the time", "a minor"),
        ("el acusado, mayor de edad, declaró", "mayor de edad"),
        ("a septuagenarian farmer", "a septuagenarian"),
        ("He was born in 1971 in the north.", "born in 1971"),
    ],
)
def test_ages_in_more_grammars(text: str, expected: str) -> None:
    assert expected in found(text, "AGE")


@pytest.mark.parametrize(
    "text",
    [
        "a minor offence was recorded",  # "minor" as an adjective
        "the town was quiet",
        "for the record",
    ],
)
def test_ordinary_words_are_no_ages_or_durations(text: str) -> None:
    assert found(text, "AGE") == [] and found(text, "DURATION") == []


def test_all_and_a_count_are_one_expression() -> None:
    assert found("All three deaths were avoidable.", "QUANTITY") == ["All three deaths"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 30 and 40 people were held", "between 30 and 40 people"),
        ("10-12 guards were on duty", "10-12 guards"),
        ("two or three soldiers stood by", "two or three soldiers"),
        ("the remaining 12 detainees were freed", "the remaining 12 detainees"),
        ("another 40 families arrived", "another 40 families"),
        ("well over 100 men signed", "well over 100 men"),
    ],
)
def test_counts_with_ranges_and_openers(text: str, expected: str) -> None:
    assert expected in found(text, "QUANTITY")


@pytest.mark.parametrize(
    "text",
    ["in the 2009 and 2010 elections", "the 1999-2001 budgets", "see pages 10-12 again"],
)
def test_years_and_page_ranges_are_no_counts(text: str) -> None:
    assert found(text, "QUANTITY") == []


def test_a_code_paid_once_is_a_currency_for_the_whole_document() -> None:
    text = "She earns ZQD 180 a month.\nRent: ZQD 60."
    assert found(text, "MONEY") == ["ZQD 180 a month", "ZQD 60"]


def test_a_code_never_paid_stays_unproposed() -> None:
    assert found("Form ZQD 180 was filed. Then ZQD 60.", "MONEY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He paid 12,000 Tamborel francs.", "12,000 Tamborel francs"),
        ("a grant of CFAF 500,000", "CFAF 500,000"),
    ],
)
def test_currencies_named_after_any_place(text: str, expected: str) -> None:
    assert expected in found(text, "MONEY")


def test_ages_of_several_children() -> None:
    assert found("two boys, ages 12 and 14, were held", "AGE") == ["ages 12 and 14"]


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("several hundred people gathered", "QUANTITY", "several hundred people"),
        ("there were a few dozen at most", "QUANTITY", "a few dozen"),
        ("half a dozen soldiers", "QUANTITY", "half a dozen soldiers"),
        ("she lives with a 40% disability.", "PERCENT", "a 40% disability"),
        ("he held a 12 per cent stake in it", "PERCENT", "a 12 per cent stake"),
        ("ia menerima Rp 1,5 juta", "MONEY", "Rp 1,5 juta"),
    ],
)
def test_estimates_shares_of_a_person_and_scales(text: str, entity: str, expected: str) -> None:
    assert expected in found(text, entity)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (
            "six months' imprisonment, suspended for two years",
            "DURATION",
            "six months' imprisonment, suspended for two years",
        ),
        ("he spent three weeks on remand", "DURATION", "three weeks on remand"),
        ("48 hours in police custody", "DURATION", "48 hours in police custody"),
        ("24 heures de garde à vue", "DURATION", "24 heures de garde à vue"),
        ("murió con 17 años", "AGE", "con 17 años"),
        ("il avait 34 ans", "AGE", "avait 34 ans"),
        ("children under the age of 14", "AGE", "under the age of 14"),
    ],
)
def test_terms_and_ages_in_more_languages(text: str, entity: str, expected: str) -> None:
    assert expected in found(text, entity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in five prisoners had no bed.", "One in five prisoners"),
        ("the 300-strong crowd dispersed", "the 300-strong crowd"),
        ("a 12-member committee", "a 12-member committee"),
        ("tens of thousands of people marched", "tens of thousands of people"),
        ("twenty or so men waited", "twenty or so men"),
        ("10 injured people were moved", "10 injured people"),
    ],
)
def test_ratios_joined_numbers_and_rough_counts(text: str, expected: str) -> None:
    assert expected in found(text, "QUANTITY")


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("he got US$ 2.5m from the fund", "MONEY", "US$ 2.5m"),
        ("a receipt for Rs. 50,000/- only", "MONEY", "Rs. 50,000/-"),
        ("a 5,000-euro fine", "MONEY", "5,000-euro"),
        ("the 2m-dollar contract", "MONEY", "2m-dollar"),
        ("a $1,000-a-month job", "MONEY", "$1,000-a-month"),
        ("it cost CHF 1'200 in Geneva", "MONEY", "CHF 1'200"),
        ("three boys aged 17-19", "AGE", "aged 17-19"),
        ("on her 60th birthday", "AGE", "60th birthday"),
        ("two-thirds of the staff left", "QUANTITY", "two-thirds of the staff"),
    ],
)
def test_compound_amounts_and_more_ages(text: str, entity: str, expected: str) -> None:
    assert expected in found(text, entity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reporter was held for three years of captivity.", "for three years of captivity"),
        ("They kept him 72 hours incommunicado.", "72 hours incommunicado"),
        ("Pasó dos meses en huelga de hambre.", "dos meses en huelga de hambre"),
        ("The guard worked there barely two weeks.", "barely two weeks"),
        ("She waited the better part of a year.", "the better part of a year"),
        ("They questioned him for five days running.", "for five days running"),
        ("The strike went on throughout six weeks.", "throughout six weeks"),
        ("Fue detenido por tres meses.", "por tres meses"),
        ("Il a été suspendu pour six mois.", "pour six mois"),
    ],
)
def test_durations_with_their_opening_and_closing_words(text: str, expected: str) -> None:
    assert expected in found(text, "DURATION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She spent ten days in hospital.", "ten days"),  # the place is not part of it
        ("He paid for three days of work.", "for three days"),
        ("Il est détenu depuis trois ans.", "trois ans"),
        ("Elle a passé six mois sans jugement.", "six mois"),
    ],
)
def test_durations_end_where_the_period_ends(text: str, expected: str) -> None:
    assert found(text, "DURATION") == [expected]


def test_every_currency_code_is_letters_only() -> None:
    """amounts finds a code glued to its number by a set lookup on the run of letters
    before the digit (a speed-up): exact only while every code is letters only."""
    module = importlib.import_module("workstation.detection.phrases.amounts")
    assert len(module._CODE_SET) > 150
    assert all(code.isalpha() for code in module._CODE_SET)
