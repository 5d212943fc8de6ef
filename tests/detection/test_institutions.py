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
