"""Phrase recognizers (workstation.detection.phrases), each on text written for it.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from workstation.detection import phrases
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases import (
    amounts,
    attributes,
    events,
    institutions,
    nationalities,
    occupations,
    references,
)
from workstation.detection.phrases.tokens import Lexicon, words
from workstation.policy.model import PRESIDIO_ENTITIES, WORKSTATION_ENTITIES


def found(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[tuple[str, str]]:
    return [(span.entity, text[span.start : span.end]) for span in find(text)]


def texts(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[str]:
    return [piece for _, piece in found(find, text)]


def test_the_policy_model_knows_every_phrase_entity() -> None:
    assert phrases.ENTITIES - PRESIDIO_ENTITIES == WORKSTATION_ENTITIES


def test_words_split_french_elisions_and_keep_hyphenated_words() -> None:
    text = "d'emprisonnement, HIV-positive, l'Intérieur, Parkinson's"
    assert [w.text for w in words(text)] == [
        "d'",
        "emprisonnement",
        "HIV-positive",
        "l'",
        "Intérieur",
        "Parkinson",
        "s",
    ]


def test_a_lexicon_finds_the_longest_phrase_across_a_line_break() -> None:
    lexicon = Lexicon(["asylum", "asylum seeker", "juge d'instruction"])
    text = "an asylum\nseeker and a juge d'instruction"
    found_words = words(text)
    assert lexicon.longest(text, found_words, 1) == 2
    assert lexicon.longest(text, found_words, 5) == 3
    assert lexicon.longest(text, found_words, 0) == 0


# --- amounts, counts, durations, ages -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("He was paid USD 12,300 in cash.", "MONEY", "USD 12,300"),
        ("a bribe of $4.5 million to the", "MONEY", "$4.5 million"),
        ("une amende de 750 000 francs CFA et", "MONEY", "750 000 francs CFA"),
        ("pagó más de 45.000 dólares al", "MONEY", "más de 45.000 dólares"),
        ("she was awarded €2,500 in", "MONEY", "€2,500"),
        ("a 35% disability pension", "PERCENT", "a 35% disability"),
        ("Seventy-two per cent of them", "PERCENT", "Seventy-two per cent"),
        (
            "he was sentenced to nine years' imprisonment for",
            "DURATION",
            "nine years' imprisonment",
        ),
        ("detained for 14 months without trial", "DURATION", "for 14 months"),
        ("a four-year sentence in", "DURATION", "a four-year sentence"),
        (
            "à huit mois d'emprisonnement avec sursis",
            "DURATION",
            "huit mois d'emprisonnement avec sursis",
        ),
        (
            "two years and three months' detention",
            "DURATION",
            "two years and three months' detention",
        ),
        ("the boy, aged 15, was", "AGE", "aged 15"),
        ("a 43-year-old farmer", "AGE", "a 43-year-old"),
        ("Marta Quiroga, 27, a nurse", "AGE", "27"),
        ("âgée de 61 ans, elle", "AGE", "âgée de 61 ans"),
        ("some 450 villagers fled", "QUANTITY", "some 450 villagers"),
        ("at least nineteen\nprotesters were", "QUANTITY", "at least nineteen\nprotesters"),
        ("seized 3.4 tonnes of cannabis", "QUANTITY", "3.4 tonnes of cannabis"),
        ("twelve armed men", "QUANTITY", "twelve armed men"),
        ("seven of them were", "QUANTITY", "seven of them"),
        ("il a vu 48 manifestants blessés", "QUANTITY", "48 manifestants blessés"),
        ("once a week, twice a month", "QUANTITY", "twice a month"),
    ],
)
def test_amounts_and_counts_are_whole_expressions(text: str, entity: str, expected: str) -> None:
    assert (entity, expected) in found(amounts.amounts, text), found(amounts.amounts, text)


@pytest.mark.parametrize(
    "text",
    [
        "Article 12 and paragraph 41 of the report",
        "on 14 March 2010 at 10:30",
        "in 2009 elections were held",
        "room 214, flat 3 and no. 12 people",
        "a day later the council met",
        "call 555 0142 today",
    ],
)
def test_labels_dates_and_times_are_not_counts(text: str) -> None:
    assert found(amounts.amounts, text) == []


# --- professions, health, status, groups, events -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a deputy prosecutor of the Merav district said",
            "deputy prosecutor of the Merav district",
        ),
        ("her brother, a bus driver, was", "bus driver"),
        ("met Lieutenant Colonel Arvo Kask", "Lieutenant Colonel"),
        ("Finance Minister Lena Holt said", "Finance Minister"),
        ("le directeur adjoint du service", "directeur adjoint du service"),
        ("el teniente coronel retirado", "teniente coronel retirado"),
        ("la fiscal Irene Soto", "fiscal"),
        ("signed by General Ortiz", "General"),
    ],
)
def test_professions_with_what_makes_them_particular(text: str, expected: str) -> None:
    assert texts(occupations.occupations, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["in the general interest", "fiscal policy is", "a major problem", "JUDGES"],
)
def test_ordinary_words_that_can_be_ranks_are_left(text: str) -> None:
    assert texts(occupations.occupations, text) == []


def test_health_and_status_expressions() -> None:
    text = (
        "She has chronic kidney disease and is partially sighted; he is HIV-positive "
        "and a widower, father of four children, an asylum seeker; elle est enceinte, "
        "veuve et mère de deux enfants."
    )
    assert texts(attributes.health, text) == [
        "chronic kidney disease",
        "partially sighted",
        "HIV-positive",
        "enceinte",
    ]
    assert texts(attributes.social_status, text) == [
        "widower, father of four children",  # one status, the comma inside it
        "asylum seeker",
        "veuve",
        "mère de deux enfants",
    ]


def test_injuries_and_conditions_after_a_cue_are_health() -> None:
    text = (
        "He was treated for a fractured left forearm and a head wound, and burns to both "
        "eyes; she suffers from recurrent pelvic inflammation."
    )
    assert texts(attributes.health, text) == [
        "a fractured left forearm and a head wound",
        "burns to both eyes",
        "recurrent pelvic inflammation",
    ]


def test_weak_status_words_need_a_person() -> None:
    text = "the single market and a minor change; he is a minor and single"
    assert texts(attributes.social_status, text) == ["minor"]


def test_weak_status_words_keep_their_qualifiers() -> None:
    text = "he was a second-year medical student; the student union"
    assert texts(attributes.social_status, text) == ["second-year medical student"]


def test_nationality_religion_and_politics_as_whole_expressions() -> None:
    text = (
        "a Ghanaian national, a Lebanese-born Maronite, an ethnic Tamil, a Valdorian "
        "citizen, de nationalité malienne, a member of the opposition FDR, Sunni Muslim "
        "men, china plates, FRENCH HEADING."
    )
    assert texts(nationalities.nrp, text) == [
        "Ghanaian national",
        "Lebanese-born Maronite",
        "ethnic Tamil",
        "Valdorian citizen",
        "de nationalité malienne",
        "member of the opposition FDR",
        "Sunni Muslim",
    ]


def test_named_events_and_operations() -> None:
    text = (
        "during Operation Iron Gate, after the 3 June protests and the 2011 elections; "
        "la grève des dockers de mai 2012. The protests went on."
    )
    assert texts(events.events, text) == [
        "Operation Iron Gate",
        "the 3 June protests",
        "the 2011 elections",
        "grève des dockers de mai 2012",
    ]


def test_organisations_and_places_keep_their_head_word() -> None:
    text = (
        "held at the Tamsa police station, then the Orlik\nmilitary camp; the Veltan "
        "Ombudsman and the District of Haskar; the Court of Appeal of Nova Brda; la "
        "prison civile de Port-Lavel, le tribunal de première instance de Sarnac; "
        "l'Union des marins pêcheurs a écrit. The police station closed."
    )
    assert found(institutions.institutions, text) == [
        ("ORGANIZATION", "Tamsa police station"),
        ("ORGANIZATION", "Orlik\nmilitary camp"),
        ("ORGANIZATION", "Veltan Ombudsman"),
        ("LOCATION", "District of Haskar"),
        ("ORGANIZATION", "Court of Appeal of Nova Brda"),
        ("ORGANIZATION", "prison civile de Port-Lavel"),
        ("ORGANIZATION", "tribunal de première instance de Sarnac"),
        ("ORGANIZATION", "Union des marins pêcheurs"),
    ]


def test_events_named_by_a_year_a_place_or_a_day() -> None:
    text = (
        "After the 2010 presidential election and the January 2011 bread riots, the Siege "
        "of Dar Qasim and the Independence Day parade, the first raid came."
    )
    assert texts(events.events, text) == [
        "the 2010 presidential election",
        "the January 2011 bread riots",
        "the Siege of Dar Qasim",
        "the Independence Day parade",
    ]


def test_posts_with_the_noun_that_makes_them_particular() -> None:
    text = "a crane operator, then head of the paediatric ward, and a platoon commander"
    assert texts(occupations.occupations, text) == [
        "crane operator",
        "head of the paediatric ward",
        "platoon commander",
    ]


def test_amounts_ages_references_and_affiliations_of_the_second_edition() -> None:
    text = "He paid £1.2m and 300,000 CFA francs; SDR 92,000 a month; he is in his forties."
    assert texts(amounts.amounts, text) == [
        "£1.2m",
        "300,000 CFA francs",
        "in his forties",
        "SDR 92,000 a month",
    ]
    text = "Her account number is 0012-3345-6678; Az. 3 StR 112/09; file MI/2009/0447."
    assert texts(references.reference_numbers, text) == [
        "0012-3345-6678",
        "3 StR 112/09",
        "MI/2009/0447",
    ]
    text = "a member of the ruling party and of the Green Justice Party"
    assert texts(nationalities.nrp, text) == ["member of the ruling party", "Green Justice Party"]


def test_names_after_a_relative_a_profession_or_a_title_in_capitals() -> None:
    from workstation.detection.layout.titles import titled_names
    from workstation.detection.phrases.cued_names import cued_names

    text = "With her brother Yaw and the nurse Rukhsana Begum came MR. ABDULLAHI GARBA."
    assert texts(cued_names, text) == ["Rukhsana Begum", "Yaw"]
    assert texts(titled_names, text) == ["ABDULLAHI GARBA"]


def test_companies_and_courts_named_whole() -> None:
    text = "She worked for Qortelecom LLC; le parquet de Sela; la Fiscalía Anticorrupción."
    assert texts(institutions.institutions, text) == [
        "Qortelecom LLC",
        "parquet de Sela",
        "Fiscalía Anticorrupción",
    ]


def test_firms_by_legal_form_or_trade_first() -> None:
    text = (
        "He works for Kivu Timber Sdn Bhd and Ndovu Freight LLP; según el Diario La "
        "Frontera, Importadora Del Sur pagó; Transports Ouédraogo a livré. Editorial work."
    )
    assert texts(institutions.institutions, text) == [
        "Kivu Timber Sdn Bhd",
        "Ndovu Freight LLP",
        "Diario La Frontera",
        "Importadora Del Sur",
        "Transports Ouédraogo",
    ]


def test_peoples_of_the_americas_and_mainland_south_east_asia() -> None:
    text = (
        "a Kaqchikel weaver, two Q'eqchi' farmers, the Tz'utujil council, Lao workers, "
        "a Garifuna fisherman, an Akha village; she said 'Shi'ite' twice."
    )
    assert texts(nationalities.nrp, text) == [
        "Kaqchikel",
        "Q'eqchi'",
        "Tz'utujil",
        "Lao",
        "Garifuna",
        "Akha",
        "Shi'ite",
    ]
