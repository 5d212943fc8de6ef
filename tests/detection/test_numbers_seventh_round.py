# ruff: noqa: RUF001  (en dashes in ranges of years)
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


@pytest.mark.parametrize(
    "text",
    [
        "The old shed smokes and burns for two days.",
        "The oil flares and burns with a blue flame.",
        "We had lunch with Burns on Monday.",
        "a letter from Okoro and Burns, solicitors",
        "the Burns inquiry reported in May",
    ],
)
def test_burns_the_verb_after_and_or_the_surname_is_no_injury(text: str) -> None:
    assert list(burns(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("died of smoke inhalation and burns on the ward", "burns"),
        ("cuts, bruises and burns to 25% of her body", "burns to 25% of her body"),
        ("he came in with burns and a broken wrist", "burns"),
        ("and second-degree burns to the arms", "second-degree burns"),
    ],
)
def test_burns_after_another_injury_or_with_its_extent_stay_an_injury(
    text: str, expected: str
) -> None:
    assert expected in [text[s.start : s.end] for s in burns(text)]


# Dates joined to their hour, hours in logs, Portuguese weekdays, Italian units.

from workstation.detection.phrases import amounts  # noqa: E402
from workstation.detection.phrases.dates_and_clocks import dates_and_clocks  # noqa: E402
from workstation.detection.phrases.dates_weekday import weekday_dates  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 02/11/2025 at 08:40, she logged in.", "02/11/2025 at 08:40"),
        ("Le 14.03.2026 à 21h15, la patrouille", "14.03.2026 à 21h15"),
        ("absent 05.01.2026-09.01.2026 (flu)", "05.01.2026-09.01.2026"),
        ("the casualty was landed at 2245.", "2245"),
        ("Evacuated by 0615 hrs on the 4th.", "0615 hrs"),
        ("Alle ore 23.50 la volante", "23.50"),
        ("we met at 07.45 outside", "07.45"),
    ],
)
def test_a_date_with_its_hour_and_an_hour_in_a_log(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in dates_and_clocks(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The shares were sold at 12.50 each.",
        "The pass lies at 2400 metres.",
        "about 1500 people came",
        "from 1998 to 2004 he worked",
        "by 2030, the port will close",
        "Article 12.50 of the code",
    ],
)
def test_a_price_a_height_a_count_or_a_year_is_no_hour(text: str) -> None:
    assert list(dates_and_clocks(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The asking price was set at 1500.",
        "Entry tickets went at 1200 NOK a head.",
        "The village population stood at 1800 before the flood.",
        "The lorry was found at 1147 Rue Saint-Denis.",
        "Rent rose from 1450 to 1600 a month.",
        "Each share was offered at 2150 rupees.",
    ],
)
def test_four_figures_that_are_a_price_a_count_or_a_street_number_are_no_hour(
    text: str,
) -> None:
    assert list(dates_and_clocks(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The payment was made. The skiff left the jetty at 1500.", "1500"),
        ("The fare was paid at 1430 hrs at the kiosk.", "1430 hrs"),
        ("The alarm went off at 0545, and again at 0610.", "0610"),
    ],
)
def test_an_hour_in_a_log_after_a_sum_elsewhere_is_still_an_hour(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in dates_and_clocks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Podemos falar na terça, 4 de fevereiro?", "terça, 4 de fevereiro"),
        ("Assunto: reunião de sexta\n", "sexta"),
        ("Ela volta na segunda.", "segunda"),
    ],
)
def test_a_portuguese_weekday_said_short(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in weekday_dates(text)]


@pytest.mark.parametrize(
    "text", ["Vivem na quinta do tio.", "Foi a quarta parte.", "É a segunda vez que liga."]
)
def test_an_estate_or_an_ordinal_is_no_weekday(text: str) -> None:
    assert list(weekday_dates(text)) == []


@pytest.mark.parametrize(
    ("text", "expected", "entity"),
    [
        ("ROSSI Marco, nato il 3.4.1980, 45 anni, residente", "45 anni", "AGE"),
        ("contratto a termine 18 mesi", "18 mesi", "DURATION"),
        ("ricoverato per 10 giorni", "10 giorni", "DURATION"),
    ],
)
def test_italian_ages_and_lengths(text: str, expected: str, entity: str) -> None:
    assert expected in [text[s.start : s.end] for s in amounts.amounts(text) if s.entity == entity]


# Posts: a column of jobs in an export, and a ship's master.

from workstation.detection.layout.tables import table_cells  # noqa: E402
from workstation.detection.phrases.occupations import occupations  # noqa: E402


def test_a_column_of_jobs_in_an_export() -> None:
    text = (
        "matricola;cognome;mansione;netto_EUR\n"
        "A-1;Bianchi;operatrice sociale;1.400,00\n"
        "A-2;Greco;HR & Admin Manager;2.100,00\n"
        "A-3;Conti;n/a;900,00\n"
        "A-4;Sala;12;900,00\n"
    )
    assert cells(text, "OCCUPATION") == ["operatrice sociale", "HR & Admin Manager"]


def test_a_post_or_trade_column_holds_jobs_only_when_its_cells_name_work() -> None:
    """ "post", "trade", "position", "rank" and "job" head messages, deals, places and
    print jobs as often as posts (review, seventh round): their cells count as posts
    only in a column whose values mostly name work."""
    feed = (
        "date,trade,post,likes\n"
        "2025-03-04,Short,Lovely sunset tonight,14\n"
        "2025-03-05,Long,Shop shut till noon,9\n"
    )
    assert cells(feed, "OCCUPATION") == []
    addresses = "name;post_code;town;rank\nIlse Varga;Leith North;Kelso;Gold\n"
    assert cells(addresses, "OCCUPATION") == []
    staff = (
        "surname;post;grade;netto_EUR\n"
        "Varga;Senior Clerk;B2;1.400,00\n"
        "Holm;Deputy Harbour Master;C1;2.100,00\n"
        "Brandt;Yard planner;C1;900,00\n"
    )
    # Most of the column names work: the job the vocabulary lacks is kept with them.
    assert cells(staff, "OCCUPATION") == ["Senior Clerk", "Deputy Harbour Master", "Yard planner"]
    aligned = (
        "Surname   Position          Grade\n"
        "Varga     Senior Clerk      B2\n"
        "Holm      Driver            C1\n"
        "Brandt    Lovely sunset     C1\n"
        "Keller    Shop shut         C1\n"
    )
    found = [aligned[s.start : s.end] for s in table_cells(aligned) if s.entity == "OCCUPATION"]
    assert found == []  # two jobs and two messages: not a column of work
    crew = aligned.replace("Lovely sunset", "Crane operator").replace("Shop shut", "Planner  ")
    found = [crew[s.start : s.end] for s in table_cells(crew) if s.entity == "OCCUPATION"]
    assert found == ["Senior Clerk", "Driver", "Crane operator", "Planner"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boat took water; the master refused to turn back.", "master"),
        ("The trawler's master radioed at dawn.", "trawler's master"),
        ("Its fishing master, Ito, kept the log.", "fishing master"),
        ("the oiler and the chief engineer were below", "chief engineer"),
    ],
)
def test_the_master_of_a_vessel(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in occupations(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Keep the master copy in the safe.",
        "She holds a master's degree in law.",
        "The master plan was shelved.",
        "a Master of Science in Nursing",
        "The master key was missing.",
    ],
)
def test_master_as_an_adjective_or_a_degree_is_no_post(text: str) -> None:
    assert [text[s.start : s.end] for s in occupations(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The master bedroom suite was renovated and merged into the master branch.",
        "They stayed with the master of the house for a week.",
        "the master refused to grade the essays.",
        "She pushed the fix to the master branch before the crew meeting.",
        "s master of the crew",
    ],
)
def test_master_without_a_vessel_or_before_a_noun_is_no_post(text: str) -> None:
    assert "master" not in " ".join(text[s.start : s.end] for s in occupations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew said the master of the MV Sea Lark held their papers.", "master"),
        ("The tanker docked at dawn. Her master, Ono, was arrested.", "master"),
        ("Five ratings and the master of the vessel were questioned.", "master of the vessel"),
    ],
)
def test_the_master_with_a_vessel_near_is_still_a_post(text: str, expected: str) -> None:
    assert any(
        found.startswith(expected) for found in (text[s.start : s.end] for s in occupations(text))
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("per il tramite di Avv. Sara Galea, con studio", "Avv."),
        ("firmato: Cap. Marco Vella", "Cap."),
        ("il Dott. Luca Pace ha visitato", "Dott."),
    ],
)
def test_italian_titles_before_a_name_keep_their_stop(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in occupations(text)]


@pytest.mark.parametrize("text", ["The cap was left on.", "in Mar. 2024", "download the app today"])
def test_the_same_letters_as_words_are_no_title(text: str) -> None:
    assert [text[s.start : s.end] for s in occupations(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "See Ct. App. Jones and Cap. Haitien",
        "as held in Mass. App. Ct. Bristol and later",
        "under Cap. 163 of the Laws of Malta",
        "the ferry to Cap. Ferrat left late",
    ],
)
def test_a_court_a_chapter_or_a_place_after_app_or_cap_is_no_title(text: str) -> None:
    assert [text[s.start : s.end] for s in occupations(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("verbale redatto da App. Carmelo Borg presso", "App."),
        ("alla presenza del Cap. Anna Farrugia", "Cap."),
    ],
)
def test_app_and_cap_before_a_full_name_are_titles(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in occupations(text)]


# Counts: joined across a comma or "including", two states of a group, words and figures.


def counts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in amounts.amounts(text) if s.entity == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| OKAFOR Ada | 2 adults, 4 children | housed |", "2 adults, 4 children"),
        ("some 40 people including 12 minors were moved", "some 40 people including 12 minors"),
        ("we spoke to 31 current and former guards", "31 current and former guards"),
        ("the two (2) drivers and one (1) guard", "two (2)"),
        ("cinq (5) agents ont été entendus", "cinq (5)"),
    ],
)
def test_counts_read_whole(text: str, expected: str) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    "text", ["see pages 3, 4 and 5", "Article 7 (2) applies.", "current and former policy"]
)
def test_no_count_where_nothing_is_counted(text: str) -> None:
    assert counts(text) == []


# Left over from earlier rounds: a glued range of money, a symbol glued to the next
# figure, a CV's open range of years, fingers by name.


def money(text: str) -> list[str]:
    return [text[s.start : s.end] for s in amounts.amounts(text) if s.entity == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rooms go for $150-220 per night in season.", "$150-220 per night"),
        ("fees of €1,200-1,500 each", "€1,200-1,500"),
        ("Paid on 9 May 2024 NZ$12,000 to the agent.", "NZ$12,000"),
    ],
)
def test_money_ranges_and_symbols_glued_to_their_figure(text: str, expected: str) -> None:
    assert expected in money(text)


def test_no_money_from_a_phone_number_after_a_symbol() -> None:
    assert money("call $12-345-678 now") == []


def test_a_year_before_a_glued_symbol_is_no_amount() -> None:
    assert "2024 NZ$" not in money("Paid on 9 May 2024 NZ$12,000 to the agent.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employment: 2021- present with Delta Freight", "2021- present"),
        ("2016–2020 clerk; 2020–present analyst", "2020–present"),
        ("2018-\t: coordinator, Rural Aid", "2018-"),
        ("desde 2017 – actualidad", "2017 – actualidad"),
    ],
)
def test_a_range_of_years_left_open(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in dates_and_clocks(text)]


@pytest.mark.parametrize("text", ["seasons 2019-2020", "see 2019-20 budget", "code 2019-A4"])
def test_a_closed_range_or_a_code_is_no_open_range(text: str) -> None:
    assert [text[s.start : s.end] for s in dates_and_clocks(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a partial amputation of the ring and little fingers",
            "a partial amputation of the ring and little fingers",
        ),
        ("she broke her index finger", "broke her index finger"),
    ],
)
def test_fingers_by_name(text: str, expected: str) -> None:
    assert expected in conditions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The order dated 4 Feb 2567 B.E. was served", "4 Feb 2567 B.E."),
        ("arrested on 21 June B.E. 2565 in Chiang Rai", "21 June B.E. 2565"),
        ("the land title of B.E. 2540", "B.E. 2540"),
    ],
)
def test_a_thai_date_in_the_buddhist_era(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in dates_and_clocks(text)]


@pytest.mark.parametrize("text", ["lot 2566 BE", "2566 tonnes in June", "the 2540 B flight"])
def test_a_number_near_two_five_hundred_is_no_buddhist_year(text: str) -> None:
    assert [text[s.start : s.end] for s in dates_and_clocks(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medical: asthma, well controlled; no allergies", "asthma, well controlled"),
        ("tuberculosis (confirmed) in March", "tuberculosis (confirmed)"),
        ("Sick note: F43.1 post-traumatic stress disorder", "F43.1 post-traumatic stress disorder"),
        ("diagnosis J45 asthma", "J45 asthma"),
    ],
)
def test_a_condition_with_its_code_and_its_state(text: str, expected: str) -> None:
    assert expected in conditions(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Room B12 depression screening", "B12 depression"),
        ("asthma, which he hid", "asthma, which"),
    ],
)
def test_a_room_or_a_clause_is_not_part_of_the_condition(text: str, unexpected: str) -> None:
    assert not any(unexpected in found for found in conditions(text))


@pytest.mark.parametrize(
    ("heading", "entity"),
    [("rate_XAF", "MONEY"), ("hourly rate", "MONEY"), ("tax amount", "MONEY")],
)
def test_a_rate_paid_is_money(heading: str, entity: str) -> None:
    assert number_column(heading, {}) == entity


@pytest.mark.parametrize("heading", ["exchange rate", "interest_rate", "tax_rate"])
def test_a_rate_that_is_a_ratio_is_no_money(heading: str) -> None:
    assert number_column(heading, {}) is None


def test_a_range_of_rupees_in_a_table_cell() -> None:
    text = "| Shiv Bricks | 40 | Rs 10,000-35,000 |"
    assert "Rs 10,000-35,000" in money(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amina, pregnant 30 wks, two children", "pregnant 30 wks"),
        ("Rosa, embarazada (7 meses), vive sola", "embarazada (7 meses)"),
        ("Mme K., enceinte, 5 mois, sans logement", "enceinte, 5 mois"),
    ],
)
def test_a_pregnancy_with_its_term_written_short(text: str, expected: str) -> None:
    assert expected in conditions(text)


def test_a_pregnancy_test_kit_count_is_no_term() -> None:
    assert not any("12" in found for found in conditions("pregnancy tests: 12 boxes"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lucía Prado, 58, widowed in 2021, runs a shop", "widowed in 2021"),
        ("He has been divorced since June 2018.", "divorced since June 2018"),
        ("Estado civil: viuda desde 2016", "viuda desde 2016"),
    ],
)
def test_a_family_status_with_since_when(text: str, expected: str) -> None:
    assert expected in statuses(text)
