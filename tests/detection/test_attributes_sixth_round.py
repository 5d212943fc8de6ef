"""Posts, health and status the sixth round of issue 16 found missing in documents by new
writers: honorifics before a name, Romance adjectives that belong to a post, grades in
Spanish and Portuguese, trades by their French and Spanish endings. Invented wordings;
each rule also has sentences it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases import attributes, occupations


def texts(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[str]:
    return [text[span.start : span.end] for span in find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Questions from Hon. Kwabena Asante-Mensah were read", ["Hon."]),
        ("HON. OGUNLEYE: The witness may sit.", ["HON."]),
        ("she retained Barr. Ifeoma Nwachukwu for the appeal", ["Barr."]),
        ("the site visit by Eng. Tendai Moyo found cracks", ["Eng."]),
    ],
)
def test_honorifics_before_a_name(text: str, expected: list[str]) -> None:
    assert texts(occupations.occupations, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eng 101 was cancelled this term",
        "the barr was closed",
    ],
)
def test_honorific_words_without_a_name_are_left_alone(text: str) -> None:
    assert texts(occupations.occupations, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la periodista independiente firmó", ["periodista independiente"]),
        ("un contrôleur aérien de Maradi", ["contrôleur aérien"]),
        ("o dirigente sindical foi preso", ["dirigente sindical"]),
        ("una enfermera voluntaria de la parroquia", ["enfermera voluntaria"]),
        ("le greffier stagiaire a noté", ["greffier stagiaire"]),
    ],
)
def test_romance_adjectives_that_belong_to_a_post(text: str, expected: list[str]) -> None:
    assert texts(occupations.occupations, text) == expected


def test_an_adjective_after_a_non_post_is_not_taken() -> None:
    assert texts(occupations.occupations, "un vol aérien et un syndicat gremial") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cargo:   Técnico aduanero, grado 11, Puerto Norte", ["Técnico aduanero, grado 11"]),
        ("Função:  escrivã, grau 3\n", ["escrivã, grau 3"]),
    ],
)
def test_grades_in_spanish_and_portuguese(text: str, expected: list[str]) -> None:
    assert texts(occupations.occupations, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un rapport du cardiologue de garde", ["cardiologue de garde"]),
        ("una neumóloga dijo", ["neumóloga"]),
        ("a tratorista and two diaristas", ["tratorista", "diaristas"]),
        ("the perito judicial measured the noise", ["perito judicial"]),
        ("a gold assayer and a shipping tycoon", ["gold assayer", "shipping tycoon"]),
        ("the lonko and the werkén", ["lonko", "werkén"]),
    ],
)
def test_trades_by_ending_and_vocabulary(text: str, expected: list[str]) -> None:
    assert texts(occupations.occupations, text) == expected


@pytest.mark.parametrize("text", ["el prólogo del libro", "su homólogo chileno", "un monologue"])
def test_words_with_a_trade_ending_that_name_no_trade(text: str) -> None:
    assert texts(occupations.occupations, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a filha tem paralisia cerebral e", ["paralisia cerebral"]),
        ("afastado por hérnia de disco lombar desde março", ["hérnia de disco lombar"]),
        ("laudo: radiculopatia em L4", ["radiculopatia"]),
        ("il souffre d'une cardiopathie", ["une cardiopathie"]),
        ("elle est atteinte de drépanocytose", ["atteinte de drépanocytose"]),
        ("en incapacité de travail depuis mai", ["incapacité de travail"]),
        ("he was coughing up blood at night", ["coughing up blood"]),
        ("her brother's cancer treatment in the capital", ["cancer treatment"]),
        ("because of his epileptic condition", ["epileptic condition"]),
        ("Absents : Moke Jean (hospitalisé)", ["hospitalisé"]),
        ("she has been on ARVs since 2019", ["on ARVs"]),
    ],
)
def test_health_in_portuguese_french_and_plain_words(text: str, expected: list[str]) -> None:
    assert texts(attributes.health, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the TB treatment programme closed",  # a service, not a person's health
        "a cancer drugs shortage",
        "la empatía del tribunal y la homeopatía",
        "the working conditions of the crew",
    ],
)
def test_services_and_ordinary_words_are_not_health(text: str) -> None:
    assert texts(attributes.health, text) == []


def test_a_held_status_alone_in_brackets_after_a_name() -> None:
    text = "Ausentes: Quispe, Rolando (detenido); Mamani, Eva (sin excusa)"
    assert texts(attributes.social_status, text) == ["detenido"]


def test_other_words_in_brackets_are_not_a_status() -> None:
    assert texts(attributes.social_status, "the (single) largest employer") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From: Ana Ruiz, Director, Northern Region\n", ["Director, Northern Region"]),
        ("Signed: Maria Silva, charge nurse, ED\n", ["charge nurse, ED"]),
        ("Rosa Lima, Senior Nurse, ICU\n", ["Senior Nurse, ICU"]),
        ("the arrest by L/Cpl Wanjiru Kamau", ["L/Cpl"]),
    ],
)
def test_hospital_and_regional_units_and_slashed_ranks(text: str, expected: list[str]) -> None:
    assert texts(occupations.occupations, text) == expected


def test_a_lower_case_clause_after_a_post_is_not_a_unit() -> None:
    assert texts(occupations.occupations, "the driver, ed was late") == ["driver"]
