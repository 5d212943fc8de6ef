"""More kinds of institution read with their head word
(workstation.detection.phrases.institutions), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trapped in the Askeby colliery for", "Askeby colliery"),
        ("a meeting at Dalvik Town Hall on", "Dalvik Town Hall"),
        ("students of the Polytechnic of Oruma protested", "Polytechnic of Oruma"),
        ("el Hospital general de Villa Alta", "Hospital general de Villa Alta"),
        ("maîtresse à l'école maternelle de Koro-Sud depuis", "école maternelle de Koro-Sud"),
        ("devant le tribunal correctionnel de Bassiko", "tribunal correctionnel de Bassiko"),
        ("docente de la escuela pública de Santa Lucía", "escuela pública de Santa Lucía"),
    ],
)
def test_more_kinds_of_institution_keep_their_head_word(text: str, expected: str) -> None:
    assert [text[s.start : s.end] for s in institutions.institutions(text)] == [expected]


def test_a_kind_of_institution_alone_is_not_proposed() -> None:
    assert list(institutions.institutions("the town hall and the colliery were shut")) == []


def test_a_port_city_in_capitals_is_no_institution() -> None:
    text = "FM AMCONSUL PORT ILVAS\nSUBJECT: DOCKWORKERS' STRIKE IN PORT ILVAS\n"
    assert list(institutions.institutions(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "oficio de la Subdirección General de Asuntos Indígenas sobre",
            "Subdirección General de Asuntos Indígenas",
        ),
        ("denunció ante la Unidad de Delitos Ambientales ayer", "Unidad de Delitos Ambientales"),
        ("The Superintendencia Nacional opened a file", "Superintendencia Nacional"),
        ("pupils of the Colegio Técnico Mixto No. 4, who", "Colegio Técnico Mixto No. 4"),
        (
            "a grant from the Red Andina para la Transparencia in",
            "Red Andina para la Transparencia",
        ),
        ("the Forestry and Wildlife Directorate said", "Forestry and Wildlife Directorate"),
        ("before the Electoral Chamber on appeal", "Electoral Chamber"),
        ("the Ruvumo camp committee wrote", "Ruvumo camp committee"),
        ("at the Khedapur taluk office where", "Khedapur taluk office"),
    ],
)
def test_bodies_named_before_or_after_their_kind(text: str, expected: str) -> None:
    found = [s for s in institutions.institutions(text) if s.entity == "ORGANIZATION"]
    longest = max(found, key=lambda s: s.end - s.start)  # the whole name wins its overlaps
    assert text[longest.start : longest.end] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the family moved to Kottapalli hamlet last year", "Kottapalli hamlet"),
        ("vivía en el barrio San Judas Tadeo desde", "barrio San Judas Tadeo"),
        ("né dans le quartier Saint-Michel en", "quartier Saint-Michel"),
        ("en la aldea Los Encuentros de\nThe next day", "aldea Los Encuentros"),
    ],
)
def test_settlements_named_with_their_kind(text: str, expected: str) -> None:
    found = [s for s in institutions.institutions(text) if s.entity == "LOCATION"]
    assert [text[s.start : s.end] for s in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee met on Monday and the Board agreed.",
        "This Council and that Commission disagreed.",
        "a village and a hamlet near the water committee",
        "la Fiscalía y la Procuraduría callaron",
    ],
)
def test_a_body_or_settlement_word_alone_is_not_a_name(text: str) -> None:
    found = [
        s
        for s in institutions.institutions(text)
        if s.reason in ("a body named before its kind", "a settlement and its name")
    ]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "El hospital cerró. La prison fermait. Il tribunale tace.",
        "Le centre ancien est calme.",
    ],
)
def test_a_romance_article_and_a_common_noun_is_no_institution(text: str) -> None:
    assert [text[s.start : s.end] for s in institutions.institutions(text)] == []


def test_a_name_after_a_romance_article_keeps_its_kind() -> None:
    text = "Les Orangers estate and El Sauce prison"
    found = [text[s.start : s.end] for s in institutions.institutions(text)]
    assert "Les Orangers estate" in found and "El Sauce prison" in found
