"""Bodies, places, groups and events as other writers write them (issue 16, fifth round):
newspapers, bodies named in Arabic, Slavic, French, Spanish and Portuguese grammar,
firms of partners, subsidiaries with their country, places named the Arabic way or by
their kind first, compass parts of places, events by kind and date.

All wording is invented for these tests; none of it comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import bodies, events, institutions, nationalities, places


def found(text: str) -> list[str]:
    spans = [
        *bodies.bodies(text),
        *institutions.institutions(text),
        *places.places(text),
        *events.events(text),
        *nationalities.nrp(text),
    ]
    return [text[span.start : span.end] for span in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the minister told The Chronicle on Friday", "The Chronicle"),
        ("a leaked memo, first reported by Kommersant, says", "Kommersant"),
        ("an editor at the Dorvan Herald said", "Dorvan Herald"),
        ("interviewed by Novaya Gazeta in 2019", "Novaya Gazeta"),
        ("publicó el Diario de Tarsis una nota", "Diario de Tarsis"),
        ('a column in the weekly "Orlen Today" claimed', "Orlen Today"),
    ],
)
def test_a_newspaper_is_an_organisation(text: str, expected: str) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Post will report septel.",  # a cable's word for its embassy
        "The Post reported the request to Washington.",
        "We read the news every day at the border post.",
        "He spoke to the Observer mission of the Union.",  # lower-case "the": a role
        "Breaking News from the coast",
    ],
)
def test_a_word_of_the_press_alone_is_no_newspaper(text: str) -> None:
    assert not [f for f in found(text) if f.endswith(("Post", "News", "Observer"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sent to Sijn Wadi Rami last week", "Sijn Wadi Rami"),
        ("his case is before mahkamat al-Jadida now", "mahkamat al-Jadida"),
        ("supplied by Sharikat al-Nakhil lil-Naql, a hauler", "Sharikat al-Nakhil lil-Naql"),
        ("paid into an account at Varoška banka in May", "Varoška banka"),
        ("was treated at Gradska bolnica after the fall", "Gradska bolnica"),
        ("remanded to SIZO-4 Orlovsk on Monday", "SIZO-4 Orlovsk"),
        ("held in IK-7 since 2021", "IK-7"),
        ("convoqué par la Police nationale à Kessa", "Police nationale"),
        ("la denuncia llegó al Ministerio Público ayer", "Ministerio Público"),
        ("the Guardia Civil stopped the lorry", "Guardia Civil"),
    ],
)
def test_bodies_named_in_other_languages_grammar(text: str, expected: str) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Haya Mansour signed the form.",  # a given name, no body
        "the bank said on Tuesday",
        "The SIZO was full.",  # the kind without its number
        "Police arrived at nine.",
    ],
)
def test_no_foreign_body_without_its_name_or_number(text: str) -> None:
    assert not [f for f in found(text) if f in ("Haya Mansour", "SIZO", "Police arrived")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shipped by Norvik Marine (Cyprus) Ltd to", "Norvik Marine (Cyprus) Ltd"),
        (
            "a unit of Lotus Apparel (Hai Phong) Co., Ltd. said",
            "Lotus Apparel (Hai Phong) Co., Ltd.",
        ),
        ("represented by Almeida, Costa & Associados in", "Almeida, Costa & Associados"),
        ("the firm Okafor & Partners wrote", "Okafor & Partners"),
        ("aid from the Tarvonian Red Cross Society arrived", "Tarvonian Red Cross Society"),
        ("she went to the Eastern district police station", "Eastern district police station"),
        ("the Northern district police department replied", "Northern district police department"),
        (
            "a Select Committee of Inquiry into the Sale of Land",
            "Committee of Inquiry into the Sale of Land",
        ),
        ("members of the Farmers and Herders Party met", "Farmers and Herders Party"),
        ("The Sentinel's reporters were followed", "The Sentinel"),
        ("paid through the Banque Kessanaise de Dépôts in 2010", "Banque Kessanaise de Dépôts"),
        ("the file went to the Directorate General last week", "Directorate General"),
        ("treated at the No. 4 People's Hospital in May", "No. 4 People's Hospital"),
        (
            "indicted by the Higher Public Prosecutor's Office in Varna",
            "Higher Public Prosecutor's Office in Varna",
        ),
        ("seconded to the Dolo Customs House in 2019", "Dolo Customs House"),
        ("SUBJECT: 4TH MOUNTAIN BRIGADE SHELLED VILLAGES", "4TH MOUNTAIN BRIGADE"),
        ("a film crew from KBT Asia came", "KBT Asia"),
        ("CUSTOMS SERVICE \u2013 PORT LORO CUSTOMS HOUSE\nPersonnel", "PORT LORO CUSTOMS HOUSE"),
    ],
)
def test_companies_firms_and_bodies_in_full(text: str, expected: str) -> None:
    assert any(expected in f for f in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("internada no Centro de Saúde de Lumbala desde", "Centro de Saúde de Lumbala"),
        (
            "à la brigade de gendarmerie de\nKessa-Nou le 3 mai",
            "brigade de gendarmerie de\nKessa-Nou",
        ),
        (
            "professora na Escola Secundária n.º 2 de Porto Velho",
            "Escola Secundária n.º 2 de Porto Velho",
        ),
        ("recluso no Estabelecimento Prisional de Lagoa", "Estabelecimento Prisional de Lagoa"),
        (
            "ante la Fiscalía Provincial de\n    Santa Rita con",
            "Fiscalía Provincial de\n    Santa Rita",
        ),
        ("cuenta en el Banco Agrícola del Sur, sucursal", "Banco Agrícola del Sur"),
        ("ante la Sala Tercera de lo Civil", "Sala Tercera de lo Civil"),
        ("cenamos en el Restaurante Casa del Puerto anoche", "Restaurante Casa del Puerto"),
        ("he was seen at the al-Huda Pharmacy twice", "al-Huda Pharmacy"),
        ("held in the al-Rawda women's prison", "al-Rawda women's prison"),
        ("they met in the Morning Star canteen", "Morning Star canteen"),
    ],
)
def test_institutions_with_their_kind_and_place(text: str, expected: str) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a tailor from the Hay al-Zuhur quarter", "Hay al-Zuhur"),
        ("the wells at Bir Qasim dried up", "Bir Qasim"),
        ("SUBJECT: SHELLING NEAR JEBEL KORAN", "JEBEL KORAN"),
        ("her family lives in the al-Mansura district", "al-Mansura district"),
        ("delegates from Kessa-Nord and Loro", "Kessa-Nord"),
        ("llegó a San Rafael Norte el lunes", "San Rafael Norte"),
        ("nació en Ciudad Bolívar en 1980", "Ciudad Bolívar"),
        ("mora em Vila Nova de Cerro desde", "Vila Nova de Cerro"),
        ("Address: Ward No. 6, Tansen Municipality, Palpa", "Ward No. 6, Tansen Municipality"),
        ("boats fishing the Dorran banks in winter", "Dorran banks"),
        ("MINISTRY OF WATER\nREPUBLIC OF KESSARA\nMemo", "REPUBLIC OF KESSARA"),
        ("Gabinete\nRepública de Tarsis\nNota", "República de Tarsis"),
    ],
)
def test_places_with_their_kind_number_or_compass_part(text: str, expected: str) -> None:
    assert any(expected in f for f in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tell Ahmed to call me.",  # an English verb, no Arabic hill
        "The Sur and the Norte were two boats.",
        "St. John Okafor signed.",
    ],
)
def test_no_place_from_a_verb_a_boat_or_a_saint(text: str) -> None:
    assert not [f for f in found(text) if f in ("Tell Ahmed", "St. John Okafor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUBJECT: ARRESTS AFTER MARCH\n14 RIOT IN DOLO", "MARCH\n14 RIOT"),
        ("workers who joined the June 3\nstoppage were fired", "June 3\nstoppage"),
        ("raised at the May labour dialogue in Loro", "May labour dialogue"),
        ("after the Kessa Hills clearance operation, villagers", "Kessa Hills clearance operation"),
        ("case no. 4411 (mass disorder of 14.05.2023).", "mass disorder of 14.05.2023"),
        ("the nets were lost in the October 2024 storm.", "October 2024 storm"),
    ],
)
def test_events_by_kind_and_date(text: str, expected: str) -> None:
    assert any(expected in f for f in found(text))


def test_a_health_disorder_is_no_event() -> None:
    assert not [s for s in events.events("diagnosed with Post-Traumatic Stress Disorder")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("né à Lomé, de nationalité\ntarvonienne, marié", "de nationalité\ntarvonienne"),
        ("el señor Ruiz, de nacionalidad valdoreña, declaró", "de nacionalidad valdoreña"),
        ("cidadão indonésio, detido em", "indonésio"),
        ("uma trabalhadora chinesa e dois", "chinesa"),
    ],
)
def test_nationalities_in_french_spanish_and_portuguese(text: str, expected: str) -> None:
    assert expected in found(text)


def test_a_lower_case_word_after_nationality_needs_a_demonym_ending() -> None:
    assert "de nationalité inconnue" not in found("une femme de nationalité inconnue")


def test_a_currency_and_a_region_are_no_body() -> None:
    assert "USD Asia" not in found("a fund worth 40 million USD Asia-wide")
