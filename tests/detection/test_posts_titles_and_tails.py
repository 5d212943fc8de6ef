"""Posts written as titles before a name, styled after a judge's name, and with the
words that make them one person's (workstation.detection.phrases.occupations), on
invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.occupations import occupations


def posts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in occupations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report by Dr Helen Okafor was filed.", "Dr"),
        ("The report by Dr. Jonas Pirk was filed.", "Dr."),
        ("Represented by Me Aurélie Ngassa, avocate.", "Me"),
        ("Noted: Atty. Ramon Dizon, Executive Director", "Atty."),
        ("Engr. Lito Cruz inspected the boilers.", "Engr."),
        ("Sister Marta Huelva runs the clinic.", "Sister"),
        ("Member Harilal Yadav (Ward 3) objected.", "Member"),
        ("From: Logistics (Maj. (ret.) P. Ondo)", "Maj. (ret.)"),
        ("          Sd/- RAJESH PRAKASH NAIR, J.", "J."),
        ("Per Anuradha Menon, J.:", "J."),
        ("CORAM: HON'BLE MR. JUSTICE VIKRAM SETH", "HON'BLE MR. JUSTICE"),
        ("before The Hon. Mrs Justice Alder", "The Hon. Mrs Justice"),
        ("the Charge d'Affaires a.i. Marta Lind said", "Charge d'Affaires a.i."),
        ("The Minister told the Charge on 3 May", "Charge"),
        ("M. Diop, instituteur à la retraite, a parlé", "instituteur à la retraite"),
        ("the dockers' delegate Ali Idriss asked", "dockers' delegate"),
        ("an email from Kwon (dock 4 manager) arrived", "dock 4 manager"),
        ("Line B supervisor Ada Mensah", "Line B supervisor"),
        (
            "the deputy bureau head in the regional water supply office said",
            "deputy bureau head in the regional water supply office",
        ),
        (
            "a junior official in the ministry's procurement directorate said",
            "junior official in the ministry's procurement directorate",
        ),
        (
            "the commander of the Kessaba gendarmerie legion",
            "commander of the Kessaba gendarmerie legion",
        ),
        ("Ruiz, a chartered accountant, signed", "chartered accountant"),
        ("the battalion paymaster pays the senior NCOs", "battalion paymaster"),
        ("the battalion paymaster pays the senior NCOs", "senior NCOs"),
        ("Awa, chargée des relations avec la presse", "chargée des relations"),
        ("M. Dago, rapporteur public ; Mme Sy", "rapporteur public"),
        ("Mme Sy, travailleuse sociale, a noté", "travailleuse sociale"),
        ("le rapport du commissaire aux comptes", "commissaire aux comptes"),
        ("Ousmane, trésorier ; Binta, receveuse", "receveuse"),
        ("Lucía Rojas, operaria de corte, declaró", "operaria de corte"),
        ("ABOGADA PATROCINANTE: Ana Ríos Mella", "ABOGADA PATROCINANTE"),
        ("the employee spoke with the audit\n     interpreter near", "audit\n     interpreter"),
        ("par le directeur départemental de la santé", "directeur départemental de la santé"),
        ("a barangay tanod, Ernesto Lim, said", "barangay tanod"),
    ],
)
def test_a_post_is_read_whole(text: str, expected: str) -> None:
    assert expected in posts(text)


@pytest.mark.parametrize(
    ("text", "not_a_post"),
    [
        ("CALL ME BACK TOMORROW", "ME"),  # the pronoun in a heading in capitals
        ("Member States agreed on the text.", "Member"),  # a body, not a name
        ("Father Christmas came early.", "Father"),
        ("the charge was dropped", "charge"),  # a charge, not a chargé
        ("the Charge sheet lists three counts", "Charge"),
        ("le camion était chargé de sable", "chargé de sable"),  # loaded
        ("PRISON DOCTOR", "PRISON DOCTOR"),  # a heading in capitals
        ("the workers' union said", "workers' union"),  # a body, no post
        ("a head injury", "head"),
        ("Drive to Ridgeview Dr", "Dr"),  # a street, no name after it
    ],
)
def test_what_is_no_post_is_not_proposed(text: str, not_a_post: str) -> None:
    assert not_a_post not in posts(text)
