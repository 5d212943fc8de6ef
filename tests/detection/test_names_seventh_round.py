"""Names the seventh round found missing, each as a class: name columns headed in the
other languages of European registers, inverted names whose given name the model took
for a body or a place, surname particles written in lower case, and initials that stand
for a person named in full elsewhere in the document.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.layout import csv_exports


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
