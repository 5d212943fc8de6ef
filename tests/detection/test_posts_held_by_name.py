"""Posts named by who holds them, abbreviated professional titles, clergy titles, more
trades, and a French elision before a hyphenated post (issue 16, fourth round), on
invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.occupations import occupations
from workstation.detection.phrases.tokens import words


def posts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in occupations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The owner, Marit Solberg, would not comment.", "owner"),
        ("2.4 Golden Loom Ltd (owner: Devi Prasad Rana)", "owner"),
        ("The manager refused; its owner declined to reply.", "owner"),
        ("The letter was signed by Lic. Marvin Paz of the firm.", "Lic."),
        ("Counsel for the union (Adv. Rekha Menon) objected.", "Adv."),
        ("Firmado: Abog. Delia Ruiz, colegiada 4410.", "Abog."),
        ("A: Cnel. (r) Tomás Ibarra, director del penal.", "Cnel. (r)"),
        ("Le Frère Anselme Kaboré a pris la parole.", "Frère"),
        ("El Padre Ignacio Mora celebró la misa.", "Padre"),
        ("Amina Rahimi, 31, filleter, from Kunduz.", "filleter"),
        ("El apoderado de la familia presentó el escrito.", "apoderado"),
        ("Juan Pérez - montacarguista - turno de noche", "montacarguista"),
        ("Koffi Mensah, guichetier à la gare, a vu.", "guichetier"),
        ("L'adjudant-chef Rakoto commandait la brigade.", "adjudant-chef"),
    ],
)
def test_the_post_is_found(text: str, expected: str) -> None:
    """Found alone or with the tail the labelling rules give it ("guichetier à la gare")."""
    assert any(found.startswith(expected) for found in posts(text))


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("He said the director knows the owner.", "owner"),
        ("The owner, and only the owner, may sign.", "owner"),
        ("The members, he said, left early.", "members"),
        ("Lic Marvin Paz", "Lic"),  # without its full stop "Lic" is no title
        ("Padre nuestro que estás en los cielos", "Padre"),
    ],
)
def test_the_common_noun_stays_a_word(text: str, not_expected: str) -> None:
    assert not any(not_expected in found for found in posts(text))


def test_an_elision_keeps_the_hyphenated_word_after_it_whole() -> None:
    assert [w.text for w in words("l'aide-soignante arrive")] == ["l'", "aide-soignante", "arrive"]
