"""Organisations read whole (workstation.detection.phrases.bodies), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import bodies


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in bodies.bodies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("invoiced by Morawa Stal Sp. z o.o. in May", "Morawa Stal Sp. z o.o."),
        ("a unit of Tisza Agro Kft and others", "Tisza Agro Kft"),
        ("Brno Lis s.r.o. paid the deposit", "Brno Lis s.r.o."),
        ("owned by Kauno Mediena UAB since 2019", "Kauno Mediena UAB"),
        ("shipped through Gulf Horizon FZE to", "Gulf Horizon FZE"),
        ("Phoenicia Freight SAL, a Beirut firm", "Phoenicia Freight SAL"),
        ("bought from Osaka Kiki K.K. last year", "Osaka Kiki K.K."),
        ("through Seri Mutiara Sdn Bhd and", "Seri Mutiara Sdn Bhd"),
        ("Nilgiri Textiles Pvt Ltd employs", "Nilgiri Textiles Pvt Ltd"),
        ("Kuopio Data Oy denied it", "Kuopio Data Oy"),
        ("Bergen Line AS chartered the ship", "Bergen Line AS"),
        ("Mälar Frakt AB chartered the ship", "Mälar Frakt AB"),
        ("the lawyers, Novak & Partners s.r.o., said", "Novak & Partners s.r.o."),
        ("TAMARIN GOLD SA", "TAMARIN GOLD SA"),
        ("Compañía Andina S.A. de C.V. firmó", "Compañía Andina S.A. de C.V."),
    ],
)
def test_a_company_is_read_with_its_legal_form(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("owned by PT Bintang Laut Tbk through", "PT Bintang Laut Tbk"),
        ("a contract with OOO Volgamash for", "OOO Volgamash"),
        ("TOO Shymkent Agro-Servis paid", "TOO Shymkent Agro-Servis"),
        ("the buyer, OOO «Uraltrans», paid", "OOO «Uraltrans»"),
    ],
)
def test_a_legal_form_written_first_is_read_with_the_name(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He was KNOWN AS THE FOX.",
        "She moved to Cape Town, SA, in 2010.",
        "He was born in Bonn, AG, they said.",
        "The AS and AB columns are empty.",
    ],
)
def test_words_that_are_also_legal_forms_are_not_companies(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held in the remand centre No. 3 since", "remand centre No. 3"),
        ("at the Orsk Tractor Plant No. 4 in", "Orsk Tractor Plant No. 4"),
        ("a teacher at Secondary School No. 12, where", "Secondary School No. 12"),
        ("serving his sentence in Penal Colony No. 7", "Penal Colony No. 7"),
    ],
)
def test_a_numbered_institution_is_read_with_its_number(text: str, expected: str) -> None:
    assert texts(text) == [expected]


def test_a_case_or_a_flat_number_is_no_institution() -> None:
    assert texts("Case No. 4 concerns Flat No. 9 and Unit No. 2.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "men of the 2nd Battalion of the 31st Infantry Regiment fired",
            "2nd Battalion of the 31st Infantry Regiment",
        ),
        ("the Fourth Military Region covers", "Fourth Military Region"),
        ("le 5e Bataillon du 12e Régiment a tiré", "5e Bataillon du 12e Régiment"),
    ],
)
def test_an_army_unit_is_read_with_what_it_belongs_to(text: str, expected: str) -> None:
    assert texts(text) == [expected]


def test_a_branch_is_read_with_the_body_it_belongs_to() -> None:
    text = "the Kisumu branch of the Lakeside Teachers Union and the police"
    assert texts(text) == ["Kisumu branch of the Lakeside Teachers Union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the Ministry of Lands, Housing and Urban Development said",
            "Ministry of Lands, Housing and Urban Development",
        ),
        (
            "Telemark's Office of Fisheries and Coastal Affairs wrote",
            "Telemark's Office of Fisheries and Coastal Affairs",
        ),
        ("Sorvia's Department of Customs", "Sorvia's Department of Customs"),
        (
            "the Ministry of Justice and Aisha Bello met",
            None,
        ),
    ],
)
def test_a_body_is_read_with_its_list_of_portfolios(text: str, expected: str | None) -> None:
    assert texts(text) == ([expected] if expected else [])


def test_a_body_in_capitals_at_the_top_of_a_document_is_read_whole() -> None:
    text = "OFFICE OF THE REGIONAL AUDITOR\nNote on the depot accounts\n"
    assert texts(text) == ["OFFICE OF THE REGIONAL AUDITOR"]


@pytest.mark.parametrize(
    "text",
    [
        "II. THE POLICE RAID\n",
        "THE FACTS\n",
        "A long first paragraph. " * 20 + "\nMINISTRY OF LANDS AND HOUSING\n",
    ],
)
def test_headings_and_capitals_further_down_are_not_letterheads(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a parcel from SOTRAMEX arrived for her", "SOTRAMEX"),
        ("officers of the NSB searched the flat", "NSB"),
        ("the U.N.D.P. office in town", "U.N.D.P."),
    ],
)
def test_an_acronym_in_running_text_is_proposed(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "she was paid USD 400 and a SIM card",  # currencies and technology
        "RESOLVED: that the fair goes ahead",  # a form's label or a minute's word
        "Ms Hala MANSOUR and Mr KOVAC left",  # surnames in capitals beside a name
        "PAREDES and CHEN were taken away",
        "THE BOARD MET THE NSB ON MONDAY",  # a line in capitals
        "initialled by T.M. in the margin",  # a person's initials
        "his CNI and DNI numbers",  # identity cards
    ],
)
def test_acronyms_that_name_no_body_are_not_proposed(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cargo for the Ravel Freight company and", "Ravel Freight company"),
        ("fighters of the Sahel Front militia took", "Sahel Front militia"),
        ("the Voz Costera newspaper printed it", "Voz Costera newspaper"),
        ("a statement by the Interior ministry on", "Interior ministry"),
        ("the Kessa Mining trading company paid", "Kessa Mining trading company"),
    ],
)
def test_a_name_is_read_with_the_kind_of_body_after_it(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces arrived at dawn.",  # the capital of a sentence
        "On Monday police came to the house.",
        "Amina's company paid the rent.",  # a possessive: the company is not named
    ],
)
def test_a_kind_of_body_after_no_name_is_not_proposed(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a letter from the Ministry of Labour and Social Protection in May",
            "Ministry of Labour and Social Protection",
        ),
        (
            "staff of the Office of the Special Envoy for the Great Lakes said",
            "Office of the Special Envoy for the Great Lakes",
        ),
        (
            "the Committee on the Rights of Migrant Workers heard",
            "Committee on the Rights of Migrant Workers",
        ),
        (
            "the Commission for the Prevention of Torture visited",
            "Commission for the Prevention of Torture",
        ),
    ],
)
def test_a_body_and_what_it_is_for_are_one_name(text: str, expected: str) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("the Ministry of Labour and Omar Diallo met", "Ministry of Labour and Omar Diallo"),
        ("the Office of the Governor on Friday", "Office of the Governor on Friday"),
    ],
)
def test_a_name_or_a_day_after_a_body_is_not_its_name(text: str, unexpected: str) -> None:
    found = texts(text)
    assert unexpected not in found
    assert not any(piece.endswith(("Diallo", "Friday")) for piece in found)


def test_a_body_on_the_next_line_is_a_body_of_its_own() -> None:
    found = texts("Copy to:\nDirectorate of Port Affairs\nMinistry of the Economy\n")
    assert "Ministry of the Economy" in found
    assert not any("Affairs\nMinistry" in piece for piece in found)


def test_a_name_wrapped_after_of_stays_one_name() -> None:
    found = texts("the Association for the Defence of\nIndependent Fishers met")
    assert "Association for the Defence of\nIndependent Fishers" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a leaked defence ministry memo", "defence ministry"),
        ("officers of the Kessel police\ndirectorate said", "Kessel police\ndirectorate"),
        ("a rally at the Tamsa youth centre on", "Tamsa youth centre"),
        ("women of the Boroko market association came", "Boroko market association"),
        ("accounts at the NCB Old Town branch were frozen", "NCB Old Town branch"),
    ],
)
def test_bodies_named_by_a_kind_in_lower_case(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in bodies.bodies(text)]


def test_a_ministry_without_its_portfolio_or_a_branch_alone_is_no_body() -> None:
    for text in ["the ministry said", "a branch office opened", "the youth centre closed"]:
        assert [text[s.start : s.end] for s in bodies.bodies(text)] == []
