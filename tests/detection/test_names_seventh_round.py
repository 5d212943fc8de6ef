"""Names the seventh round found missing, each as a class: name columns headed in the
other languages of European registers, inverted names whose given name the model took
for a body or a place, surname particles written in lower case, and initials that stand
for a person named in full elsewhere in the document.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.findings import Proposal
from workstation.detection.layout import csv_exports
from workstation.detection.punctuation_joins import joined


def _people_in_export(text: str) -> list[str]:
    return [text[s.start : s.end] for s in csv_exports.csv_cells(text) if s.entity == "PERSON"]


@pytest.mark.parametrize(
    ("surname", "given"),
    [
        ("cognome", "nome"),
        ("achternaam", "voornamen"),
        ("Nachname", "Vorname"),
        ("nazwisko", "imię"),
        ("sukunimi", "etunimi"),
        ("efternamn", "förnamn"),
        ("nume", "prenume"),
    ],
)
def test_name_columns_headed_in_other_european_languages(surname: str, given: str) -> None:
    text = f"nr;{surname};{given};geboren\n17;Okonjo;Adaeze;1990-04-02\n18;marsh;tilda;1979-01-30\n"
    assert _people_in_export(text) == ["Okonjo", "Adaeze", "marsh", "tilda"]


def test_a_heading_in_another_language_that_names_a_thing_is_not_a_person() -> None:
    text = "nr;bestandsnaam;schip_naam;datum\n17;verslag.pdf;Zeemeeuw;1990-04-02\n"
    assert _people_in_export(text) == []


def _joined(text: str, *found: tuple[str, str]) -> list[tuple[str, str]]:
    proposals = []
    for index, (part, entity) in enumerate(found):
        start = text.index(part)
        proposals.append(Proposal(start, start + len(part), entity, 0.8, "review", f"g{index}"))
    return [(text[p.start : p.end], p.entity) for p in joined(proposals, text)]


@pytest.mark.parametrize(
    ("text", "surname", "given", "expected"),
    [
        # The given name read as a firm, a nationality or a place, the surname in capitals.
        (
            "complaint about the reporter OYELARAN, Tunde today",
            ("OYELARAN", "PERSON"),
            ("Tunde", "ORGANIZATION"),
            "OYELARAN, Tunde",
        ),
        (
            "death of detainee PETRESCU, Mihai, on",
            ("PETRESCU", "PERSON"),
            ("Mihai", "NRP"),
            "PETRESCU, Mihai",
        ),
        # After a label's colon, in title case, either half misread.
        (
            "Name (as printed):  Falzon, Carmela\n",
            ("Falzon", "PERSON"),
            ("Carmela", "LOCATION"),
            "Falzon, Carmela",
        ),
        (
            "Holder: Adeyemi, Maria J.\nBorn: 1970",
            ("Adeyemi", "ORGANIZATION"),
            ("Maria J.\nBorn", "PERSON"),
            "Adeyemi, Maria J.\nBorn",
        ),
    ],
)
def test_an_inverted_name_with_one_half_misread_is_one_name(
    text: str, surname: tuple[str, str], given: tuple[str, str], expected: str
) -> None:
    assert (expected, "PERSON") in _joined(text, surname, given)


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # In a sentence a body and a man after it stay two.
        ("the order went to Siemens, Peter said", ("Siemens", "ORGANIZATION"), ("Peter", "PERSON")),
        # A surname in title case mid-sentence and a place: a list, not a name.
        ("he met Novak, Lisbon was next", ("Novak", "PERSON"), ("Lisbon", "LOCATION")),
        # A place that is no given name after a name in capitals.
        ("visited by DUARTE, Toulouse office", ("DUARTE", "PERSON"), ("Toulouse", "LOCATION")),
    ],
)
def test_a_name_and_a_body_or_place_after_a_comma_stay_apart(
    text: str, left: tuple[str, str], right: tuple[str, str]
) -> None:
    assert len(_joined(text, left, right)) == 2
