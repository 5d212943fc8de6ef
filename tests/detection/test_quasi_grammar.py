"""Quasi-identifiers by grammar and general knowledge (issue 16, second pass): every
currency code and the ways amounts, ages and percentages are written, in wordings made
up for these tests and found in none of the evaluation documents.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import amounts, attributes, events, nationalities, occupations


def found(text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in amounts.amounts(text) if s.entity == entity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry ticket cost MZN 2,150 in March.", "MZN 2,150"),
        ("She was paid ISK 90,000 for the photographs.", "ISK 90,000"),
        ("The broker took USD1.2m from the fund.", "USD1.2m"),
        ("A deposit of EUR500 was made.", "EUR500"),
        ("The headman kept Rs. 4,50,000 in a tin.", "Rs. 4,50,000"),
        ("He lost 7,500 Swiss francs at the border.", "7,500 Swiss francs"),
        ("The fine was 40,000 Ugandan shillings.", "40,000 Ugandan shillings"),
        ("Le chauffeur a versé 20 000 dinars algériens.", "20 000 dinars algériens"),
        ("Cobró 9.500 pesos mexicanos por el trámite.", "9.500 pesos mexicanos"),
        ("The loan was NZ$ 60,000.", "NZ$ 60,000"),
    ],
)
def test_money_in_any_currency(text: str, expected: str) -> None:
    assert expected in found(text, "MONEY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guard was paid ZQD 340 a week.", "ZQD 340 a week"),  # a code no list holds
        ("Each crate cost 75 VLM at the quay.", "75 VLM"),
    ],
)
def test_an_unknown_currency_code_after_a_word_of_paying(text: str, expected: str) -> None:
    assert found(text, "MONEY") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "See REF 180 and the annex.",
        "ALL 300 DETAINEES WERE MOVED.",  # a cable in capitals: "ALL" is no lek here
        "Flight ABC 4471 landed late.",  # no paying in the sentence
        "try 3 times before calling",
        "The TOP 10 OFFICIALS MET.",
    ],
)
def test_capital_words_before_numbers_are_not_money(text: str) -> None:
    assert found(text, "MONEY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Adeyemi, 58, refused to answer.", "58"),
        ("La señora Quispe, 63, declaró ante el juez.", "63"),
        ("Oskar Lind, 29, resigned in May.", "29"),
    ],
)
def test_a_bare_age_after_a_name_before_any_verb(text: str, expected: str) -> None:
    assert found(text, "AGE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Room B, 12, closed",  # a label, not a name
        "Pages 12, 14, 16, printed",
    ],
)
def test_numbers_in_lists_are_not_ages(text: str) -> None:
    assert found(text, "AGE") == []


def nrp_found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in nationalities.nrp(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Belizean skipper was questioned", "Belizean"),
        ("two Motswana herders", "Motswana"),
        ("the Bissau-Guinean trader", "Bissau-Guinean"),
        ("three Nigerians were held", "Nigerians"),
        ("a devout Sunni from the valley", "devout Sunni"),
        ("un ressortissant zimbabwéen", "ressortissant zimbabwéen"),
        ("deux femmes érythréennes", "érythréennes"),
        ("una periodista panameña", "panameña"),
        ("los comerciantes japoneses", "japoneses"),
        ("she is a member of the Peasant Unity Party", "member of the Peasant Unity Party"),
        ("a Farmers League supporter spoke", "Farmers League supporter"),
        ("his mother is a Jehovah's Witness", "Jehovah's Witness"),
    ],
)
def test_nationality_belief_and_party_beyond_the_documents(text: str, expected: str) -> None:
    assert expected in nrp_found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the claimant, a national of Ostrevia, arrived", "national of Ostrevia"),
        ("elle est ressortissante vaskorienne depuis", "ressortissante vaskorienne"),
        ("both hold Orumani and Kenyan nationality", "Orumani and Kenyan nationality"),
        ("a long-time supporter of Nuevo Rumbo, he", "supporter of Nuevo Rumbo"),
        ("Sympathisant du MPRV depuis 2004", "Sympathisant du MPRV"),
        ("a member of the banned Dawn Circle was", "member of the banned Dawn Circle"),
    ],
)
def test_nationality_and_movements_named_in_full(text: str, expected: str) -> None:
    assert expected in nrp_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "a member of the Board of Trustees resigned",
        "supporters of the government marched",
        "citizens of the world, unite",
        "ressortissant de passage",
        "members of the Vaskora Bar Association",
    ],
)
def test_not_a_nationality_or_a_movement(text: str) -> None:
    assert nrp_found(text) == []


def status_found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in attributes.social_status(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her brother, a convicted felon, drove", "convicted felon"),
        ("the caller is a dual citizen", "dual citizen"),
        ("a welfare recipient in the north", "welfare recipient"),
        ("he became a conscientious objector", "conscientious objector"),
        ("elle vit en situation irrégulière", "en situation irrégulière"),
        ("un excombatiente de la guerrilla", "excombatiente"),
    ],
)
def test_statuses_beyond_the_documents(text: str, expected: str) -> None:
    assert expected in status_found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("after the Quarry Workers Campaign of 2008", "the Quarry Workers Campaign of 2008"),
        ("the Treaty of Marnesse was signed", "the Treaty of Marnesse"),
        ("la marcha del 4 de junio de 2013 terminó", "marcha del 4 de junio de 2013"),
        ("la manifestation du 12 mars a été dispersée", "manifestation du 12 mars"),
    ],
)
def test_events_by_their_capitalised_head_or_date(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in events.events(text)]


def test_a_body_named_after_an_event_is_no_event() -> None:
    text = "the Harvest Festival Committee met"
    assert [text[s.start : s.end] for s in events.events(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the driver is HBV-positive", "HBV-positive"),
        ("she has been on antiretroviral therapy since 2009", "antiretroviral therapy"),
        ("he had surgery on his right shoulder", "surgery on his right shoulder"),
        ("she is recovering from pneumonia", "pneumonia"),
        ("he was fed through a feeding tube", "a feeding tube"),
        ("a teacher with a speech impediment", "a speech impediment"),
    ],
)
def test_health_beyond_the_documents(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in attributes.health(text)]


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("she holds a 15-percent stake", "PERCENT", "a 15-percent stake"),
        ("he served two and a half years", "DURATION", "two and a half years"),
        ("after six years and a half abroad", "DURATION", "six years and a half"),
        ("she entered on a 30-day visa", "DURATION", "a 30-day visa"),
        ("la plaignante, âgée d'une vingtaine d'années,", "AGE", "âgée d'une vingtaine d'années"),
        ("the witness was 19 years of age", "AGE", "19 years of age"),
        ("recibió una condena de cuatro años", "DURATION", "una condena de cuatro años"),
    ],
)
def test_percentages_durations_and_ages_by_grammar(text: str, entity: str, expected: str) -> None:
    assert expected in found(text, entity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the harbour master logged it", "harbour master"),
        ("a boda boda rider saw them", "boda boda rider"),
        ("el jornalero declaró", "jornalero"),
        ("the network administrator left", "network administrator"),
    ],
)
def test_trades_beyond_the_documents(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in occupations.occupations(text)]


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("a teenager of 16 was stopped", "AGE", "of 16"),
        ("a woman of about 40 answered", "AGE", "of about 40"),
        ("une fillette de 9 ans a disparu", "AGE", "de 9 ans"),
        ("un joven de veinte años", "AGE", "de veinte años"),
        ("he is serving a life sentence", "DURATION", "a life sentence"),
        ("condenado a cadena perpetua", "DURATION", "cadena perpetua"),
    ],
)
def test_ages_of_a_person_and_terms_for_life(text: str, entity: str, expected: str) -> None:
    assert found(text, entity) == [expected]


def test_a_count_after_a_person_word_is_no_age() -> None:
    assert found("the child of 3 parents", "AGE") == []
