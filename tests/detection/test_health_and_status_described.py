"""Health as records describe it (wounds with size and place, poisonings, episodes,
French and Spanish injuries and syndromes) and family and social status with the
children it is written with, a form's marital status, a status before a name
(workstation.detection.phrases.attributes), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import attributes


def health(text: str) -> list[str]:
    return [text[s.start : s.end] for s in attributes.health(text)]


def status(text: str) -> list[str]:
    return [text[s.start : s.end] for s in attributes.social_status(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "noted incised wound 4 cm x 2 cm on the right thigh;",
            "incised wound 4 cm x 2 cm on the right thigh",
        ),
        (
            "a 3 cm laceration below the left\nknee was sutured",
            "a 3 cm laceration below the left\nknee",
        ),
        (
            "an oval scar 12 mm\nin diameter on the right forearm",
            "an oval scar 12 mm\nin diameter on the right forearm",
        ),
        (
            "x-rays showed healing fractures of the right radius",
            "healing fractures of the right radius",
        ),
        (
            "bruising to the right side of the neck\nand a haematoma on the left hip",
            "bruising to the right side of the neck\nand a haematoma on the left hip",
        ),
        ("he had both ankles broken.", "both ankles broken"),
        ("admitted with carbon monoxide poisoning; he", "carbon monoxide poisoning"),
        ("admitted with arsenic poisoning; he", "arsenic poisoning"),
        ("a severe depressive episode, and", "a severe depressive episode"),
        ("showed early diabetic retinopathy and", "early diabetic retinopathy"),
        ("she has mild pre-eclampsia today", "mild pre-eclampsia"),
        ("He had a seizure in the cell.", "had a seizure"),
        ("Third pregnancy. No complications", "Third pregnancy"),
        ("she developed grade 2 pressure sores", "grade 2 pressure sores"),
        ("my father is 81 and on dialysis twice a week", "on dialysis"),
        ("blessé : fracture ouverte du fémur gauche", "fracture ouverte du fémur gauche"),
        ("KONÉ A.   amputation pied droit", "amputation pied droit"),
        ("la trabajadora, con 28 semanas de embarazo, pidió", "con 28 semanas de embarazo"),
        ("diagnóstico: síndrome del intestino irritable", "síndrome del intestino irritable"),
        ("tendinitis o bursitis crónica", "tendinitis o bursitis crónica"),
        ("(61 años), operado de ambas\nrodillas, y", "operado de ambas\nrodillas"),
    ],
)
def test_health_as_a_record_describes_it(text: str, expected: str) -> None:
    assert expected in health(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("the seizure of two lorries at the border", "seizure"),
        ("Customs had a seizure of cocaine", "had a seizure"),
        ("deep cuts to the budget", "deep cuts"),
        ("he burns the files; an old scar on the hillside", "burns"),
        ("the poisoning of the debate", "the poisoning"),
        ("they reported poisoning", "reported poisoning"),
    ],
)
def test_what_is_no_health_is_left(text: str, not_expected: str) -> None:
    assert not_expected not in health(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Abara, a widower with three sons, said", "widower with three sons"),
        ("je suis veuve avec deux enfants et", "veuve avec deux enfants"),
        ("mère célibataire de quatre enfants, coiffeuse", "mère célibataire de quatre enfants"),
        ("Mariée, mère de trois enfants. Tél.", "Mariée, mère de trois enfants"),
        ("I am not married. I live with", "not married"),
        ("Marital status   : divorced\nChildren : 2", "divorced"),
        ("Estado civil: conviviente\nHijos: 3", "conviviente"),
        ("a letter from prisoner Tomas Varga about", "prisoner"),
        ("an indigent patient from the hills", "indigent"),
        ("a history-sheeter with two cases", "history-sheeter"),
        ("her grandmother, pensionada, lives", "pensionada"),
    ],
)
def test_status_as_written(text: str, expected: str) -> None:
    assert expected in status(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("the refugee Council of Norway", "refugee"),  # a body after the word
        ("a single file was sent", "single"),
        ("Family Court hearing", "Court hearing"),  # no colon: no field
    ],
)
def test_what_is_no_status_is_left(text: str, not_expected: str) -> None:
    assert not_expected not in status(text)
