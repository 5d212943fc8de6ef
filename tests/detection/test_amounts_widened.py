"""Durations, percentages and amounts read with the words around them that belong to
them (workstation.detection.phrases.amounts), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.amounts import amounts


def found(text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in amounts(text) if s.entity == entity]


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("the body had lain there some 10 to 14 hours.", "DURATION", "some 10 to 14 hours"),
        (
            "The offence carries three to seven years' imprisonment.",
            "DURATION",
            "three to seven years' imprisonment",
        ),
        ("kept in isolation for between 5 and 20 days, the", "DURATION", "between 5 and 20 days"),
        (
            "sentenced to three years' restricted liberty, suspended",
            "DURATION",
            "three years' restricted liberty",
        ),
        (
            "a further one year's rigorous imprisonment.",
            "DURATION",
            "a further one year's rigorous imprisonment",
        ),
        ("she was seen after a wait of 40 minutes at the gate", "DURATION", "a wait of 40 minutes"),
        ("trabajaban 52 horas semanales sin descanso", "DURATION", "52 horas semanales"),
        (
            "certificat : 15 jours d'incapacité totale de travail.",
            "DURATION",
            "15 jours d'incapacité totale de travail",
        ),
        ("la multa asciende a 35 UTM y 12 UF", "MONEY", "35 UTM"),
        ("la multa asciende a 35 UTM y 12 UF", "MONEY", "12 UF"),
        ("retenues de 25 000 francs\n     CFA dès mars", "MONEY", "25 000 francs\n     CFA"),
        ("a bribe worth 9% of contract value, said", "PERCENT", "9% of contract value"),
        (
            "tiene una incapacidad permanente del 40%.",
            "PERCENT",
            "una incapacidad permanente del 40%",
        ),
        ("worth USD 2,300,000 to four firms owned by", "QUANTITY", "four firms"),
        ("2.1 Juveniles' wing. Five boys were held", "QUANTITY", "Five boys"),
        ("autour du marché. Trois camions sont arrivés", "QUANTITY", "Trois camions"),
        ("the clinic employs 3 nurses, 1 pharmacist (part-time)", "QUANTITY", "1 pharmacist"),
        ("Police: one company (90 officers) from", "QUANTITY", "one company"),
        ("the team lent us four GPS units and", "QUANTITY", "four GPS units"),
        ("the two UN officials left", "QUANTITY", "two UN officials"),
    ],
)
def test_an_expression_is_read_with_its_words(text: str, entity: str, expected: str) -> None:
    assert expected in found(text, entity)


@pytest.mark.parametrize(
    ("text", "entity", "not_expected"),
    [
        ("worth USD 2,300,000 to four firms owned by", "MONEY", "USD 2,300,000 to four"),
        ("USD 300 to 500 million was paid", "MONEY", "USD 300"),  # the range stays whole
        ("The UTM zone 33 grid; a 5 UF error", "MONEY", "33"),
        ("It costs 4 to 5 pounds; he waited an hour", "DURATION", "5 pounds; he waited an hour"),
        ("4.2 Women's wing held", "QUANTITY", "4.2 Women"),  # a heading's number
        ("roughly 12% of the project budget", "PERCENT", "roughly 12% of the project budget"),
        ("she was moved to Block 3 on", "QUANTITY", "3 on"),
        ("le 3 DE mars", "QUANTITY", "3 DE mars"),  # a function word in capitals
    ],
)
def test_what_does_not_belong_is_left_out(text: str, entity: str, not_expected: str) -> None:
    assert not_expected not in found(text, entity)


def test_each_amount_is_proposed_once() -> None:
    text = "Fine: 60 UTM."
    assert found(text, "MONEY") == ["60 UTM"]
