# ruff: noqa: RUF001  (a currency written in Cyrillic)
"""Numbers as eight more writers wrote them (issue 16, fifth round): money in codes no
list holds and at a rate per unit, lengths since a date and in the short units of notes,
ages after a name, counts with what the counted were, dates written short. Every
wording is made up for these tests; each rule has its negatives beside it.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import amounts, loose_numbers
from workstation.detection.phrases.dates_short import short_dates


def found(text: str, entity: str) -> list[str]:
    spans = [*amounts.amounts(text), *loose_numbers.loose_numbers(text)]
    return [text[s.start : s.end] for s in spans if s.entity == entity]


def dates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in short_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm was paid ZR 14.2 million last year.", "ZR 14.2 million"),
        ("Costs so far: QBD 418 000 for the detention.", "QBD 418 000"),
        ("The fishers paid MRL 12.500 in fees.", "MRL 12.500"),
        ("Statement: -ZR 3,450.00 on 3 May", "-ZR 3,450.00"),
        ("Fertiliser was declared at USD 95 per tonne.", "USD 95 per tonne"),
        ("Land was bought at 2,800 rubles per hectare.", "2,800 rubles per hectare"),
        ("Guards were paid QLN 300 per shift.", "QLN 300 per shift"),
        ("The house sold for 4.5m baht in May.", "4.5m baht"),
        ("a fine of 12 300 руб. was imposed", "12 300 руб."),
        ("the bonus (200 thousand tögrög each)", "200 thousand tögrög"),
    ],
)
def test_money_in_unknown_codes_rates_and_more_currencies(text: str, expected: str) -> None:
    assert expected in found(text, "MONEY")


@pytest.mark.parametrize(
    "text",
    [
        "Passport VN 118 204 557 and ID AB 123 456 are in the file.",  # identity numbers
        "See NO 12 300 in the register.",  # a label, not a currency
        "The list had CV 340 entries.",
    ],
)
def test_grouped_numbers_after_letters_are_not_money_without_paying(text: str) -> None:
    assert found(text, "MONEY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has worked at the depot since 2017.", "since 2017"),
        ("He has been held since 4 February 2025.", "since 4 February 2025"),
        ("They have lived there since\nOctober.", "since\nOctober"),
        ("Vive en el barrio desde 2009.", "desde 2009"),
        ("Il est détenu depuis mars 2022.", "depuis mars 2022"),
        ("Visits were cut to 15 min each.", "15 min"),
        ("The gap in observations was 4.5 h long.", "4.5 h"),
        ("The suspension lasted 2 h 45 min.", "2 h 45 min"),
        ("At 17 seconds the officer fires.", "17 seconds"),
        ("Ele está preso há doze anos.", "há doze anos"),
        ("Ditahan 10 hari di balai polis.", "10 hari"),
        ("Decisions must be taken within ten days.", "within ten days"),
        ("Nobody stayed longer than three months.", "longer than three months"),
        ("in the past\nfour years the union grew", "in the past\nfour years"),
        ("Eight weeks later he was moved.", "Eight weeks later"),
        ("She was given four months' notice.", "four months' notice"),
        ("He asked for two weeks' rest.", "for two weeks' rest"),
        ("he then took unpaid leave", "unpaid leave"),
        ("She is on long-term sick leave.", "long-term sick leave"),
        (
            "condenado a cuatro años y un día de presidio menor",
            "cuatro años y un día de presidio menor",
        ),
        ("foi condenado a 6 anos de prisão", "6 anos de prisão"),
    ],
)
def test_lengths_with_their_words(text: str, expected: str) -> None:
    assert expected in found(text, "DURATION")


@pytest.mark.parametrize(
    "text",
    [
        "Since the meeting nobody called.",  # since a moment that is no date
        "A day later the council met.",  # "a day later": when, not how long
        "Released at 22 h 30 that night.",  # a time of day
        "Sick leave 12 days in 2024.",  # the days are the length, on their own
        "He signed at 18h00.",
    ],
)
def test_no_length_where_none_is_written(text: str) -> None:
    lengths = found(text, "DURATION")
    assert all("meeting" not in x and "22 h" not in x and "leave" not in x for x in lengths)
    assert "A day later" not in lengths
    assert "18h00" not in lengths


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Marta Quispe Huanca, 29, Aymara, single", "29"),
        ("2) Selam Tesfaye Gebre, 34, Kivandan. Cleaner", "34"),
        ("Ms Noor Jahan, 52, HIV-positive, said", "52"),
        ("arrested Petar Vuković (46, warehouse clerk) at", "46"),
        ("and Doña Amalia Rocha (61, widowed, no income)", "61"),
        ("3. Jean-Marc Dorval, 16 (unaccompanied minor)", "16"),
        ("divorced, a daughter of 9; she lives alone", "of 9"),
        ("A requerente, de 39 anos, declarou", "de 39 anos"),
        ("dois filhos, de 4 e 7 anos.", "de 4 e 7 anos"),
        ("with the two boys (8 and 5), from", "8"),
    ],
)
def test_ages_after_names_and_in_portuguese(text: str, expected: str) -> None:
    assert expected in found(text, "AGE")


@pytest.mark.parametrize(
    "text",
    [
        "See Article 6, 12, 14 of the Code.",  # article numbers in a list
        "Blocks (12, 13, 14) were closed.",  # a list of numbers in brackets
        "foi condenado a 6 anos de prisão",  # a term, not an age
    ],
)
def test_numbers_after_names_that_are_not_ages(text: str) -> None:
    assert found(text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives with her four grandchildren.", "four grandchildren"),
        ("Six more fishermen came forward.", "Six more fishermen"),
        ("The patrol had three NCOs and 2 RNs.", "three NCOs"),
        ("The bank filed two suspicious activity reports.", "two suspicious activity reports"),
        ("He carried three magazines of 20 rounds.", "three magazines of 20 rounds"),
        ("The unit sent five armoured personnel carriers.", "five armoured personnel carriers"),
        ("The depot issued twelve AK-47 rifles.", "twelve AK-47 rifles"),
        ("They came four or five times a month.", "four or five times a month"),
        ("The school lost 12 of its 90 pupils.", "12 of its 90"),
        ("The raid took 30 men and 12 women.", "30 men and 12 women"),
        ("She rents a flat 48 m² near the port.", "48 m²"),
        ("a plot of three rai near the dam", "three rai"),
        ("a twelve-metre trawler", "a twelve-metre trawler"),
        ("Dos filhos menores e três embarcações", "três embarcações"),
        ("The warden's figures: 212 were remand prisoners.", "212 were remand prisoners"),
        ("Of those held, 40 were women.", "40 were women"),
        ("Motion carried (9 for, 2 against, 1 abstention).", "9 for"),
        ("Motion carried (9 for, 2 against, 1 abstention).", "1 abstention"),
        ("The panel decided three votes to two.", "three votes to two"),
        ("her two nephews' flat", "two nephews'"),
    ],
)
def test_counts_with_what_they_count(text: str, expected: str) -> None:
    assert expected in found(text, "QUANTITY")


@pytest.mark.parametrize(
    "text",
    [
        "A dangerous road.",  # an adjective in -ous is no plural
        "We met the specimen collector.",
        "room 214 is closed",  # a label's number
        "12 were released on Monday.",  # what they were is no noun
    ],
)
def test_not_counts(text: str) -> None:
    counts = found(text, "QUANTITY")
    assert all("were released" not in c and "214" not in c for c in counts)
    assert "dangerous" not in " ".join(counts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient admitted 14/06 with a fracture", "14/06"),
        ("He stays on until 3/11, then leaves.", "3/11"),
        ("Seen on 04/09 06:40 by the night nurse.", "04/09 06:40"),
        ("Passport expired 08/2025, not renewed", "08/2025"),
        ("Memo dated 2025.11.03 from the director", "2025.11.03"),
        ("2025/03/14(Fri) 09:12 Ana: ok", "2025/03/14(Fri)"),
        ("staff,Mon 7,Tue 8,Wed 9", "Tue 8"),
        ("El 5 de\nnoviembre de 2011 llegó", "5 de\nnoviembre de 2011"),
        ("de 3 a 9 de Setembro de 2014", "de 3 a 9 de Setembro de 2014"),
        ("aberta das 9h00 às 12h30", "9h00 às 12h30"),
        ("they stayed until after midnight", "midnight"),
    ],
)
def test_dates_written_short(text: str, expected: str) -> None:
    assert expected in dates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing is Friday 9 May, 10 am, court 2.", "Friday 9 May, 10 am"),
        ("First appearance: 9am, 14 March 2025, Room 1.", "9am, 14 March 2025"),
        ("before the hearing (12.03.2025, 09:30);", "12.03.2025, 09:30"),
        ("wages for June 2022 to\nMay 2023 were unpaid", "June 2022 to\nMay 2023"),
        ("on 3 May and 14\nJune he refused", "14\nJune"),
        ("Date: 4 May 2026 (2083 Baisakh 21)", "2083 Baisakh 21"),
        ("Petrov, released 14.03, fined", "14.03"),
    ],
)
def test_dates_with_their_hours_ranges_and_calendars(text: str, expected: str) -> None:
    assert expected in dates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wing has one clinical psychologist, who visits.", "one clinical psychologist"),
        ("The yard measures 30 by 8 metres.", "30 by 8 metres"),
        ("I wrote maybe twenty\ntimes to them.", "maybe twenty\ntimes"),
        ("Staffing: 3 RN + 1 HCA on nights.", "3 RN + 1 HCA"),
    ],
)
def test_more_counts(text: str, expected: str) -> None:
    assert expected in found(text, "QUANTITY")


def test_an_age_band_and_a_rate_of_mornings() -> None:
    assert "children under five" in found("deaths of children under five rose", "AGE")
    assert "three mornings a week" in found("a nurse comes three mornings a week", "DURATION")


@pytest.mark.parametrize(
    "text",
    [
        "One day he came back.",  # no count: a day is when
        "The 3 RNs were tired.",  # counted, but "3 RNs" only
    ],
)
def test_one_thing_needs_a_stop_after_it(text: str) -> None:
    assert "One day he" not in found(text, "QUANTITY")


@pytest.mark.parametrize(
    "text",
    [
        "Score 7/10 on the pain scale.",  # a score, not a date (no cue, not padded)
        "BP 130/85 on admission.",  # no month 85
        "case no. 12/09 was closed",  # a case number after its label
        "nos. 4711/03 and 5120/04",
        "ref 11/2023 in the register",
        "Half the vote: 3/4 of them agreed.",
    ],
)
def test_slashes_that_are_not_dates(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("about $12,500\npesos in cash", "MONEY", "about $12,500\npesos"),
        ("bought at EUR 2.10 per dose", "MONEY", "EUR 2.10 per dose"),
        ("paid Rs 650 per 1,000 bricks", "MONEY", "Rs 650 per 1,000"),
        ("le cacao (900 ariary le kilo)", "MONEY", "900 ariary le kilo"),
        ("costs rose (+14.2%) in a year", "PERCENT", "+14.2%"),
        ("burns to 30 per cent of her body", "PERCENT", "30 per cent of her body"),
        ("staff on three-month contracts", "DURATION", "three-month contracts"),
        ("viven allí desde hace más de diez años", "DURATION", "desde hace más de diez años"),
        ("llegó una hora y veinte minutos tarde", "DURATION", "una hora y veinte minutos"),
        ("the cell was at minus 4 degrees", "QUANTITY", "minus 4 degrees"),
        ("the ward handles 300 admissions a month", "QUANTITY", "300 admissions a month"),
        ("it sold 3 tonnes of dried fish", "QUANTITY", "3 tonnes of dried fish"),
    ],
)
def test_third_pass_expressions(text: str, entity: str, expected: str) -> None:
    assert expected in found(text, entity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Te llamo a las 9 de la mañana.", "a las 9 de la mañana"),
        ("entre las 21:10 y 22:05 la cuenta", "21:10 y 22:05"),
        ("entre 9h00 et 12h30, les agents", "9h00 et 12h30"),
        ("Date: Wed 3/12/2025", "Wed 3/12/2025"),
        ("reply by Friday 9th, 17:00 please", "Friday 9th, 17:00"),
    ],
)
def test_third_pass_dates(text: str, expected: str) -> None:
    assert expected in dates(text)


def test_a_price_per_unit_does_not_swallow_a_following_count() -> None:
    assert "USD 500 the 12" not in " ".join(found("paid USD 500 the 12 workers", "MONEY"))


@pytest.mark.parametrize(
    ("heading", "entity"),
    [
        ("gross_hld", "MONEY"),  # a gross wage in a local currency code
        ("Net pay", "MONEY"),
        ("household_size", "QUANTITY"),
        ("Taille du ménage", "QUANTITY"),
        ("file size", None),  # bytes are no count of people
    ],
)
def test_columns_of_wages_and_household_sizes(heading: str, entity: str | None) -> None:
    from workstation.detection.layout.number_columns import number_column

    assert number_column(heading, {}) == entity
